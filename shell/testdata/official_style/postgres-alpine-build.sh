set -eux; \
	wget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; \
	echo "$PG_SHA256 *postgresql.tar.bz2" | sha256sum -c -; \
	mkdir -p /usr/src/postgresql; \
	tar --extract --file postgresql.tar.bz2 --directory /usr/src/postgresql --strip-components 1; \
	rm postgresql.tar.bz2; \
	apk add --no-cache --virtual .build-deps bison coreutils dpkg-dev dpkg flex g++ gcc krb5-dev libc-dev \
		libedit-dev libxml2-dev libxslt-dev linux-headers llvm15-dev clang15 make openldap-dev \
		openssl-dev perl-dev perl-ipc-run perl-utils python3-dev tcl-dev util-linux-dev zlib-dev icu-dev lz4-dev zstd-dev; \
	cd /usr/src/postgresql; \
	awk '$1 == "#define" && $2 == "DEFAULT_PGSOCKET_DIR" && $3 == "\"/tmp\"" { $3 = "\"/var/run/postgresql\""; print; next } { print }' src/include/pg_config_manual.h > src/include/pg_config_manual.h.new; \
	grep '/var/run/postgresql' src/include/pg_config_manual.h.new; \
	mv src/include/pg_config_manual.h.new src/include/pg_config_manual.h; \
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	export LLVM_CONFIG="/usr/lib/llvm15/bin/llvm-config"; \
	export CLANG=clang-15; \
	./configure --enable-option-checking=fatal --build="$gnuArch" --enable-integer-datetimes --enable-thread-safety \
		--enable-tap-tests --disable-rpath --with-uuid=e2fs --with-gnu-ld --with-pgport=5432 \
		--with-system-tzdata=/usr/share/zoneinfo --prefix=/usr/local --with-includes=/usr/local/include \
		--with-libraries=/usr/local/lib --with-gssapi --with-ldap --with-tcl --with-perl --with-python \
		--with-openssl --with-libxml --with-libxslt --with-icu --with-llvm --with-lz4 --with-zstd; \
	make -j "$(nproc)" world-bin; \
	make install-world-bin; \
	make -C contrib install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
			| grep -v -e perl -e python -e tcl \
	)"; \
	apk add --no-cache --virtual .postgresql-rundeps $runDeps bash tzdata zstd icu-data-full \
		$([ "$(apk --print-arch)" != 'ppc64le' ] && echo 'nss_wrapper'); \
	apk del --no-network .build-deps; \
	cd /; \
	rm -rf /usr/src/postgresql /usr/local/share/doc /usr/local/share/man; \
	postgres --version