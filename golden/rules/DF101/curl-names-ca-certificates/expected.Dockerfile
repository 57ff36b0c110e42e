# curl (through libcurl4) and git only recommend ca-certificates, which debian and ubuntu images lack:
# without recommendations the https fetches below would fail, so the fix names ca-certificates.
FROM ubuntu:22.04
RUN apt-get update && apt-get install --no-install-recommends -y curl git ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin
RUN git clone https://github.com/example/app.git /app
CMD ["/usr/local/bin/tool"]
