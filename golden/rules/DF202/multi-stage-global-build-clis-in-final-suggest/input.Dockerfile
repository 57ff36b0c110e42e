FROM node:20-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
# the process manager runs the app; the compilers came along from an old single-stage file
RUN npm install -g typescript@5.4 @nestjs/cli pm2
CMD ["pm2-runtime", "dist/main.js"]
