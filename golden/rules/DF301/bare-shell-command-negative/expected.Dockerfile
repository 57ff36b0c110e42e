# An interactive shell as the command, and no build tool: the user is added as for any command.
FROM python:3.11-slim
COPY requirements.txt /opt/
RUN pip install --no-cache-dir -r /opt/requirements.txt
WORKDIR /srv
RUN useradd --create-home --uid 10001 app
USER app
CMD ["/bin/bash"]
