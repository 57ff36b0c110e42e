FROM ubuntu:24.04
RUN groupadd --system web && useradd --system --gid web --create-home web
USER web
COPY --chown=web:web site /srv/site
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
USER web
ENTRYPOINT ["python3", "-m", "http.server", "8080", "--directory", "/srv/site"]
