FROM node:20
RUN npm install -g pnpm && npm cache clean --force
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean && yarn build
