FROM node:20
RUN npm install -g pnpm
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn build
