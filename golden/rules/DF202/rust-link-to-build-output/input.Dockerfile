# A link to the built program stands for it: production takes the program and the link (COPY
# follows a link it is given), not the whole project with its target/ folder.
FROM rust:1.75
WORKDIR /usr/src/myapp
COPY . .
RUN cargo build --release --bin dmm-tools
RUN ln -s /usr/src/myapp/target/release/dmm-tools /usr/src/myapp/dmm-tools \
 && ln -s /usr/src/myapp/target/release/dmm-tools /usr/local/bin/dmm
ENTRYPOINT ["./dmm-tools"]
CMD ["help"]
