set -ex; \
	echo '/usr/local/lib64' > /etc/ld.so.conf.d/local-lib64.conf; \
	ldconfig -v; \
	dpkg-divert --divert /usr/bin/gcc.orig --rename /usr/bin/gcc; \
	update-alternatives --install /usr/bin/cc cc /usr/local/bin/gcc 999; \
	update-alternatives --install "$(dirname "$(readlink -f "$(command -v c++)")")/c++" c++ /usr/local/bin/g++ 999