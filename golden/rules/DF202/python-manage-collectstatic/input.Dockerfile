# A project script (manage.py) run in the folder the context was copied to: assumed to write there
# (STATIC_ROOT inside the project), and production copies that folder from the builder whole.
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "site.wsgi"]
