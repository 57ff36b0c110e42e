FROM node:20-slim
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
# the server reads PORT
ENV NODE_ENV=production PORT=80
EXPOSE 80/tcp
CMD ["node", "server.js"]
