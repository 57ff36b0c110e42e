# nltk.download() run as root keeps the data in /root/nltk_data (no nltk.data.path folder exists yet):
# a user with another HOME would not find it, so the rule names it and adds no USER.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN python -c "import nltk; nltk.download('punkt')"
COPY . .
CMD ["gunicorn", "--bind", "0.0.0.0:5001", "app:app"]
