set -eux; \
	setConfs=' CONFIG_AR=y CONFIG_FEATURE_AR_CREATE=y CONFIG_FEATURE_AR_LONG_FILENAMES=y CONFIG_LAST_SUPPORTED_WCHAR=0 CONFIG_STATIC=y '; \
	unsetConfs=' CONFIG_FEATURE_SYNC_FANCY CONFIG_FEATURE_HAVE_RPC CONFIG_FEATURE_INETD_RPC CONFIG_FEATURE_UTMP CONFIG_FEATURE_WTMP '; \
	make defconfig; \
	for conf in $unsetConfs; do \
		sed -i -e "s!^$conf=.*\$!# $conf is not set!" .config; \
	done; \
	for confV in $setConfs; do \
		conf="${confV%=*}"; \
		sed -i -e "s!^$conf=.*\$!$confV!" -e "s!^# $conf is not set\$!$confV!" .config; \
		if ! grep -q "^$confV\$" .config; then \
			echo "$confV" >> .config; \
		fi; \
	done; \
	make oldconfig; \
	for conf in $unsetConfs; do \
		! grep -q "^$conf=" .config; \
	done; \
	for confV in $setConfs; do \
		grep -q "^$confV\$" .config; \
	done; \
	nproc="$(nproc)"; \
	make -j "$nproc" busybox; \
	./busybox --help; \
	mkdir -p rootfs/bin; \
	ln -vL busybox rootfs/bin/; \
	chroot rootfs /bin/busybox --install /bin