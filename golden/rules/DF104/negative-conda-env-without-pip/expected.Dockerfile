# No pip: section (pip itself is only a conda package here): conda runs no pip install.
FROM continuumio/miniconda3
COPY environment.yml .
RUN conda env create -f environment.yml
CMD ["python"]
