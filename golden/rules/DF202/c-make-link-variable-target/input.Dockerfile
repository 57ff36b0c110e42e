FROM gcc:12
ENV TZ=Etc/UTC
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev tzdata \
    && ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/hello
COPY . .
RUN cd src && make -j2 && cd - && cp src/hello ./hello
CMD ["./hello"]
