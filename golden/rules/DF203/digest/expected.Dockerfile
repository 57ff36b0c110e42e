FROM python:3.11@sha256:0b0b1f0c5c6b1c3e5b1a9f5e6f4c8f5d2d7f1f9a4e2b3c4d5e6f7a8b9c0d1e2f
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
