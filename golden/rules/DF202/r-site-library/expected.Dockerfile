FROM ubuntu:22.04 AS builder
RUN apt-get update && apt-get install -y r-base-core libxml2-dev libssl-dev && rm -rf /var/lib/apt/lists/*
# CRAN packages compile against the -dev headers; the library is what the app needs
RUN R -e "install.packages(c('xml2', 'openssl'), repos='https://cloud.r-project.org')"
WORKDIR /app
COPY app.R .

FROM ubuntu:22.04 AS production
RUN apt-get update \
    && apt-get install -y --no-install-recommends r-base-core libxml2 libssl3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/lib/R/site-library /usr/local/lib/R/site-library
CMD ["Rscript", "app.R"]
