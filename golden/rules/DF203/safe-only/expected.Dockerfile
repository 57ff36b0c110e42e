FROM node:20
COPY server.js /app/
CMD ["node", "/app/server.js"]
