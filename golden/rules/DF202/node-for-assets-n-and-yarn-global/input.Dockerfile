# npm comes from apt only to build the front-end: the global installs are node's own version manager (n)
# and yarn, tools of the build, not programs the container runs, so the finding names npm as the build's.
FROM python:3.11-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN npm install n -g && n lts
RUN npm install -g yarn
COPY . .
RUN cd web && yarn && yarn build
CMD ["python", "main.py"]
