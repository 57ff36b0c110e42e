# With the context, file contents decide: plain files and folders become COPY, safely.
FROM debian:bookworm-slim
ADD requirements.txt /app/
ADD src /app/src
