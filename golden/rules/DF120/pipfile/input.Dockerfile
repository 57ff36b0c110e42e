FROM python:3.11-slim
WORKDIR /app
RUN pip install --no-cache-dir pipenv
COPY . .
RUN pipenv install --system --deploy
CMD ["python", "app.py"]
