# A start that installs with --user writes into the user's home: nothing there needs root.
FROM python:3.12-slim
WORKDIR /opt/app
RUN pip install --no-cache-dir prefect
COPY entrypoint.sh ./entrypoint.sh
ENTRYPOINT ["/opt/app/entrypoint.sh"]
