# Build stage
FROM node:20-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
# the bundle needs tsup, a devDependency
RUN npm run build
RUN npm prune --omit=dev

# Production stage
FROM node:20-slim
WORKDIR /app
COPY --from=build /app .
HEALTHCHECK CMD node healthcheck.js
CMD ["npm", "start"]
