# `mv tool /bin` moves into the folder every image has: production copies /bin/tool alone.
FROM debian:12 AS builder
RUN apt-get update && apt-get install -y wget build-essential && rm -rf /var/lib/apt/lists/* \
 && wget -q https://example.com/gh-md-toc && chmod a+x gh-md-toc && mv gh-md-toc /bin \
 && wget -q https://example.com/md2html.c && gcc -O2 -o /usr/local/bin/md2html md2html.c

FROM debian:12-slim AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends wget \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /bin/gh-md-toc /bin/gh-md-toc
COPY --from=builder /md2html.c /md2html.c
COPY --from=builder /usr/local/bin/md2html /usr/local/bin/md2html
CMD ["gh-md-toc", "--help"]
