# shadowsocks-rust's shape: ssserver is told to switch to 'nobody' ('-a nobody'), which it can only
# do when it starts as root: a USER line would stop it. Reported, not rewritten.
FROM alpine:3.16
COPY ssserver /usr/local/bin/
COPY config.json /etc/shadowsocks-rust/
CMD ["ssserver", "--log-without-time", "-a", "nobody", "-c", "/etc/shadowsocks-rust/config.json"]
