# Node 8's npm 5 has no reliable prune of the devDependencies (npm 6 has --production, npm 7 --omit=dev):
# no split on the same image, which would gain nothing.
FROM node:8-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/main.js"]
