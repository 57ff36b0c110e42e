FROM alpine:3.19 AS build
RUN apk add --no-cache cmake make g++
COPY . /src
RUN cmake -S /src -B /tmp/build && make -C /tmp/build install

FROM alpine:3.19
# gcc is here for the libstdc++ and libgcc it brings: the C++ binary needs them.
RUN apk add --no-cache libstdc++ libgcc
COPY --from=build /usr/local/bin/drafter /usr/local/bin/drafter
CMD ["drafter"]
