# Ubuntu 16.04's table comes from its own package index (gen_debian.py --distro ubuntu): the final
# stage's -dev packages become the runtime libraries of xenial (libpng12-0, libjasper1).
FROM ubuntu:16.04 AS builder
RUN apt-get update && apt-get install -y g++ libpng12-dev libjasper-dev
COPY . /src
RUN make -C /src

FROM ubuntu:16.04
RUN apt-get update && apt-get install -y libpng12-dev libjasper-dev
COPY --from=builder /src/app /usr/local/bin/app
CMD ["app"]
