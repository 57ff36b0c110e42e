FROM node:20-slim
WORKDIR /app
COPY package.json yarn.lock* ./
RUN yarn install --immutable
COPY . .
CMD ["node", "index.js"]
