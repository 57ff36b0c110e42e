# The tag comes from an ARG: production names the slim variant the same way (tag + -slim), so a build
# given another PYTHON_VERSION gets that version's slim image; /usr/local/lib holds site-packages for any.
ARG PYTHON_VERSION=3.6
FROM python:$PYTHON_VERSION
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
