FROM python:3.11-slim
WORKDIR /srv
COPY requirements/prod.txt requirements/base.txt requirements/
COPY constraints.txt .
COPY libs/auth/ libs/auth/
COPY libs/metrics/ libs/metrics/
RUN pip install --no-cache-dir -r requirements/prod.txt
COPY . .
CMD ["python", "-m", "svc"]
