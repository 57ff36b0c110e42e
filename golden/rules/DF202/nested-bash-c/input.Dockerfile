# `bash -c STR` is parsed and walked like the RUN itself: its cd lasts only inside the string.
FROM gcc:12
COPY . /usr/src/hello
RUN bash -c 'cd /usr/src/hello && make -j2 && make install PREFIX=/usr/local'
CMD ["hello"]
