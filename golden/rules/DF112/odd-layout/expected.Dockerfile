from debian:bookworm as builder
workdir /build
run echo hi > /built.txt
from debian:bookworm-slim
copy --from=0 /built.txt /built.txt
