# Debian's npm first, then NodeSource's nodejs, which conflicts with it and brings its own npm (prefix
# /usr): production installs nodejs alone, since naming npm beside it fails
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates npm \
    && curl -sL https://deb.nodesource.com/setup_10.x | bash - \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g lighthouse
WORKDIR /app
COPY . .
CMD ["lighthouse", "--version"]
