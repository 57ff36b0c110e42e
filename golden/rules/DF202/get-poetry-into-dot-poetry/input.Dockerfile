# The installer before poetry 1.2 (get-poetry.py) puts poetry under ~/.poetry, not ~/.local.
FROM python:3.8
ENV PATH="/root/.poetry/bin:${PATH}"
RUN curl -sSL https://raw.githubusercontent.com/python-poetry/poetry/master/get-poetry.py | python
WORKDIR /app
COPY . .
RUN poetry install -n
CMD ["poetry", "run", "python", "app.py"]
