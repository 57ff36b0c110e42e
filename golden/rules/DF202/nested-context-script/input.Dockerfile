# With the build context, a script of the project is read as if inlined: its make and
# make install are known, so the split is planned.
FROM gcc:12
WORKDIR /usr/src/app
COPY . .
RUN ./build.sh
CMD ["app"]
