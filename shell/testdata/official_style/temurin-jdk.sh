set -eux; \
	ARCH="$(dpkg --print-architecture)"; \
	case "${ARCH}" in \
		amd64) \
			ESUM='a9d0b3dd10c6a8fd6b6a8e1e9a2d4a8b2e6f7b1f58e2c5f3c0d8d9e4f4e0a1b2'; \
			BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.4%2B7/OpenJDK21U-jdk_x64_linux_hotspot_21.0.4_7.tar.gz'; \
			;; \
		arm64) \
			ESUM='d768eecddd7a515711659e02caef8516b7b7177fa34880a56398fd9822593a79'; \
			BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.4%2B7/OpenJDK21U-jdk_aarch64_linux_hotspot_21.0.4_7.tar.gz'; \
			;; \
		*) \
			echo "Unsupported arch: ${ARCH}"; \
			exit 1; \
			;; \
	esac; \
	wget --progress=dot:force -O /tmp/openjdk.tar.gz ${BINARY_URL}; \
	wget --progress=dot:force -O /tmp/openjdk.tar.gz.sig ${BINARY_URL}.sig; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 3B04D753C9050D9A5D343F39843C48A565F8F04B; \
	gpg --batch --verify /tmp/openjdk.tar.gz.sig /tmp/openjdk.tar.gz; \
	rm -rf "${GNUPGHOME}" /tmp/openjdk.tar.gz.sig; \
	echo "${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \
	mkdir -p "$JAVA_HOME"; \
	tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; \
	rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; \
	find "$JAVA_HOME/lib" -name '*.so' -exec dirname '{}' ';' | sort -u > /etc/ld.so.conf.d/docker-openjdk.conf; \
	ldconfig; \
	java -Xshare:dump; \
	fileEncoding="$(echo 'System.out.println(System.getProperty("file.encoding"))' | jshell -s -)"; [ "$fileEncoding" = 'UTF-8' ]; rm -rf ~/.java; \
	javac --version; \
	java --version