# The build runs inside a subshell and a literal for loop: the model reads each nested command
# (make, cp), so the split is planned as if they were written at the top level.
FROM gcc:12 AS builder
WORKDIR /usr/src/tools
COPY . .
RUN ( cd src && make -j2 ) \
    && for t in hello greet; do cp src/$t /usr/local/bin/$t; done

FROM debian:bookworm-slim AS production
WORKDIR /usr/src/tools
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/greet /usr/local/bin/greet
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
CMD ["hello"]
