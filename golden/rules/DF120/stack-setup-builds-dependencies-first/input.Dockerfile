# duckling's shape: `stack setup` and `stack install` after the whole context build GHC's setup and
# every Hackage dependency again on each source edit. stack.yaml and the cabal file are what
# `stack setup && stack build --only-dependencies` read: they go first.
FROM haskell:9.4 AS builder
WORKDIR /src
COPY . .
RUN stack setup
RUN stack install

FROM debian:bookworm-slim
COPY --from=builder /root/.local/bin/server /usr/local/bin/
CMD ["server"]
