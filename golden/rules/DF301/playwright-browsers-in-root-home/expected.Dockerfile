# playwright install keeps the browsers in ~/.cache/ms-playwright: run as root they are in /root,
# where the new user would not find them.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npx playwright install --with-deps chromium && npm cache clean --force
COPY . .
CMD ["node", "scrape.js"]
