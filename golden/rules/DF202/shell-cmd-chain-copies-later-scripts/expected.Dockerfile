FROM node:18 AS builder
RUN apt-get update && apt-get install -y g++ make python3 && rm -rf /var/lib/apt/lists/*
RUN npm install --global hubot@2.7.5
# hubot 2 copies its bot template into the folder it is given
RUN hubot --create /opt/hubot
WORKDIR /opt/hubot
RUN npm install
ADD add-scripts.sh /tmp/

FROM node:18-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/hubot
COPY --from=builder /opt/hubot /opt/hubot
COPY --from=builder /tmp/add-scripts.sh /tmp/add-scripts.sh
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/node_modules /usr/local/lib/node_modules
# every command of the chain runs in the container: the script in /tmp goes along
CMD /tmp/add-scripts.sh && bin/hubot --adapter shell
