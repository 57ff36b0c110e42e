# The venv comes from a builder on the same Debian python: it points at /usr/bin/python3.
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y python3-venv && python3 -m venv /venv && /venv/bin/pip install flask
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*
COPY --from=build /venv /venv
CMD ["/venv/bin/flask", "run"]
