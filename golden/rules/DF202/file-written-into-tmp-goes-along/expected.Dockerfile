# A file written into /tmp on purpose (the build's timestamp) is part of the image: production takes it.
# The build tree under /tmp/build stays scratch.
FROM python:3.11 AS builder
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt /src/
RUN pip install --no-cache-dir -r requirements.txt
RUN mkdir /tmp/build && cd /tmp/build && echo 'int main(void){return 0;}' > t.c && gcc -o t t.c
COPY . /src/
RUN mkdir /tmp/version && date +"%Y%m%d%H%M" > /tmp/version/version.txt

FROM python:3.11-slim AS production
WORKDIR /src
COPY --from=builder /src /src
COPY --from=builder /tmp/version /tmp/version
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "app.py"]
