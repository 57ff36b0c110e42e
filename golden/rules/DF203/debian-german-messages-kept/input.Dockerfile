# The programs are asked for German messages, whose translations the slim image leaves out.
FROM debian:bookworm
ENV LANG=de_DE.UTF-8
RUN apt-get update && apt-get install -y --no-install-recommends locales rsync && rm -rf /var/lib/apt/lists/* \
    && sed -i 's/# de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen
COPY sync.sh /usr/local/bin/sync.sh
CMD ["/usr/local/bin/sync.sh"]
