# `git config --global` sets git up for the container's own commits: node's slim image lacks git,
# so production installs it again.
FROM node:20
RUN git config --global user.name "Dev" && git config --global user.email "dev@example.com"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENTRYPOINT ["/app/entrypoint.sh"]
