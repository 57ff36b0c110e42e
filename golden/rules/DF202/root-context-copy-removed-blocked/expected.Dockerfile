# A later RUN removes something the context put into '/': production, copying the context again,
# would keep it, so the split is not planned.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip python3-dev gcc && rm -rf /var/lib/apt/lists/*
ADD . /
RUN pip3 install --no-cache-dir -r /requirements.txt && rm -rf /docs
CMD ["python3", "/api.py"]
