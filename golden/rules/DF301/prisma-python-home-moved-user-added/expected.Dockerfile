# PRISMA_BINARY_CACHE_DIR moves the engines out of root's home: the user can reach them.
FROM python:3.11-slim
ENV PRISMA_BINARY_CACHE_DIR=/opt/prisma
WORKDIR /app
COPY --chown=10001 requirements.txt schema.prisma ./
RUN pip install --no-cache-dir -r requirements.txt && prisma generate
COPY --chown=10001 . .
EXPOSE 4000
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["python", "main.py"]
