FROM python:3.12-slim
WORKDIR /app
COPY --chown=10001 requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=10001 . .
EXPOSE 8080
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
# the server's port is only on its command line
CMD ["gunicorn", "--bind", "0.0.0.0:8080", "--workers", "2", "app:app"]
