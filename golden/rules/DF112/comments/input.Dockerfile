FROM node:20 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# the sources, for nothing:
COPY . /src
ENV NODE_ENV=production

FROM node:20-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "server.js"]
