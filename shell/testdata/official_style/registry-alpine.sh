set -eux; \
	version='2.8.3'; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		x86_64) arch='amd64'; sha256='b1f750ecbe09f38e2143e22c61a25e3da2afe1510d9522859230b480e642ceff' ;; \
		aarch64) arch='arm64'; sha256='48ed4a2a4a3ec9d2b2a1e1a0c6d3f1c0e8f1b9a7d6c5b4a3f2e1d0c9b8a7f6e5' ;; \
		s390x) arch='s390x'; sha256='0e4c2a1b3d5f7e9081a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7' ;; \
		*) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
	esac; \
	wget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \
	echo "$sha256 *registry.tar.gz" | sha256sum -c -; \
	tar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \
	rm registry.tar.gz; \
	registry --version