FROM python:3.12-alpine AS builder
RUN pip wheel -w /wheels psycopg2-binary

FROM python:3.12-alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev \
    && apk del .build-deps
COPY --from=builder /wheels /wheels
CMD ["python", "-m", "app"]
