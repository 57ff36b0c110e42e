# Sources that name no TLS or network library and run no other program: no CA certificates.
FROM gcc:12 AS builder
WORKDIR /usr/src/csvstat
COPY . .
RUN make && make install

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/csvstat
COPY --from=builder /usr/local/bin/csvstat /usr/local/bin/csvstat
CMD ["csvstat", "--version"]
