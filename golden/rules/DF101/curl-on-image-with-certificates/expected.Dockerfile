# python's slim images install ca-certificates themselves: nothing to name.
FROM python:3.12-slim
RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*
HEALTHCHECK CMD curl -f https://localhost:8443/health || exit 1
CMD ["python", "-m", "http.server"]
