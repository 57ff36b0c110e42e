# Prisma's engines load libssl and run `openssl version`: node:18-slim lacks it (cal.com's runner).
FROM node:18 AS builder
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean
COPY . .
RUN yarn build

FROM node:18 AS runner
WORKDIR /app
ENV NODE_ENV production
RUN apt-get update && \
    apt-get -y install --no-install-recommends netcat-openbsd && \
    rm -rf /var/lib/apt/lists/* && \
    npm install --global prisma && \
    npm cache clean --force
COPY package.json yarn.lock ./
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/.next ./.next
COPY scripts scripts
CMD ["/app/scripts/start.sh"]
