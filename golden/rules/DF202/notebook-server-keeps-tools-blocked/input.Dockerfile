# A notebook server runs its users' code (`!pip install`, `%%cython`): the compiler the stage
# installs is for them, so the stage is not split.
FROM python:3.11
RUN apt-get update && apt-get install -y --no-install-recommends build-essential gfortran \
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir jupyter numpy scipy
WORKDIR /notebooks
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--allow-root"]
