# An interactive shell as the command, even with no build tool: people open the image to work on
# files they mount, which the uid a USER picks may not write. A suggestion, not a rewrite.
FROM python:3.11-slim
COPY requirements.txt /opt/
RUN pip install --no-cache-dir -r /opt/requirements.txt
WORKDIR /srv
CMD ["/bin/bash"]
