# -o APT::Install-Recommends=false already turns recommendations off: no flag to add.
FROM python:3.10
RUN apt-get update -qy \
    && apt-get install -qy \
    -o APT::Install-Recommends=false \
    -o APT::Install-Suggests=false \
    freetds-bin libpq5 curl \
    && rm -rf /var/lib/apt/lists/*
CMD ["python3"]
