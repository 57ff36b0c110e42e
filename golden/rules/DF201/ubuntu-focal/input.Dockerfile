FROM ubuntu:20.04 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libffi-dev libicu-dev
COPY . /src
RUN make -C /src

FROM ubuntu:focal
RUN apt-get update && apt-get install -y libffi-dev libicu-dev tzdata
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
