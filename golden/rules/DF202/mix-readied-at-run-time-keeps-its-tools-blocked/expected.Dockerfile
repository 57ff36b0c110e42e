FROM hexpm/elixir:1.15.7-erlang-26.1.2-debian-bookworm-20231009 AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV MIX_ENV=prod
RUN mix local.hex --force && mix local.rebar --force
COPY mix.exs mix.lock ./
RUN mix deps.get && mix deps.compile
COPY lib lib
RUN mix release notebook

# The release lets its users add packages with Mix.install/2, which compiles them here.
FROM hexpm/elixir:1.15.7-erlang-26.1.2-debian-bookworm-20231009-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
ENV HOME=/home/notebook
RUN mkdir $HOME && chmod 777 $HOME
RUN mix local.hex --force && mix local.rebar --force
COPY --from=build /app/_build/prod/rel/notebook /app
CMD ["/app/bin/notebook", "start"]
