# python:3.11 names no release: untagged official images are trixie since 2025-08, where bookworm's
# libldap-2.5-0 does not install: no table names the runtime library of the purged libldap2-dev, and
# production asks apt for it (apt-cache depends).
FROM python:3.11
WORKDIR /code
COPY . /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update && apt-get install -y --no-install-recommends $BUILDPKGS
RUN pip install -r requirements.txt
RUN apt-get purge -y $BUILDPKGS
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
