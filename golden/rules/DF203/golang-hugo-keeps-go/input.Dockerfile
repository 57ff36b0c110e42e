FROM golang:1.16-alpine AS build
RUN apk add --no-cache gcc g++ musl-dev && go install --tags extended github.com/gohugoio/hugo@v0.88.1

FROM golang:1.16-alpine
RUN apk add --no-cache git
COPY --from=build /go/bin/hugo /usr/local/bin/hugo
WORKDIR /src
EXPOSE 1313
CMD ["hugo", "server", "--bind", "0.0.0.0"]
