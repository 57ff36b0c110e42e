FROM python:3.11-slim
RUN pip install --no-cache-dir flask==2.2.2
CMD ["flask", "run"]
