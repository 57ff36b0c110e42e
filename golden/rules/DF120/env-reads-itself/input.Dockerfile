FROM python:3.12-slim
WORKDIR /app
COPY . .
# Repeated above the install, this ENV would put /opt/tools/bin on PATH twice.
ENV PATH=/opt/tools/bin:$PATH
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
