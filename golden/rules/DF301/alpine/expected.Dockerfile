FROM alpine:3.20
RUN apk add --no-cache python3
COPY app.py /app/app.py
RUN adduser -D -u 10001 app
USER app
CMD ["python3", "/app/app.py"]
