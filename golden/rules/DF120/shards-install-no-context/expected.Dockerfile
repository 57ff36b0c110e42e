FROM crystallang/crystal:1.18.2-alpine AS build
WORKDIR /opt/app
COPY shard.yml shard.lock* ./
RUN shards install
COPY . .
RUN shards build --static --release

FROM alpine
COPY --from=build /opt/app/bin/app /bin/app
ENTRYPOINT ["/bin/app"]
