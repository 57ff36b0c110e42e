# The entrypoint script (in the context) runs make before the server: production on node:20-slim
# would have no make, so the image stays whole, with a suggestion naming the tool.
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
ENTRYPOINT ["./entry.sh"]
CMD ["node", "server.js"]
