# The install's RUN already removes the lists (DF101 added the removal in an earlier round): the
# later RUN that removes them again only goes, nothing is appended twice.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
RUN rm -rf /var/lib/apt/lists/*
CMD ["jq", "--version"]
