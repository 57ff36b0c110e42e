FROM debian:12
RUN apt-get update \
    # ruby from debian
    && apt-get install -y ruby \
    # the bundler the lockfile wants
    && gem install --no-document \
        bundler:2.4.22
