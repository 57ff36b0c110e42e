from alpine
run apk add --no-cache --update curl
run apk add --no-cache \
	git
