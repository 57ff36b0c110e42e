from alpine
run	gem	install	fpm
