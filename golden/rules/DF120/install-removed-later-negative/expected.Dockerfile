# The RUN installs node and the dependencies, builds, then removes both in the same layer: the image
# never keeps them. Split into a layer of its own, the install would stay in the image whatever the
# later `rm` does. DF120 names that instead (a builder stage is the way to cache it).
FROM python:3-alpine
WORKDIR /app
ADD . /app
RUN apk add --no-cache nodejs npm \
 && npm install \
 && npm run build \
 && rm -rf node_modules \
 && apk del nodejs npm
CMD ["python", "app.py"]
