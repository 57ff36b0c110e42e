# npm's -y is --yes, a flag without a value: the package after it is still named
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates \
    && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y --no-install-recommends nodejs \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g -y grunt-cli
WORKDIR /app
COPY . .
CMD ["grunt", "serve"]
