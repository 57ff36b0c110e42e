# conda installs the environment file's pip: section with pip, which keeps its cache in ~/.cache/pip.
FROM continuumio/miniconda3
COPY environment.yml .
RUN conda env update -n base -f environment.yml && rm -rf ~/.cache/pip
COPY app.py /app/app.py
CMD ["gunicorn", "app:server", "--chdir", "/app"]
