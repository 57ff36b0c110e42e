# pycurl is built from its sdist against the libcurl4-openssl-dev the full python image ships, and it
# links libcurl.so.4, which python:3.11-slim lacks. Production installs libcurl4 (its CA certificates
# the slim image keeps).
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
