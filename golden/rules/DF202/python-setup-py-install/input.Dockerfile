# `python setup.py install` installs into site-packages and the scripts folder, as pip would:
# production copies both (and the project folder).
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN python3 -m ensurepip && python3 setup.py install
CMD ["myapp", "--port", "8080"]
