# A system container: its LABEL says how it runs, with --privileged and the host's root mounted, so
# it is meant to run as root and the rule names the label.
FROM fedora:40
LABEL RUN="/usr/bin/docker run -d --name NAME --privileged --pid=host -v /:/host IMAGE /container/run"
COPY container /container
CMD ["/container/run"]
