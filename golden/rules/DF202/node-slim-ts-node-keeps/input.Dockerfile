# The command loads its code through ts-node, a devDependency: the folder stays whole.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "-r", "ts-node/register", "src/main.ts"]
