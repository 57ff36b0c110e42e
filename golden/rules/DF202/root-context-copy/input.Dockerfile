# The build context goes into '/': production takes it from the context again, before the builder's
# site-packages (what the RUN wrote over the context wins, as it did).
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc libxml2-dev && rm -rf /var/lib/apt/lists/*
ADD . /
RUN pip3 install --no-cache-dir -r /requirements.txt
CMD ["python3", "/api.py"]
