# The stage adds yarn's repository, served over https. debian:bullseye-slim has no CA certificates, so
# production installs them from Debian's own repositories before it copies the repository in.
FROM debian:bullseye
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates gnupg gcc libc6-dev make \
    && curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | gpg --dearmor -o /usr/share/keyrings/yarn.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/yarn.gpg] https://dl.yarnpkg.com/debian/ stable main" > /etc/apt/sources.list.d/yarn.list \
    && apt-get update && apt-get install -y --no-install-recommends yarn \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && make install
CMD ["/usr/local/bin/hello"]
