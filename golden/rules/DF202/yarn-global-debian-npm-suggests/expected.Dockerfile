# yarn's global folder is its own, not Debian's npm prefix: not named
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g yarn && yarn global add grunt-cli
WORKDIR /app
COPY . .
CMD ["grunt", "serve"]
