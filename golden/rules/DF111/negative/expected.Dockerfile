FROM debian:12
RUN make || true
RUN --mount=type=cache,target=/root/.cache make
RUN ["echo", "exec form"]
RUN echo a; echo b
ENV A=1
RUN echo c
