FROM node:22-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

# The copied server listens on 8080 already: only the user changes
FROM docker.io/library/nginx:1.27-alpine3.21 AS web
RUN apk add --no-cache curl
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
CMD ["nginx", "-g", "daemon off;"]
