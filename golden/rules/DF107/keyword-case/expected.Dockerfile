# The new keyword follows the case of the ADD it replaces, not the first instruction of the file.
FROM debian:bookworm-slim
copy ./app/ /app/
Copy ./conf/ /etc/app/
COPY ./bin/ /usr/local/bin/
