# On gcc:12 the program alone leaves /usr/local (the official image keeps its compiler there), but
# the first `make install` put a shared library beside it that ldconfig indexed: production would
# lack it, so the split is not planned and the finding names the install.
FROM gcc:12
WORKDIR /usr/src/slug
COPY . .
RUN make -C libslug install PREFIX=/usr/local && ldconfig
RUN make -C cli install PREFIX=/usr/local
CMD ["slugify", "Hello, World!"]
