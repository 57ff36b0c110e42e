# pytorch/pytorch is a conda install: its pip puts packages under /opt/conda, among the image's own files.
FROM pytorch/pytorch:1.1.0-cuda10.0-cudnn7.5-devel
WORKDIR /workspace
RUN apt-get update && apt-get install -y --no-install-recommends git cmake && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "train.py"]
