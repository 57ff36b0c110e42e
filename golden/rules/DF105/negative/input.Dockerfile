FROM node:20
COPY package*.json ./
RUN npm ci --omit=dev && npm cache clean --force
RUN --mount=type=cache,target=/root/.npm npm install -g typescript
RUN yarn install && yarn cache clean
RUN ["npm", "ci"]
RUN npm run build
