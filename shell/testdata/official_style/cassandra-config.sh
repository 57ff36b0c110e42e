set -eux; \
	mkdir -p "$CASSANDRA_CONF" /var/lib/cassandra /var/log/cassandra; \
	chown -R cassandra:cassandra "$CASSANDRA_CONF" /var/lib/cassandra /var/log/cassandra; \
	chmod 1777 "$CASSANDRA_CONF" /var/lib/cassandra /var/log/cassandra; \
	chmod -R a+rwX "$CASSANDRA_CONF"; \
	mv "$CASSANDRA_CONF"/* /etc/cassandra/; \
	rmdir "$CASSANDRA_CONF"; \
	ln -sT /etc/cassandra "$CASSANDRA_CONF"; \
	ln -sT /var/lib/cassandra "$CASSANDRA_HOME/data"; \
	ln -sT /var/log/cassandra "$CASSANDRA_HOME/logs"; \
	for yaml in listen_address broadcast_address broadcast_rpc_address; do \
		sed -ri 's/^(# )?('"$yaml"':).*/\2 '"127.0.0.1"'/' "$CASSANDRA_CONF/cassandra.yaml"; \
	done; \
	cassandra -v