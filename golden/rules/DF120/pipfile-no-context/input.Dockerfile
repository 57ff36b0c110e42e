FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pipenv install --system --deploy
