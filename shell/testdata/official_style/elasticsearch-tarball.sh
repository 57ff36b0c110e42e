set -eux; \
	arch="$(dpkg --print-architecture)"; \
	case "$arch" in \
		amd64) esArch='x86_64' ;; \
		arm64) esArch='aarch64' ;; \
		*) echo >&2 "no Elasticsearch build for $arch"; exit 1 ;; \
	esac; \
	tries=0; \
	until curl -fsSL -o elasticsearch.tar.gz "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-$ES_VERSION-linux-$esArch.tar.gz"; do \
		tries=$((tries + 1)); \
		[ "$tries" -lt 5 ] || exit 1; \
		sleep "$tries"; \
	done; \
	tar -xf elasticsearch.tar.gz --strip-components=1; \
	rm elasticsearch.tar.gz; \
	chown -R elasticsearch:root .; \
	for path in ./data ./logs ./config ./config/scripts; do \
		mkdir -p "$path"; \
		chown -R elasticsearch:root "$path"; \
	done; \
	export ES_JAVA_OPTS='-Xms32m -Xmx32m'; \
	if ./bin/elasticsearch-plugin list > /dev/null 2>&1; then echo plugins ok; else echo >&2 plugin list failed; fi