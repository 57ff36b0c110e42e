# Alpine's own python has pip install under /usr/lib/pythonX.Y and /usr/bin, not /usr/local: the
# split is not planned.
FROM alpine:3.18
RUN apk add --no-cache py3-pip python3-dev gcc musl-dev && pip install --break-system-packages requests
COPY app.py /app.py
CMD ["python3", "/app.py"]
