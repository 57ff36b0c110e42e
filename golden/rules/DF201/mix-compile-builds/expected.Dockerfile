FROM elixir
RUN apt-get update && apt-get install -y curl make gcc postgresql

WORKDIR /myapp
COPY . /myapp
RUN mix local.hex --force
RUN mix deps.get && cd assets && yarn install
# 'mix compile' builds the dependencies' NIFs with make and gcc: they must still be there.
RUN mix compile
CMD ["/myapp/run.sh"]
