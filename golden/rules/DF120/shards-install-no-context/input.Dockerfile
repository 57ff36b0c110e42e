FROM crystallang/crystal:1.18.2-alpine AS build
WORKDIR /opt/app
COPY . .
RUN shards install
RUN shards build --static --release

FROM alpine
COPY --from=build /opt/app/bin/app /bin/app
ENTRYPOINT ["/bin/app"]
