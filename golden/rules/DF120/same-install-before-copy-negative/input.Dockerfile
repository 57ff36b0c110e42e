# The stage already installs from requirements.txt before `COPY . /code/`, in the same folder: the
# dependencies are in place, and the same install after the sources only adds what they bring (a `.`
# in requirements.txt, which setup.py and the package folder stand in for above). Moving it up would
# repeat the first and lose that, so DF120 leaves it.
FROM python:3.11-slim
WORKDIR /code
COPY requirements.txt setup.py /code/
RUN mkdir mypackage
RUN pip install -r requirements.txt
COPY . /code/
RUN pip install -r requirements.txt
