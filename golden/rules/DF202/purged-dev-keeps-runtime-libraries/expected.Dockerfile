# On bookworm (named in the tag), the stage builds python-ldap against libldap2-dev, then purges the -dev packages: the purge leaves
# their runtime libraries, which python:3.11-slim lacks, so production installs them.
FROM python:3.11-bookworm AS builder
WORKDIR /code
COPY . /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update && apt-get install -y --no-install-recommends $BUILDPKGS
RUN pip install -r requirements.txt
RUN apt-get purge -y $BUILDPKGS

FROM python:3.11-slim-bookworm AS production
WORKDIR /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update \
    && apt-get install -y --no-install-recommends libldap-2.5-0 libsasl2-2 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /code /code
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.11/site-packages /usr/local/lib/python3.11/site-packages
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
