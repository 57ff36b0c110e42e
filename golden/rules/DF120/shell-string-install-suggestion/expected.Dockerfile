FROM node:20-bookworm-slim
# khoj: the install and the build sit in one 'bash -c' string, after the whole context
WORKDIR /app
COPY . .
WORKDIR /app/src/interface/web
RUN bash -c "yarn install --frozen-lockfile && yarn build && yarn cache clean"
WORKDIR /app
CMD ["node", "server.js"]
