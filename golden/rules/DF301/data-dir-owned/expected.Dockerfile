FROM node:22-alpine
WORKDIR /app
COPY --chown=node package.json package-lock.json ./
RUN npm ci --omit=dev
# The database file goes here at run time (DB_FILENAME=/var/lib/app/data.sqlite).
RUN mkdir -p /var/lib/app /var/lib/prefilled
COPY seed /var/lib/prefilled
COPY --chown=node . .
RUN chown node /app /var/lib/app /var/lib/prefilled
USER node
CMD ["node", "server.js"]
