FROM python:3.11
RUN set -eux; \
    # the web stack
    pip install --no-cache-dir \
        flask==3.0.0 \
        # served by gunicorn
        gunicorn; \
    pip3 install --no-cache-dir --user httpie
