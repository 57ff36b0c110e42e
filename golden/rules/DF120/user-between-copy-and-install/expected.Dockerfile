# A USER between `COPY . .` and the install, with nothing run in between: the install moves up with
# the USER above it (a COPY does not run as the USER), and the USER stays where it was.
FROM python:3.12-slim
RUN useradd --create-home app
WORKDIR /home/app/src
USER app
COPY --chown=app:app requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt
COPY --chown=app:app . .
USER app
CMD ["python", "main.py"]
