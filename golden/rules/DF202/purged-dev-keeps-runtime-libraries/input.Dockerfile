# On bookworm (named in the tag), the stage builds python-ldap against libldap2-dev, then purges the -dev packages: the purge leaves
# their runtime libraries, which python:3.11-slim lacks, so production installs them.
FROM python:3.11-bookworm
WORKDIR /code
COPY . /code
ENV BUILDPKGS gcc libldap2-dev libsasl2-dev
RUN apt-get update && apt-get install -y --no-install-recommends $BUILDPKGS
RUN pip install -r requirements.txt
RUN apt-get purge -y $BUILDPKGS
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
