set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps; \
	if grep -q '^ID=ubuntu' /etc/os-release; then \
		apt-get install -y --no-install-recommends bzr; \
	fi; \
	rm -rf /var/lib/apt/lists/*