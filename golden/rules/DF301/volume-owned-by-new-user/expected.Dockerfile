# The app writes into its VOLUME. A named volume starts as a copy of the image's folder, owner
# included, so the new user is given the folder before the VOLUME (a builder may discard changes
# made to it after the VOLUME).
FROM python:3.12-slim
WORKDIR /app
COPY --chown=10001 . .
RUN pip install --no-cache-dir -r requirements.txt
RUN mkdir -p /data /app/uploads && chown 10001 /data /app/uploads
VOLUME ["/data", "/app/uploads"]
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["python", "app.py"]
