FROM node:20-slim
WORKDIR /app
COPY package.json ./
# No errexit: the heredoc exits with its last line's status, so the clean is chained to the install.
RUN <<EOF
  echo "installing"
  npm install
EOF
# With errexit a failure stops the script: the clean gets a line of its own.
RUN <<EOF
  set -eu
  npm install --prefix /opt/tools
EOF
CMD ["node", "server.js"]
