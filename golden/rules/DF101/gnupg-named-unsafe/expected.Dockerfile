# gnupg is named in the install: gpg stays without the recommends, which go (unsafe).
FROM python:3.11-slim
RUN apt-get update && apt-get install --no-install-recommends -y build-essential gnupg dirmngr \
    && gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4 \
    && rm -rf /var/lib/apt/lists/*
CMD ["python3"]
