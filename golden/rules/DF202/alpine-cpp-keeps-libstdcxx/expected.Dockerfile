# A C++ program built on Alpine links libstdc++ and libgcc, which build-base brought and plain
# alpine lacks: production installs them.
FROM alpine:3.19 AS builder
RUN apk add --no-cache build-base
COPY hello.cpp /src/hello.cpp
RUN g++ -O2 -o /usr/local/bin/hello /src/hello.cpp

FROM alpine:3.19 AS production
RUN apk add --no-cache ca-certificates libstdc++ libgcc
COPY --from=builder /usr/local/bin/hello /usr/local/bin/hello
CMD ["hello"]
