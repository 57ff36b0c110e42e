# The build runs inside a subshell and a literal for loop: the model reads each nested command
# (make, cp), so the split is planned as if they were written at the top level.
FROM gcc:12
WORKDIR /usr/src/tools
COPY . .
RUN ( cd src && make -j2 ) \
    && for t in hello greet; do cp src/$t /usr/local/bin/$t; done
CMD ["hello"]
