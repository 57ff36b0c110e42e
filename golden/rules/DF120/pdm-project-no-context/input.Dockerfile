FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pdm install --prod
CMD ["pdm", "run", "start"]
