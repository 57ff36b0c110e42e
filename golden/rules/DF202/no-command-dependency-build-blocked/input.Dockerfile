# No command on a base whose command dockopt does not know (a notebook image): the stage compiles a
# dependency it cloned and pip-installs its project, but builds nothing in the folder the build context
# went to, so nothing it built is the image's purpose. Its users run cmake and swig in it: not split.
FROM example/tensorflow:1.5.0-py3
RUN apt-get update && apt-get install -y --no-install-recommends cmake swig git zlib1g && rm -rf /var/lib/apt/lists/*
WORKDIR /
RUN git clone https://github.com/openai/atari-py
WORKDIR /atari-py
RUN pip3 install --no-cache-dir .
WORKDIR /atari-py/atari_py/ale_interface
RUN make
COPY . /yarlp
WORKDIR /yarlp
RUN python3 setup.py install
