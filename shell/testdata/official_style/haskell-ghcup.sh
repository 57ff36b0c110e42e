set -eux; \
	cd /tmp; \
	ARCH="$(dpkg-architecture --query DEB_BUILD_GNU_CPU)"; \
	GHC_URL="https://downloads.haskell.org/~ghc/$GHC/ghc-$GHC-$ARCH-deb10-linux.tar.xz"; \
	case "$ARCH" in \
		'aarch64') GHC_SHA256='a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2' ;; \
		'x86_64') GHC_SHA256='f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382716a5b4c3d2e1f0a9' ;; \
		*) echo >&2 "error: unsupported architecture '$ARCH'" ; exit 1 ;; \
	esac; \
	curl -sSL "$GHC_URL" -o ghc.tar.xz; \
	echo "$GHC_SHA256 ghc.tar.xz" | sha256sum --strict --check; \
	GNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \
	curl -sSL "$GHC_URL.sig" -o ghc.tar.xz.sig; \
	gpg --batch --keyserver keyserver.ubuntu.com --receive-keys FFEB7CE81E16A36B3E2DED6F2DE04D4E97DB64AD; \
	gpg --batch --verify ghc.tar.xz.sig ghc.tar.xz; \
	gpgconf --kill all; \
	tar xf ghc.tar.xz; \
	cd "ghc-$GHC-$ARCH-unknown-linux"; \
	./configure --prefix "/opt/ghc/$GHC"; \
	make install; \
	find "/opt/ghc/$GHC/" \( -name "*_p.a" -o -name "*.p_hi" \) -type f -delete; \
	rm -rf /opt/ghc/$GHC/share/; \
	rm -rf "$GNUPGHOME" /tmp/*; \
	"/opt/ghc/$GHC/bin/ghc" --version