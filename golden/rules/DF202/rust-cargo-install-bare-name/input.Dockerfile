# `cargo install` puts the program in /usr/local/cargo/bin, on the rust image's PATH.
FROM rust:1.70
WORKDIR /src
COPY . .
RUN cargo install --path .
ENV PATH=/usr/local/cargo/bin:$PATH
CMD ["wordfreq"]
