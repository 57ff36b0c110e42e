# The base image runs as a user of its own (the stage needs sudo for apt-get): its pip installs into
# that user's python, not /usr/local, and an install moved into the pip RUN would lack sudo.
FROM example/pytorch:cuda-11.8
RUN sudo apt-get update && sudo apt-get install -y build-essential
COPY requirements.txt /app/requirements.txt
RUN pip install -r /app/requirements.txt
CMD ["python", "/app/train.py"]
