set -eux; \
	apk add --no-cache --virtual .build-deps coreutils freetype-dev libjpeg-turbo-dev libpng-dev libwebp-dev libzip-dev postgresql-dev; \
	docker-php-ext-configure gd --with-freetype --with-jpeg=/usr/include --with-webp; \
	docker-php-ext-install -j "$(nproc)" gd opcache pdo_mysql pdo_pgsql zip; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .drupal-phpexts-rundeps $runDeps; \
	apk del --no-network .build-deps