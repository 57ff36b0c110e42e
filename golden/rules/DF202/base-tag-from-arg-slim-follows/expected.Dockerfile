# The tag comes from an ARG: production names the slim variant the same way (tag + -slim), so a build
# given another PYTHON_VERSION gets that version's slim image; /usr/local/lib holds site-packages for any.
ARG PYTHON_VERSION=3.6
FROM python:$PYTHON_VERSION AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:$PYTHON_VERSION-slim AS production
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python", "app.py"]
