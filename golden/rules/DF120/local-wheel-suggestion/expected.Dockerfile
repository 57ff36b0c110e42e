# The wheel built from the sources names the dependencies: DF120 can only suggest
FROM python:3.12-slim AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY . /build
WORKDIR /build
RUN pip install --no-cache-dir build && python -m build --wheel && pip install --no-cache-dir dist/*.whl

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
CMD ["myapp"]
