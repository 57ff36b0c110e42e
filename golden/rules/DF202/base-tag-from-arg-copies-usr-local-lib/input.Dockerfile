# The tag comes from an ARG: site-packages lies under python3.11/ only for the default, so production
# copies /usr/local/lib, which holds it for any PYTHON_VERSION.
ARG PYTHON_VERSION=3.11
FROM python:${PYTHON_VERSION}-alpine
RUN apk add --no-cache gcc musl-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
