# A global install of a folder: its name is in its package.json, and npm links it there
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && curl -fsSL https://deb.nodesource.com/setup_18.x | bash - \
    && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
COPY tool /opt/tool
RUN npm install -g /opt/tool --loglevel warn
WORKDIR /app
CMD ["tool", "serve"]
