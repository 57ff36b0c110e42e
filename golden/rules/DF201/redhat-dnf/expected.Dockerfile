FROM rockylinux:9 AS builder
RUN dnf install -y gcc python3-devel postgresql-devel libffi-devel && dnf clean all
RUN pip3 install --prefix=/install psycopg2 cffi

FROM rockylinux:9
RUN dnf install -y libpq libffi python3 && dnf clean all
COPY --from=builder /install /usr/local
CMD ["python3", "-m", "app"]
