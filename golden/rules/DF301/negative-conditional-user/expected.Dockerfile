FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN if [ -n "$WITH_USER" ]; then useradd -m app; fi
CMD ["python", "app.py"]
