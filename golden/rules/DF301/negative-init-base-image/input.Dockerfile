# jlesage/baseimage-gui's ENTRYPOINT is s6-overlay's /init, which starts as root and runs the app as
# the user the container is given at run time (USER_ID): a USER would stop the init.
FROM jlesage/baseimage-gui:alpine-3.19-v4
RUN add-pkg firefox
COPY rootfs/ /
ENV APP_NAME="Firefox"
VOLUME ["/config"]
