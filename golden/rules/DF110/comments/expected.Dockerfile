FROM python:3.11-slim
WORKDIR /app
RUN pip install -r requirements.txt && \
    pip check && \
    rm -rf /root/.cache/pip && \
    find /usr/local/lib -name "*.pyc" -delete && \
    rm -rf /tmp/pip-*

CMD ["python"]
