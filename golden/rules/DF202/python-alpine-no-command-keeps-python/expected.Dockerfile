# No command of its own: the container runs python's REPL from the base image, which the stage's
# `make install` into /usr/local did not build: production stays on the python image.
FROM python:3.11-alpine AS builder
RUN apk add --no-cache build-base
ENV PATH="/root/.local/bin:$PATH"
RUN pip install --no-cache-dir --user cssmin
COPY t1utils /t1utils
RUN cd /t1utils && ./configure && make && make install

FROM python:3.11-alpine AS production
RUN apk add --no-cache libstdc++ libgcc
ENV PATH="/root/.local/bin:$PATH"
COPY --from=builder /root/.local /root/.local
COPY --from=builder /t1utils /t1utils
COPY --from=builder /usr/local /usr/local
