# HOME points into the release root owns: Erlang writes its cookie into HOME at start, so a non-root
# user could not start it; the rule names HOME and applies nothing.
FROM debian:bookworm-slim
ENV HOME=/opt/chat
RUN apt-get update && apt-get install -y --no-install-recommends erlang-base && rm -rf /var/lib/apt/lists/*
COPY rel /opt/chat/rel
VOLUME ["/data"]
ENTRYPOINT ["/opt/chat/rel/bin/chat", "foreground"]
