# An unknown command inside an if branch stays unknown: it may write anywhere when it runs, so the
# split is not planned, and the finding names it ('frobnicate').
FROM gcc:12
WORKDIR /usr/src/hello
COPY . .
RUN make -j2 && if [ -n "$EXTRA" ]; then frobnicate --install; fi
CMD ["./hello"]
