# Judged by the name alone: applied with --unsafe only.
FROM node:20-slim
ADD package.json server.js /app/
ADD ["config/app.yaml", "/etc/app/"]
