set -ex; \
	apt-get update; \
	apt-get install -y --no-install-recommends busybox-static bzip2 libldap-common libmagickcore-6.q16-6-extra rsync; \
	rm -rf /var/lib/apt/lists/*; \
	mkdir -p /var/spool/cron/crontabs; \
	printf '%s\n' '*/5 * * * * php -f /var/www/html/cron.php' > /var/spool/cron/crontabs/www-data; \
	mkdir -p /var/www/data; \
	mkdir -p /docker-entrypoint-hooks.d/pre-installation /docker-entrypoint-hooks.d/post-installation /docker-entrypoint-hooks.d/pre-upgrade \
		/docker-entrypoint-hooks.d/post-upgrade /docker-entrypoint-hooks.d/before-starting; \
	chown -R www-data:root /var/www; \
	chmod -R g=u /var/www