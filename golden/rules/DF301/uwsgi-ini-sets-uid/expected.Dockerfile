# uWSGI switches to the 'uid' its config names, which only root can do: no USER is added.
FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["uwsgi", "--ini", "deploy/uwsgi.ini"]
