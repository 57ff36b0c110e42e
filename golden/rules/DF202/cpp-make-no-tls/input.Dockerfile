# Sources that name no TLS or network library and run no other program: no CA certificates.
FROM gcc:12
WORKDIR /usr/src/csvstat
COPY . .
RUN make && make install
CMD ["csvstat", "--version"]
