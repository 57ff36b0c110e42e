# golang:1.6 was built on jessie or stretch (not recorded). Its base has no -dev libraries, so a Go
# program links only the C library, which bookworm's newer glibc runs: production is bookworm-slim.
# A stage that installs packages named for that release (the second file) stays a suggestion.
FROM golang:1.6
COPY . /go/src/example.com/app
WORKDIR /go/src/example.com/app
RUN go install example.com/app
CMD ["app"]
