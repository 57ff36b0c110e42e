# grunt and the Angular CLI from npm, on NodeSource's node
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && curl -fsSL https://deb.nodesource.com/setup_18.x | bash - \
    && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
RUN npm install -g --unsafe-perm grunt-cli@1.4.3 @angular/cli@16
WORKDIR /app
COPY . .
CMD ["grunt", "serve"]
