# A file written into /tmp on purpose (the build's timestamp) is part of the image: production takes it.
# The build tree under /tmp/build stays scratch.
FROM python:3.11
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt /src/
RUN pip install --no-cache-dir -r requirements.txt
RUN mkdir /tmp/build && cd /tmp/build && echo 'int main(void){return 0;}' > t.c && gcc -o t t.c
COPY . /src/
RUN mkdir /tmp/version && date +"%Y%m%d%H%M" > /tmp/version/version.txt
CMD ["python", "app.py"]
