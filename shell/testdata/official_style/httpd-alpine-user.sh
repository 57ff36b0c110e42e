set -x \
	&& adduser -u 82 -D -S -G www-data www-data