# The build runs on maven's openjdk image (Debian); its JRE replacement is Ubuntu, where the Debian
# packages production installs may not exist: production keeps the build's image, without the compilers.
FROM maven:3.8-openjdk-11 AS builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc python3-dev python3-pip libxml2-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .

FROM maven:3.8-openjdk-11 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pkg-resources libxml2 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python3", "main.py"]
