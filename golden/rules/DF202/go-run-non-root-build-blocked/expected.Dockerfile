# The build would run as a user who cannot write /usr/local/bin.
FROM golang:1.22
RUN useradd -m dev
WORKDIR /home/dev/app
COPY --chown=dev . .
USER dev
ENV GOFLAGS=-mod=vendor
CMD ["go", "run", "."]
