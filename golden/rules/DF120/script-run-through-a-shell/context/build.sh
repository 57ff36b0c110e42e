BuildDocker() {
  go build -o ./bin/app -ldflags="-w -s" .
}
if [ "$2" = "docker" ]; then
  BuildDocker
fi
