FROM nginx:1.25 AS builder
RUN apt-get update && apt-get install -y nodejs npm make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN npm ci && npm run build && cp -r dist/. /usr/share/nginx/html/

FROM nginx:1.25 AS production
WORKDIR /src
COPY --from=builder /usr/share/nginx/html /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
