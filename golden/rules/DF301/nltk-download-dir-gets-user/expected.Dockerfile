# download_dir puts the data outside root's home, where any user reads it: the user is added.
FROM python:3.12-slim
WORKDIR /app
COPY --chown=10001 requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN python -c "import nltk; nltk.download('punkt', download_dir='/usr/local/share/nltk_data')"
COPY --chown=10001 . .
RUN useradd --create-home --uid 10001 app && chown 10001 /app
USER app
CMD ["gunicorn", "--bind", "0.0.0.0:5001", "app:app"]
