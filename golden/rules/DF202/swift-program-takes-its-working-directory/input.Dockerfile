# Vapor reads Public/ and Resources/ from the working directory, beside the program `swift build` left
# in .build/release: the working directory goes to production with it.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends binutils gcc libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
COPY --from=swift:5.9-jammy /usr/bin/swift* /usr/bin/
WORKDIR /app
COPY . .
RUN swift build -c release
EXPOSE 8080
CMD [".build/release/App", "serve", "--hostname", "0.0.0.0"]
