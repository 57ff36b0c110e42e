set -eux; \
	apt-get update; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales; \
	echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; \
	locale-gen en_US.UTF-8; \
	rm -rf /var/lib/apt/lists/*; \
	if command -v trust > /dev/null 2>&1; then \
		mkdir -p /etc/ca-certificates/update.d; \
		printf '#!/bin/sh\ntrust extract --overwrite --format=java-cacerts --filter=ca-anchors --purpose=server-auth %s\n' "$JAVA_HOME/lib/security/cacerts" > /etc/ca-certificates/update.d/docker-openjdk; \
		chmod +x /etc/ca-certificates/update.d/docker-openjdk; \
		/etc/ca-certificates/update.d/docker-openjdk; \
	fi