FROM alpine:3.21 AS build
RUN apk add --no-cache build-base git curl gmp-dev libev-dev
WORKDIR /root/site
COPY . .
RUN dune pkg lock && dune build @install --profile=release

FROM alpine:3.21
COPY --from=build /root/site/_build/default/bin/main.exe /bin/server
ENTRYPOINT ["/bin/server"]
