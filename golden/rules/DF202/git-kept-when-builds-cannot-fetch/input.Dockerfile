# The only build tool to drop is git, and nothing in the stage could use it: pip installs named
# packages and local wheels (--no-index) without a repository. git is for the container (opsdroid
# clones skills at start), so the stage is not split.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache build-base
COPY . /src
RUN pip wheel --wheel-dir /wheels /src

FROM python:3.12-alpine
COPY --from=builder /wheels /wheels
RUN apk add --no-cache git libzmq \
 && pip install --upgrade pip setuptools \
 && pip install --no-cache-dir --no-index -f /wheels opsdroid \
 && rm -rf /wheels
ENTRYPOINT ["opsdroid"]
CMD ["start"]
