# tar extracts only the member it names: production copies that one file, not all of /usr/bin.
FROM alpine:3.19
RUN apk add --no-cache tini git openssh-client \
    && apk add --no-cache --virtual devs tar curl
RUN curl -fsSL https://example.com/caddy.tar.gz | tar --no-same-owner -C /usr/bin/ -xz caddy
RUN git clone --depth 1 https://example.com/site.git /srv/site
RUN apk del devs
COPY ./Caddyfile /etc/Caddyfile
ENTRYPOINT ["/sbin/tini"]
CMD ["caddy", "run", "--config", "/etc/Caddyfile"]
