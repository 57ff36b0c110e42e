FROM python:3.12-slim-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates build-essential \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://go.dev/dl/go1.22.5.linux-amd64.tar.gz | tar -C /usr/local -xz
RUN mkdir -p /usr/local/lib/node && curl -fsSL https://nodejs.org/dist/v20.15.0/node-v20.15.0-linux-x64.tar.xz | tar -xJ -C /usr/local/lib/node --strip-components=1
COPY . /usr/src/app
RUN pip install --no-cache-dir -r /usr/src/app/requirements.txt

# The server compiles agents when they are asked for: Go, and mingw's gcc for Windows DLLs.
FROM python:3.12-slim-bookworm AS runtime
COPY --from=build /usr/local/go /usr/local/go
COPY --from=build /usr/local/lib/node /usr/local/lib/node
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=build /usr/src/app /usr/src/app
RUN apt-get update \
 && apt-get --no-install-recommends -y install git curl ca-certificates mingw-w64 \
 && rm -rf /var/lib/apt/lists/*
ENV PATH="/usr/local/go/bin:/usr/local/lib/node/bin:${PATH}"
WORKDIR /usr/src/app
RUN cd plugins/magma && npm install && npm run build
CMD ["python3", "server.py"]
