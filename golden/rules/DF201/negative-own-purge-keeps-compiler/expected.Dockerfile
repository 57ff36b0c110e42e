# The stage purges its build dependencies but deliberately keeps gcc and g++: an online judge that
# compiles submissions. DF201 does not purge them after the build either.
FROM ubuntu:16.04
RUN buildDeps='git cmake libseccomp-dev' && \
    apt-get update && apt-get install -y python3 gcc g++ $buildDeps && \
    git clone --depth 1 https://github.com/example/judger /tmp/judger && \
    cd /tmp/judger && mkdir build && cd build && cmake .. && make && make install && \
    apt-get purge -y --auto-remove $buildDeps && rm -rf /var/lib/apt/lists/*
COPY server /code
WORKDIR /code
ENTRYPOINT ["/code/entrypoint.sh"]
