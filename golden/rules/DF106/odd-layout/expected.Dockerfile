from alpine
run	gem	install --no-document	fpm
