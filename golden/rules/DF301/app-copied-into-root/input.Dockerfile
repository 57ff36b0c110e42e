# No WORKDIR: the application sits in '/', where only root can create files (the SQLite database its
# default configuration writes next to the code). No USER is added.
FROM python:slim
COPY requirements.txt requirements.txt
RUN pip install --no-cache-dir -r requirements.txt
COPY app app
COPY microblog.py config.py boot.sh ./
EXPOSE 5000
ENTRYPOINT ["./boot.sh"]
