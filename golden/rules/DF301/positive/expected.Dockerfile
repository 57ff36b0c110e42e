FROM python:3.11-slim AS builder
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.11-slim
WORKDIR /app
COPY --from=builder /install /usr/local
COPY --chown=10001 app ./app
RUN python -m compileall app
EXPOSE 8000
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]
