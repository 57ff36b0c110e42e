# The tag comes from an ARG: site-packages lies under python3.11/ only for the default, so production
# copies /usr/local/lib, which holds it for any PYTHON_VERSION.
ARG PYTHON_VERSION=3.11
FROM python:${PYTHON_VERSION}-alpine AS builder
RUN apk add --no-cache gcc musl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:${PYTHON_VERSION}-alpine AS production
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib /usr/local/lib
CMD ["python", "app.py"]
