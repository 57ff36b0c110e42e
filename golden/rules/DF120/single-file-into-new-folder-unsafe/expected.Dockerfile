FROM python:3.11
COPY requirements.txt /srv/app/
RUN pip install -r /srv/app/requirements.txt
COPY . /srv/app
# /srv/app does not exist before the COPY: the manifest goes into it, not onto it
RUN python -c 1
