FROM gcc:12

RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/hello
COPY . .
RUN make -j2

EXPOSE 9000
CMD ["./hello", "--port", "9000"]
