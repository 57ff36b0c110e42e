# The app logs into /var/log/app, which the stage makes and gives to its user.
FROM python:3.7-alpine AS builder
WORKDIR /opt/app
RUN mkdir -p /opt/app /var/log/app /var/uploads
RUN apk add --no-cache gcc musl-dev libffi-dev
COPY . /opt/app
RUN pip install -r requirements.txt --no-cache-dir
RUN adduser -D -u 1001 app && chown -R 1001:1001 /opt/app /var/log/app /var/uploads

FROM python:3.7-alpine AS production
WORKDIR /opt/app
RUN apk add --no-cache libffi \
    && adduser -D -u 1001 app
COPY --from=builder --chown=1001:1001 /opt/app /opt/app
COPY --from=builder /usr/local/bin /usr/local/bin
COPY --from=builder /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.7/site-packages
COPY --from=builder --chown=1001:1001 /var/log/app /var/log/app
COPY --from=builder --chown=1001:1001 /var/uploads /var/uploads
USER 1001
ENTRYPOINT ["/opt/app/docker-entrypoint.sh"]
