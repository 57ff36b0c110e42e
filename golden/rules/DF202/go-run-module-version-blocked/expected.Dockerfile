# `go run pkg@version` downloads the module at start; `go build` has no such form.
FROM golang:1.22
CMD ["go", "run", "golang.org/x/tools/cmd/godoc@latest", "-http=:6060"]
