# The command compiles at start: mix writes _build/ and deps/ next to sources root owns, so as another
# user it would fail. DF301 only suggests.
FROM elixir:1.16
WORKDIR /app
COPY . .
RUN mix local.hex --force && mix deps.get
EXPOSE 4000
CMD ["mix", "phx.server"]
