set -eux; \
	patchLevel=0; \
	while [ "$patchLevel" -lt "$BASH_PATCHES" ]; do \
		patchLevel=$((patchLevel + 1)); \
		patch="$(printf '%03d' "$patchLevel")"; \
		wget -O "bash-patches/bash${_BASH_VERSION//./}-$patch" "https://ftp.gnu.org/gnu/bash/bash-$_BASH_VERSION-patches/bash${_BASH_VERSION//./}-$patch"; \
	done; \
	cd /usr/src/bash; \
	for p in ../bash-patches/*; do \
		patch -p0 -i "$p"; \
	done; \
	./configure --enable-readline --with-curses --without-bash-malloc || { cat >&2 config.log; false; }; \
	make -j "$(nproc)" y.tab.c; make -j "$(nproc)" builtins/libbuiltins.a; \
	make -j "$(nproc)"; \
	make install; \
	cd /; rm -r /usr/src/bash; \
	bash --version; \
	bash -c 'help' > /dev/null