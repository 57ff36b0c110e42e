FROM python:3.11
COPY . /app
WORKDIR /app
# 'pip install .' builds the project from its sources: it stays after the COPY
RUN pip install -r requirements.txt && pip install . && echo done
