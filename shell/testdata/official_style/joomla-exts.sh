set -ex; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends libbz2-dev libgmp-dev libicu-dev libjpeg-dev libldap2-dev libmemcached-dev libpng-dev libpq-dev libzip-dev; \
	docker-php-ext-configure gd --with-jpeg; \
	debMultiarch="$(dpkg-architecture --query DEB_BUILD_MULTIARCH)"; \
	docker-php-ext-configure ldap --with-libdir="lib/$debMultiarch"; \
	docker-php-ext-install -j "$(nproc)" bz2 gd gmp intl ldap mysqli pdo_mysql pdo_pgsql pgsql zip; \
	for ext in apcu-5.1.23 memcached-3.2.0 redis-6.0.2; do \
		pecl install "$ext"; \
		docker-php-ext-enable "${ext%%-*}"; \
	done; \
	rm -r /tmp/pear; \
	apt-mark auto '.*' > /dev/null; \
	apt-mark manual $savedAptMark; \
	ldd "$(php -r 'echo ini_get("extension_dir");')"/*.so | awk '/=>/ { print $3 }' | sort -u | xargs -r dpkg-query -S | cut -d: -f1 | sort -u | xargs -rt apt-mark manual; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*