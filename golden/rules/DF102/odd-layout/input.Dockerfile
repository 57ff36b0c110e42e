from alpine
run apk update	&&	apk add --update curl	&&	rm -rf /var/cache/apk/*
run apk add \
	git
