# Debian's npm has prefix /usr/local from its builtin npmrc; the npm that `npm install -g npm` puts
# in its place has no such file, so where grunt-cli goes next is not known
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential nodejs npm \
    && rm -rf /var/lib/apt/lists/*
RUN npm install -g npm@9 && npm install -g grunt-cli
WORKDIR /app
COPY . .
CMD ["grunt", "serve"]
