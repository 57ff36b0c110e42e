# The port is also written in the command: moving ENV PORT alone would not move the server
FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
ENV PORT=80
EXPOSE 80
CMD ["gunicorn", "-b", "0.0.0.0:80", "app:app"]
