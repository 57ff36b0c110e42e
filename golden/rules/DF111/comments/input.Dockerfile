FROM debian:12
# fetch the package lists
RUN apt-get update \
  && apt-get install -y curl

# check the tool
RUN curl --version \
  # print the features too
  && curl --version | grep -i features
