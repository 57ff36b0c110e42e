# The downloaded script piped into bash after the install may install with the lists too: the
# cleanup goes after it, not between the two.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && \
    curl -fsSL https://example.com/setup-deps.sh | bash -s -- --yes && \
    rm -rf /var/lib/apt/lists/*
CMD ["/usr/local/bin/app"]
