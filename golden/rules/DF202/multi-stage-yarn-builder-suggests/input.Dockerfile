FROM node:20-alpine AS builder
WORKDIR /usr/src/app
COPY . .
RUN yarn install --frozen-lockfile
RUN yarn build

FROM node:20-alpine
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
CMD ["node", "dist/index.js"]
