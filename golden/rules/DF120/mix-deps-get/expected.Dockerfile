FROM elixir:1.15-slim AS build
ENV MIX_ENV=prod
WORKDIR /app
RUN mix local.hex --force && mix local.rebar --force
COPY mix.exs mix.lock ./
RUN mix deps.get --only prod
COPY . .
RUN mix release

FROM debian:bookworm-slim
COPY --from=build /app/_build/prod/rel/shop /app
CMD ["/app/bin/shop", "start"]
