FROM python:3.12 AS builder
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN python -m nltk.downloader punkt stopwords
COPY . .

FROM python:3.12-slim AS production
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /root/nltk_data /root/nltk_data
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
CMD ["python", "app.py"]
