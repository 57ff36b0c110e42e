# python:3.9.7 was replaced by 3.9.8 in 2021, before bookworm became the default: its images ran on
# bullseye, where bookworm's libffi8 does not exist. Its release is not recorded: rather than guess a
# runtime name, production asks apt which libraries libffi-dev brings.
FROM python:3.9.7
RUN apt-get update && apt-get install -y gcc libffi-dev
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .
CMD ["python", "app.py"]
