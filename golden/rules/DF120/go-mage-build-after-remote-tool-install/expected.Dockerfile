# Mage builds with the project's module; the remote 'go install ...@latest' before it fetches none of
# the project's dependencies, so they come first.
FROM golang:1.24-alpine AS build
RUN go install github.com/magefile/mage@latest
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . ./
RUN mage build

FROM scratch
COPY --from=build /build/app /app
ENTRYPOINT ["/app"]
