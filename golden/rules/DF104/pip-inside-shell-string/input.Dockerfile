FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt requirements.dev.txt ./
RUN ["/bin/bash", "-c", "pip install -r <(cat requirements.txt requirements.dev.txt)"]
RUN bash -c "pip install --no-cache-dir gunicorn && pip install flask"
COPY . .
CMD ["gunicorn", "app:app"]
