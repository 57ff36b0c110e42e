FROM ubuntu:22.04
RUN apt-get update && apt-get install -y r-base-core libxml2-dev libssl-dev && rm -rf /var/lib/apt/lists/*
# CRAN packages compile against the -dev headers; the library is what the app needs
RUN R -e "install.packages(c('xml2', 'openssl'), repos='https://cloud.r-project.org')"
WORKDIR /app
COPY app.R .
CMD ["Rscript", "app.R"]
