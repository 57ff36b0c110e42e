# Ubuntu 14.04 has no package table: DF201 names the runtime libraries of its old -dev names
# (libpng12-dev -> libpng12-0) in a suggestion and rewrites nothing.
FROM ubuntu:14.04 AS builder
RUN apt-get update && apt-get install -y g++ libpng12-dev libjasper-dev
COPY . /src
RUN make -C /src

FROM ubuntu:14.04
RUN apt-get update && apt-get install -y libpng12-dev libjasper-dev
COPY --from=builder /src/app /usr/local/bin/app
CMD ["app"]
