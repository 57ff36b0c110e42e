# An install script may write anywhere (/usr/local, /etc): the split is not planned, and the finding
# names the command.
FROM python:3.11
WORKDIR /app
COPY . .
RUN ./install.sh
CMD ["python", "app.py"]
