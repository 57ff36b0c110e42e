# Right after the RUN that updated: DF111 merges the two, so DF101 adds no second update.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get install -y --no-install-recommends ca-certificates
CMD ["curl", "--version"]
