# Judged by the name alone: applied with --unsafe only.
FROM node:20-slim
COPY package.json server.js /app/
COPY ["config/app.yaml", "/etc/app/"]
