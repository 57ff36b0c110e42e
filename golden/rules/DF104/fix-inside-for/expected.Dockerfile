# pip installs inside a loop and a subshell get --no-cache-dir.
FROM python:3.12-slim
COPY requirements-a.txt requirements-b.txt /src/
RUN for req in /src/requirements-a.txt /src/requirements-b.txt; do \
        pip install --no-cache-dir -r "$req"; \
    done && \
    (cd /src && pip install --no-cache-dir --upgrade pip)
