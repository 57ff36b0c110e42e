# The stage gives /app to the app's user; COPY --from keeps owners inside but makes the destination
# folder root's, so production names the owner again (runserver writes db.sqlite3 into /app).
FROM python:3.11
RUN useradd web
WORKDIR /app
COPY requirements.txt /app/
RUN pip install --no-cache-dir -r requirements.txt
RUN chown -R web:web /app
USER web
COPY . /app/
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
