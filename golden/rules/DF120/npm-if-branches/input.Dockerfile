FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production
COPY . /app
RUN npm install -g pm2 && \
    if [ "$NODE_ENV" = "production" ]; then \
        npm ci --omit=dev; \
    else \
        npm ci; \
    fi
CMD ["pm2-runtime", "app.js"]
