# glances reads the containers of the host through the Docker socket it is given, which is root's or the
# host's docker group's: a new user would be refused. A suggestion, no USER.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt docker-requirements.txt ./
RUN pip install --no-cache-dir -r docker-requirements.txt
COPY . .
CMD ["python", "-m", "glances", "-w"]
