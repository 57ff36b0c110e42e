FROM python:3.11-slim
WORKDIR /app
COPY Pipfile Pipfile.lock* ./
RUN pipenv install --system --deploy
COPY . .
