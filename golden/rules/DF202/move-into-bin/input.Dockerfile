# `mv tool /bin` moves into the folder every image has: production copies /bin/tool alone.
FROM debian:12
RUN apt-get update && apt-get install -y wget build-essential && rm -rf /var/lib/apt/lists/* \
 && wget -q https://example.com/gh-md-toc && chmod a+x gh-md-toc && mv gh-md-toc /bin \
 && wget -q https://example.com/md2html.c && gcc -O2 -o /usr/local/bin/md2html md2html.c
CMD ["gh-md-toc", "--help"]
