FROM python:3.11-slim
# Radicale: the project is installed from the copied folder, so its sources are read
ADD . /srv/radicale/
RUN python3 -m pip install --no-cache-dir /srv/radicale
CMD ["radicale"]
