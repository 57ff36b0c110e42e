# The user switched to root to install and the file ends there: an explicit final root is the author's
# choice, so the rule names the user to switch back to and applies nothing.
FROM ubuntu:24.04
RUN groupadd --system web && useradd --system --gid web --create-home web
USER web
COPY --chown=web:web site /srv/site
USER root
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["python3", "-m", "http.server", "8080", "--directory", "/srv/site"]
