FROM nimlang/nim:1.2.8-alpine AS nim
COPY . /src/app
WORKDIR /src/app
RUN apk add --no-cache libsass-dev \
    && nimble build -y -d:release

FROM alpine
COPY --from=nim /src/app/app /usr/local/bin/app
CMD ["app"]
