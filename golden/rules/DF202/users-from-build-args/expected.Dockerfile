# The user is created from build arguments: production replays useradd after the ARGs it reads.
FROM node:18 AS builder
RUN npm install -g yarn@1.22.19
ARG UID
ARG GID
RUN groupadd jenkins -g $GID \
 && useradd -ms /bin/bash jenkins -u $UID -g $GID
USER jenkins
WORKDIR /home/jenkins
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile

FROM node:18-slim AS production
ARG UID
ARG GID
RUN groupadd jenkins -g $GID \
    && useradd -ms /bin/bash jenkins -u $UID -g $GID
USER jenkins
WORKDIR /home/jenkins
COPY --from=builder --chown=jenkins /home/jenkins/node_modules /home/jenkins/node_modules
COPY --from=builder /home/jenkins/package.json /home/jenkins/package.json
COPY --from=builder /home/jenkins/yarn.lock /home/jenkins/yarn.lock
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
CMD ["node", "index.js"]
