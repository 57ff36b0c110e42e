# Node's Prisma client keeps its engine in node_modules: the user can run it.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
RUN npx prisma generate
EXPOSE 3000
CMD ["node", "server.js"]
