FROM continuumio/miniconda3:23.10.0-1
# numerical stack from conda-forge, then a smoke test
RUN conda install -y -c conda-forge \
        # pinned for the model
        numpy=1.26 \
        scipy && \
    python -c "import numpy"
CMD ["python"]
