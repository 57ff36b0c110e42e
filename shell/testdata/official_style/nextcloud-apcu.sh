set -eux; \
	{ \
		echo 'apc.enable_cli=1'; \
	} >> /usr/local/etc/php/conf.d/docker-php-ext-apcu.ini; \
	{ \
		echo 'memory_limit=${PHP_MEMORY_LIMIT}'; \
		echo 'upload_max_filesize=${PHP_UPLOAD_LIMIT}'; \
		echo 'post_max_size=${PHP_UPLOAD_LIMIT}'; \
	} > /usr/local/etc/php/conf.d/nextcloud.ini; \
	if [ "$(php -r 'echo PHP_SAPI;')" = cli ]; then echo 'cli sapi'; fi; \
	mkdir /var/www/data; \
	mkdir -p /var/www/html/custom_apps; \
	chown -R www-data:root /var/www; \
	chmod -R g=u /var/www