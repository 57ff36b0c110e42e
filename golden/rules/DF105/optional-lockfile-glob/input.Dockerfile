FROM node:20-slim
WORKDIR /app
# "npm-shrinkwrap.json*" copies the file only if it exists: it proves no lockfile, so 'npm ci' could fail.
COPY ["package.json", "npm-shrinkwrap.json*", "./"]
RUN npm install --production
COPY . .
CMD ["node", "server.js"]
