# `COPY . .` with no WORKDIR copies into '/': production repeats it with the destination made
# absolute, since its WORKDIR could differ.
FROM python:3.11
RUN apt-get update && apt-get install -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY *.sh .
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "server.py"]
