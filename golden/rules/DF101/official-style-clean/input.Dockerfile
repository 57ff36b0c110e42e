# The official images' conditional gpg install: already clean inside its branch, nothing to change.
FROM debian:12-slim
RUN set -eux; \
	if ! command -v gpg > /dev/null; then \
		apt-get update; \
		apt-get install -y --no-install-recommends \
			gnupg \
			dirmngr \
		; \
		rm -rf /var/lib/apt/lists/*; \
	fi; \
	dpkgArch="$(dpkg --print-architecture)"; \
	case "$dpkgArch" in \
		amd64) arch=x64 ;; \
		arm64) arch=arm64 ;; \
		*) echo >&2 "unsupported: $dpkgArch"; exit 1 ;; \
	esac; \
	echo "$arch"
