# Node's Prisma client keeps its engine in node_modules: the user can run it.
FROM node:20-slim
WORKDIR /app
COPY --chown=node package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --chown=node . .
RUN npx prisma generate
EXPOSE 3000
RUN chown node /app
USER node
CMD ["node", "server.js"]
