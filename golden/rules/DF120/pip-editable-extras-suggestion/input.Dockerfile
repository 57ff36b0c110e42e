FROM python:3.10-alpine
# ihatemoney: an editable install of the copied project with extras; the extras name no files
ADD . /src
RUN pip install --no-cache-dir -e /src[database]
ENTRYPOINT ["/src/conf/entrypoint.sh"]
