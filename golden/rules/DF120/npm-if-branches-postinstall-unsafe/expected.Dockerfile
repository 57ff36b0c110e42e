FROM node:22-slim

WORKDIR /starter
ENV NODE_ENV development

COPY package.json package-lock.json /starter/
RUN npm install -g pm2 && \
    if [ "$NODE_ENV" = "production" ]; then \
        npm install --ignore-scripts --omit=dev; \
    else \
        npm install --ignore-scripts; \
    fi

COPY . /starter

RUN npm rebuild

CMD ["pm2-runtime","app.js"]
