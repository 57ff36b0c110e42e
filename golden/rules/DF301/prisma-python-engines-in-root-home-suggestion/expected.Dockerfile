# Prisma's Python client: 'prisma generate' keeps the query engine in /root/.cache/prisma-python and
# the generated client names it there; another user could not run it.
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt schema.prisma ./
RUN pip install --no-cache-dir -r requirements.txt
RUN prisma generate
COPY . .
EXPOSE 4000
CMD ["python", "main.py"]
