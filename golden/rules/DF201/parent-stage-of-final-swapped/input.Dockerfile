# The final stage is built on 'app', which nothing else uses: app's -dev packages reach the final image
# and nothing there compiles (the venv comes from the builder), so they become runtime libraries in place.
FROM python:3.13.7-slim-trixie AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir psycopg2

FROM python:3.13.7-slim-trixie AS app
RUN apt-get update && apt-get -y install --no-install-recommends libpq-dev libicu-dev curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /venv /venv
COPY . /app
CMD ["/venv/bin/python", "/app/main.py"]

FROM app AS plus
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
