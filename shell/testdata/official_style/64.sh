set -eux; \
\
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
		musl-dev \
		linux-headers \
	; \
	wget -O tomcat.tar.gz "https://downloads.example.org/tomcat-10.1.18.tar.gz"; \
	mkdir -p /usr/src/tomcat; \
	tar -xzf tomcat.tar.gz -C /usr/src/tomcat --strip-components=1; \
	make -C /usr/src/tomcat -j "$(nproc)" all; \
	make -C /usr/src/tomcat install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .tomcat-rundeps $runDeps; \
	apk del --no-network .build-deps; \
\
	if ! getent group tomcat > /dev/null; then groupadd -r tomcat --gid=999; fi; \
	id -u tomcat > /dev/null 2>&1 || useradd -r -g tomcat --uid=999 --home-dir=/var/lib/tomcat tomcat; \
	mkdir -p /var/lib/tomcat && chown -R tomcat:tomcat /var/lib/tomcat; \
\
	tomcat --version && tomcat-cli --version