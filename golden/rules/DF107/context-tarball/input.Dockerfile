# The context proves "vendor-bundle" (no extension) is a gzipped tarball: ADD unpacks it, so it stays;
# "entrypoint" is plain text: COPY, safe.
FROM debian:bookworm-slim
ADD vendor-bundle /opt/vendor/
ADD entrypoint /usr/local/bin/
