FROM python:3.11-slim
WORKDIR /app
RUN pip install -r requirements.txt && \
    pip check

# clean up the pip cache and bytecode
RUN rm -rf /root/.cache/pip && \
    find /usr/local/lib -name "*.pyc" -delete

# see ticket 42
RUN rm -rf /tmp/pip-*
CMD ["python"]
