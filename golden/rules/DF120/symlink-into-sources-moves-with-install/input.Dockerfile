FROM python:3.11-alpine
WORKDIR /changeme
COPY . /changeme/
RUN pip install -r /changeme/requirements.txt \
    && find /usr/ -type f -name '*.pyc' -exec rm '{}' \; \
    && ln -s /changeme/changeme.py /usr/local/bin/
ENTRYPOINT ["changeme.py"]
