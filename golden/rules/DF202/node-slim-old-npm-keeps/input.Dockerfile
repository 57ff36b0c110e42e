# Node 14's npm 6 does not read --omit=dev (its prune keeps the devDependencies): no split on the same
# image, which would gain nothing.
FROM node:14-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/main.js"]
