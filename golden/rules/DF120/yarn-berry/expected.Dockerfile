FROM node:20-slim
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn/releases/ .yarn/releases/
RUN yarn install --immutable
COPY . .
CMD ["node", "index.js"]
