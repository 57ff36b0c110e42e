FROM python:3.11
WORKDIR /app
COPY requirements.txt /app/
RUN pip install -r requirements.txt
COPY . /app
WORKDIR /app
# 'pip install .' builds the project from its sources: it stays after the COPY
RUN pip install . && echo done
