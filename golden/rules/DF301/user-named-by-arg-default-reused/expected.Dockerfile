# The stage makes its user from ARG defaults and gives it /data, but never switches: that user, by
# the name its ARG gives, not another one.
FROM node:18-bookworm-slim
ARG USERNAME=actual
ARG USER_UID=1001
ARG USER_GID=$USER_UID
RUN groupadd --gid $USER_GID $USERNAME \
    && useradd --uid $USER_UID --gid $USER_GID -m $USERNAME
RUN mkdir /data && chown -R ${USERNAME}:${USERNAME} /data
WORKDIR /app
COPY package.json app.js ./
EXPOSE 5006
RUN chown actual /app /data
USER actual
CMD ["node", "app.js"]
