FROM registry.example.com/platform/python:3.11
RUN pip install --no-cache-dir flask==2.2.2
CMD ["flask", "run"]
