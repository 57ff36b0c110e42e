# chmod over a glob writes files dockopt knows only by the pattern: 'COPY --from=builder /*.sh /*.sh'
# would fail with two matches (and name one file '*.sh'), so the split stays a suggestion
FROM debian:bookworm

RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY hello.c /src/hello.c
RUN gcc -o /usr/local/bin/hello /src/hello.c
COPY run.sh /run.sh
COPY version.sh /version.sh
RUN chmod 755 /*.sh

CMD ["/run.sh"]
