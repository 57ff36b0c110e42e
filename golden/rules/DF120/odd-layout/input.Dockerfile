from golang:1.22
workdir /src
copy . /src
run go mod download
run go build -o /app .
