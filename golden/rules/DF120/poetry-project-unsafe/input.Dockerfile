FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install poetry==1.8.3 && poetry config virtualenvs.create false && poetry install --only main
CMD ["app"]
