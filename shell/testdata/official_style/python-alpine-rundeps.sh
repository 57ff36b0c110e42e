set -eux; \
	apk add --no-cache --virtual .build-deps bluez-dev bzip2-dev dpkg-dev dpkg findutils gcc gdbm-dev gnupg libc-dev libffi-dev \
		libnsl-dev libtirpc-dev linux-headers make ncurses-dev openssl-dev pax-utils readline-dev sqlite-dev tar tcl-dev tk tk-dev \
		util-linux-dev xz xz-dev zlib-dev; \
	wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \
	mkdir -p /usr/src/python && tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz && rm python.tar.xz; \
	cd /usr/src/python; \
	./configure --build="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" --enable-shared --with-ensurepip; \
	make -j "$(nproc)" "EXTRA_CFLAGS=-DTHREAD_STACK_SIZE=0x100000" "LDFLAGS=-Wl,--strip-all"; \
	make install; \
	cd /; rm -rf /usr/src/python; \
	find /usr/local -depth \( \( -type d -a \( -name test -o -name tests \) \) -o \( -type f -a -name '*.pyc' \) \) -exec rm -rf '{}' +; \
	find /usr/local -type f -executable -not \( -name '*tkinter*' \) -exec scanelf --needed --nobanner --format '%n#p' '{}' ';' \
		| tr ',' '\n' \
		| sort -u \
		| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
		| xargs -rt apk add --no-network --virtual .python-rundeps \
	; \
	apk del --no-network .build-deps; \
	python3 --version