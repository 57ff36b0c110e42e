# An install in a function body runs where the function is called, possibly after any place dockopt
# could put the cleanup: the missing cleanup is only reported; -y still goes into the body.
FROM debian:12-slim
RUN install_pkgs() { apt-get update && apt-get install -y --no-install-recommends "$@"; }; \
    install_pkgs curl
