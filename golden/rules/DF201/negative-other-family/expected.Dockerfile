FROM alpine:3.19 AS builder
RUN apk add --no-cache build-base
COPY . /src
RUN make -C /src

FROM alpine:3.19
RUN apt-get install -y libpq-dev
COPY --from=builder /src/app /usr/local/bin/app
