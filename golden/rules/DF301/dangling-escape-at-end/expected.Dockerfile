FROM alpine:3.19 AS release
RUN apk add --no-cache python3
COPY app.py /app/app.py
WORKDIR /app
CMD ["python3", "app.py"]

# The last RUN ends in a continuation and the file ends there: the USER that is appended must not
# join that RUN.
FROM release AS dev
RUN ln -sf /dev/stdout /tmp/app.log \
    && ln -sf /dev/stderr /var/log/error.log 
RUN adduser -D -u 10001 app && chown 10001 /app
USER app
