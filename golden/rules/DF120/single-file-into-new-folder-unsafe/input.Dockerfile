FROM python:3.11
COPY . /srv/app
# /srv/app does not exist before the COPY: the manifest goes into it, not onto it
RUN pip install -r /srv/app/requirements.txt && python -c 1
