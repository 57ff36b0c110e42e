# A start that installs with --user writes into the user's home: nothing there needs root.
FROM python:3.12-slim
WORKDIR /opt/app
RUN pip install --no-cache-dir prefect
COPY --chown=10001 entrypoint.sh ./entrypoint.sh
RUN useradd --create-home --uid 10001 app && chown 10001 /opt/app
USER app
ENTRYPOINT ["/opt/app/entrypoint.sh"]
