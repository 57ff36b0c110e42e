FROM ocaml/opam:debian-12-ocaml-5.1 AS build
WORKDIR /home/opam/app
COPY --chown=opam . .
RUN opam install --deps-only -y . && opam exec -- dune build --profile=release

FROM debian:12-slim
COPY --from=build /home/opam/app/_build/default/bin/main.exe /usr/local/bin/app
CMD ["app"]
