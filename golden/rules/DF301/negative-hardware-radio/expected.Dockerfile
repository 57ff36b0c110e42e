# Decodes a power meter's radio with an RTL-SDR stick passed in with --device
FROM alpine:3.19
RUN apk add --no-cache rtl-sdr zsh
COPY decode.sh /
ENTRYPOINT ["/decode.sh"]
