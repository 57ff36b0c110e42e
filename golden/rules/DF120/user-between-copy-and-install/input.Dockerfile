# A USER between `COPY . .` and the install, with nothing run in between: the install moves up with
# the USER above it (a COPY does not run as the USER), and the USER stays where it was.
FROM python:3.12-slim
RUN useradd --create-home app
WORKDIR /home/app/src
COPY --chown=app:app . .
USER app
RUN pip install --user --no-cache-dir -r requirements.txt
CMD ["python", "main.py"]
