FROM gcc:12
WORKDIR /usr/src/tool
COPY . .
RUN ./configure && make && make test && make install
ENTRYPOINT ["/usr/local/bin/tool"]
