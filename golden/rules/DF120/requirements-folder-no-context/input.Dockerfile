# Requirement files in a folder of their own usually include each other (production.txt starts with
# `-r base.txt`). Without the build context dockopt cannot read them, so the folder goes whole: a copy
# of production.txt alone would make the install fail on the missing base.txt.
FROM python:3.12-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -r requirements/production.txt
CMD ["gunicorn", "app:app"]
