FROM ubuntu:22.04
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential python3 npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g http-server
WORKDIR /site
COPY public/ /site/
EXPOSE 8080
CMD ["http-server", "/site", "-p", "8080"]
