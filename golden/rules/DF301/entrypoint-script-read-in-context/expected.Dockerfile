# The entrypoint script is in the build context: it needs no root, so the user is added
FROM python:3.12-slim
WORKDIR /app
COPY --chown=10001 requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=10001 . .
COPY docker-entrypoint.sh /usr/local/bin/
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["gunicorn", "app:app"]
