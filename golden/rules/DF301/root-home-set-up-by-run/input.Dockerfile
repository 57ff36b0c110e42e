# A RUN makes the program's settings in root's home (~ is /root while RUN runs as root): the new user's
# HOME is elsewhere and /root is private, so the settings would be lost; the rule names the RUN.
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends gnuradio && rm -rf /var/lib/apt/lists/*
RUN mkdir -p ~/.gnuradio/prefs && echo -n gr::vmcircbuf_mmap_tmpfile_factory > ~/.gnuradio/prefs/vmcircbuf_default_factory
WORKDIR /flowgraphs
COPY top_block.py .
CMD ["./top_block.py"]
