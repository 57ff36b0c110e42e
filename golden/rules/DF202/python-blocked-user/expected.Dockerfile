FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*
RUN useradd -m app
USER app
WORKDIR /home/app
COPY --chown=app requirements.txt .
RUN pip install --user -r requirements.txt
COPY --chown=app . .
CMD ["python", "main.py"]
