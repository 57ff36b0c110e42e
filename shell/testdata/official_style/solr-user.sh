set -ex; \
	if ! getent group "$SOLR_GID" > /dev/null; then groupadd -r --gid "$SOLR_GID" "$SOLR_GROUP"; fi; \
	if ! getent passwd "$SOLR_UID" > /dev/null; then \
		useradd -r --uid "$SOLR_UID" --gid "$SOLR_GID" "$SOLR_USER"; \
	fi; \
	mkdir -p /var/solr/data /var/solr/logs; \
	(cd /opt/solr/server/solr; cp solr.xml zoo.cfg /var/solr/data/); \
	chown -R "$SOLR_USER:0" /var/solr; \
	test ! -e /opt/solr/modules || ln -s /opt/solr/modules /opt/solr/contrib