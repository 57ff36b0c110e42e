# phusion/baseimage 0.9.19 is Ubuntu 16.04 (passenger-docker's changelog: "Upgraded to baseimage-docker
# 0.9.19. Upgraded to Ubuntu 16.04"): production stays on the image and installs xenial's libpq5.
FROM phusion/baseimage:0.9.19 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src && cp /src/pgtool /usr/local/bin/pgtool

FROM phusion/baseimage:0.9.19 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/pgtool /usr/local/bin/pgtool
CMD ["/usr/local/bin/pgtool"]
