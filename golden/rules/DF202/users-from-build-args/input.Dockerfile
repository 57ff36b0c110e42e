# The user is created from build arguments: production replays useradd after the ARGs it reads.
FROM node:18
RUN npm install -g yarn@1.22.19
ARG UID
ARG GID
RUN groupadd jenkins -g $GID \
 && useradd -ms /bin/bash jenkins -u $UID -g $GID
USER jenkins
WORKDIR /home/jenkins
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
CMD ["node", "index.js"]
