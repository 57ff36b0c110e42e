# an app beside redis on the redis image: its entrypoint drops to redis only for redis-server
FROM redis:6.0.4-alpine
WORKDIR /src/
COPY app start.sh ./
CMD ./start.sh
