from golang:1.22
workdir /src
copy go.mod go.sum /src/
run go mod download
copy . /src
run go build -o /app .
