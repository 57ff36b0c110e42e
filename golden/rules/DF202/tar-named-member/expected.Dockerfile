# tar extracts only the member it names: production copies that one file, not all of /usr/bin.
FROM alpine:3.19 AS builder
RUN apk add --no-cache tini git openssh-client \
    && apk add --no-cache --virtual devs tar curl
RUN curl -fsSL https://example.com/caddy.tar.gz | tar --no-same-owner -C /usr/bin/ -xz caddy
RUN git clone --depth 1 https://example.com/site.git /srv/site
RUN apk del devs
COPY ./Caddyfile /etc/Caddyfile

FROM alpine:3.19 AS production
RUN apk add --no-cache tini openssh-client
COPY --from=builder /etc/Caddyfile /etc/Caddyfile
COPY --from=builder /srv/site /srv/site
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
ENTRYPOINT ["/sbin/tini"]
CMD ["caddy", "run", "--config", "/etc/Caddyfile"]
