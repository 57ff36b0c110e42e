FROM nginx:1.25
RUN apt-get update && apt-get install -y nodejs npm make && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN npm ci && npm run build && cp -r dist/. /usr/share/nginx/html/
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
