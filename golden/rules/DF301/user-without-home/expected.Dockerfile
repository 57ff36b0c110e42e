# The stage makes its user without a home folder, and the Erlang release writes its cookie into HOME
# as it starts: switching to that user would stop the start, so the rule names both.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 libncurses6 && rm -rf /var/lib/apt/lists/*
RUN useradd --system chat
COPY _build/prod/rel/chat /opt/chat
WORKDIR /opt/chat
CMD ["/opt/chat/bin/chat", "foreground"]
