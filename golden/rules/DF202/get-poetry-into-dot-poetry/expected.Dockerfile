# The installer before poetry 1.2 (get-poetry.py) puts poetry under ~/.poetry, not ~/.local.
FROM python:3.8 AS builder
ENV PATH="/root/.poetry/bin:${PATH}"
RUN curl -sSL https://raw.githubusercontent.com/python-poetry/poetry/master/get-poetry.py | python
WORKDIR /app
COPY . .
RUN poetry install -n

FROM python:3.8-slim AS production
ENV PATH="/root/.poetry/bin:${PATH}"
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /root/.cache/pypoetry/virtualenvs /root/.cache/pypoetry/virtualenvs
COPY --from=builder /root/.poetry /root/.poetry
CMD ["poetry", "run", "python", "app.py"]
