FROM node:20-slim
WORKDIR /usr/src/app
COPY --chown=node package*.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --chown=node . .
# the server reads PORT
ENV NODE_ENV=production PORT=8080
EXPOSE 8080/tcp
RUN chown node /usr/src/app
USER node
CMD ["node", "server.js"]
