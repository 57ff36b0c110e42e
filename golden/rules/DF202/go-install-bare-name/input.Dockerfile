# `go install` puts the program in /go/bin, which the golang image has on PATH: the command names it
# bare. Production, on a plain Debian image, puts /go/bin on PATH again
# (without --context the sources cannot show the binary links statically).
FROM golang:1.21
WORKDIR /go/src/app
COPY . .
RUN go install ./...
CMD ["app", "serve"]
