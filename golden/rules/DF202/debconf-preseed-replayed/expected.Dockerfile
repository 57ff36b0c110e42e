# The answers preseeded with debconf-set-selections are read by production's install of mysql-server
# too (else it is configured without the root password): production replays them before it. Copying
# the builder's debconf database would not do: mysql-server's install clears the password it read.
FROM ubuntu:22.04 AS builder
RUN echo 'mysql-server mysql-server/root_password password secret' | debconf-set-selections \
 && echo 'mysql-server mysql-server/root_password_again password secret' | debconf-set-selections
RUN apt-get update && apt-get install -y build-essential mysql-server
COPY app.c /src/app.c
RUN gcc -O2 -o /usr/local/bin/app /src/app.c

FROM ubuntu:22.04 AS production
COPY --from=builder /etc/apt /etc/apt
RUN echo 'mysql-server mysql-server/root_password password secret' | debconf-set-selections \
    && echo 'mysql-server mysql-server/root_password_again password secret' | debconf-set-selections \
    && apt-get update \
    && apt-get install -y --no-install-recommends mysql-server ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/app /usr/local/bin/app
CMD ["/usr/local/bin/app"]
