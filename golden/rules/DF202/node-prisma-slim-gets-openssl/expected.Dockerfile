# Prisma's engines load libssl and run `openssl version`: node:18-slim lacks it (cal.com's runner).
FROM node:18 AS builder
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean
COPY . .
RUN yarn build

FROM node:18 AS build
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

FROM node:18-slim AS runner
WORKDIR /app
ENV NODE_ENV production
RUN apt-get update \
    && apt-get install -y --no-install-recommends netcat-openbsd openssl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/.next /app/.next
COPY --from=build /app/node_modules /app/node_modules
COPY --from=build /app/package.json /app/package.json
COPY --from=build /app/scripts /app/scripts
COPY --from=build /app/yarn.lock /app/yarn.lock
COPY --from=build /usr/local/bin /usr/local/bin
COPY --from=build /usr/local/lib/node_modules /usr/local/lib/node_modules
CMD ["/app/scripts/start.sh"]
