set -eux; \
	curl -fsSL -o /tmp/influxdata-archive.key https://repos.influxdata.com/influxdata-archive.key; \
	gpg --show-keys --with-fingerprint --with-colons /tmp/influxdata-archive.key 2>&1 \
		| grep -q '^fpr:\+24C975CBA61A024EE1B631787C3D57159FC2F927:$'; \
	gpg --dearmor < /tmp/influxdata-archive.key > /etc/apt/trusted.gpg.d/influxdata-archive.gpg; \
	rm -f /tmp/influxdata-archive.key; \
	echo 'deb https://repos.influxdata.com/debian stable main' > /etc/apt/sources.list.d/influxdata.list; \
	apt-get update && apt-get install -y "influxdb=${INFLUXDB_VERSION}-1"; \
	rm -rf /var/lib/apt/lists/*; \
	influxd version