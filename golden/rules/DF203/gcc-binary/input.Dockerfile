FROM gcc:11
COPY build/hello /usr/local/bin/hello
ENTRYPOINT ["hello"]
