# With the build context, a script of the project is read as if inlined: its make and
# make install are known, so the split is planned.
FROM gcc:12 AS builder
WORKDIR /usr/src/app
COPY . .
RUN ./build.sh

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/app
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["app"]
