FROM registry.access.redhat.com/ubi9/ubi AS builder
RUN dnf install -y gcc make openssl-devel && dnf clean all
COPY . /src
RUN make -C /src

FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y openssl-libs && microdnf clean all
COPY --from=builder /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
