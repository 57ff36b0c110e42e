set -eux; \
	find /opt/couchdb \! \( -user couchdb -group couchdb \) -exec chown -f couchdb:couchdb '{}' +; \
	find /opt/couchdb/etc -type d -exec chmod 0750 '{}' +; \
	find /opt/couchdb/etc -type f -exec chmod 0640 '{}' +; \
	chmod 0755 /opt/couchdb/etc/local.d; \
	sed -i '/^\[log\]/a writer = stderr' /opt/couchdb/etc/default.ini