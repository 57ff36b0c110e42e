# The new keyword follows the case of the ADD it replaces, not the first instruction of the file.
FROM debian:bookworm-slim
add ./app/ /app/
Add ./conf/ /etc/app/
ADD ./bin/ /usr/local/bin/
