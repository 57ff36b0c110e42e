set -eux; \
	mkdir -p "$GHOST_INSTALL"; \
	chown node:node "$GHOST_INSTALL"; \
	apt-get update; \
	apt-get install -y --no-install-recommends libvips42; \
	savedAptMark="$(apt-mark showmanual)"; \
	gosu node ghost install "$GHOST_VERSION" --db mysql --dbhost mysql --no-prompt --no-stack --no-setup --dir "$GHOST_INSTALL"; \
	cd "$GHOST_INSTALL"; \
	gosu node ghost config --no-prompt --ip '::' --port 2368 --url 'http://localhost:2368'; \
	gosu node ghost config paths.contentPath "$GHOST_CONTENT"; \
	gosu node ln -s config.production.json "$GHOST_INSTALL/config.development.json"; \
	readlink -f "$GHOST_INSTALL/config.development.json"; \
	mv "$GHOST_CONTENT" "$GHOST_INSTALL/content.orig"; \
	mkdir -p "$GHOST_CONTENT"; \
	chown node:node "$GHOST_CONTENT"; \
	chmod 1777 "$GHOST_CONTENT"; \
	cd "$GHOST_INSTALL/current"; \
	sqlite3Version="$(node -p 'require("./package.json").optionalDependencies["sqlite3"]')"; \
	if ! gosu node yarn add "sqlite3@$sqlite3Version" --force; then \
		apt-get install -y --no-install-recommends g++ gcc libc-dev libvips-dev make python3; \
		gosu node yarn add "sqlite3@$sqlite3Version" --force --build-from-source --ignore-optional; \
		apt-mark showmanual | xargs apt-mark auto > /dev/null; \
		[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
		apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	fi; \
	gosu node yarn cache clean; \
	gosu node npm cache clean --force; \
	npm cache clean --force; \
	rm -rv /tmp/yarn* /tmp/v8*; \
	rm -rf /var/lib/apt/lists/*