# 'app' is also the base of 'tests', which compiles with libpq-dev: changing app's packages would
# change that stage too, so only the final stage's own installs are changed (none here); app's are
# named in a suggestion.
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

FROM app AS tests
RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/* && pip install --no-cache-dir psycopg2 --no-binary psycopg2

FROM app AS final
CMD ["/venv/bin/python", "/app/main.py"]
