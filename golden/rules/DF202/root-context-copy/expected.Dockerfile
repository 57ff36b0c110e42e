# The build context goes into '/': production takes it from the context again, before the builder's
# site-packages (what the RUN wrote over the context wins, as it did).
FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc libxml2-dev && rm -rf /var/lib/apt/lists/*
ADD . /
RUN pip3 install --no-cache-dir -r /requirements.txt

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pkg-resources libxml2 \
    && rm -rf /var/lib/apt/lists/*
ADD . /
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python3", "/api.py"]
