# PRISMA_BINARY_CACHE_DIR moves the engines out of root's home: the user can reach them.
FROM python:3.11-slim
ENV PRISMA_BINARY_CACHE_DIR=/opt/prisma
WORKDIR /app
COPY requirements.txt schema.prisma ./
RUN pip install --no-cache-dir -r requirements.txt && prisma generate
COPY . .
EXPOSE 4000
CMD ["python", "main.py"]
