# build-essential is named: dropping python3-pip's recommends leaves the compiler in place.
FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential python3-pip python3-dev libpq-dev
COPY requirements.txt .
RUN pip3 install --break-system-packages -r requirements.txt
CMD ["python3", "-m", "app"]
