# The VOLUME comes after the command, so after the new USER: a RUN there could not make or chown the
# folder, so the volume is handed over with the user, while the stage still runs as root.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
RUN mkdir /shared && cp -r /usr/share/doc /shared/docs
RUN useradd --create-home --uid 10001 app && chown 10001 /shared && mkdir -p /shared/data && chown 10001 /shared/data
USER app
ENTRYPOINT ["python3", "-m", "http.server", "8000", "--directory", "/shared"]
VOLUME ["/shared/data"]
