# With the context, file contents decide: plain files and folders become COPY, safely.
FROM debian:bookworm-slim
COPY requirements.txt /app/
COPY src /app/src
