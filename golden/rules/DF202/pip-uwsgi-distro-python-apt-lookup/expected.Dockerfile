FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y build-essential python3-dev python3-pip \
    && rm -rf /var/lib/apt/lists/*
COPY . /app
WORKDIR /app
RUN pip3 install -r requirements.txt && pip3 install uwsgi

FROM ubuntu:16.04 AS production
RUN apt-get update \
    && runtime_libs="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances python3-dev | awk '/^[^ ]/ { dev = $1 ~ /-(multi)?dev$/ && $1 !~ /^lib(c6|crypt|nsl|tirpc)-dev$/ } dev && $1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-(multi)?(dev|bin)$/ { print $2 }' | sort -u)" \
    && apt-get install -y --no-install-recommends $runtime_libs python3 python3-pkg-resources \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
EXPOSE 3333
CMD ["uwsgi", "--ini", "/app/uwsgi.ini"]
