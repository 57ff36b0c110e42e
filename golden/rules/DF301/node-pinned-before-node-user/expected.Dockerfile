# node:0.12.4 was built in 2015, before the official images added the "node" user (2016-11-03):
# `USER node` would fail at run time, so DF301 creates its own user.
FROM node:0.12.4-slim
WORKDIR /app
COPY --chown=10001 . .
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["node", "server.js"]
