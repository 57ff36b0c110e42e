set -xe \
	&& OTP_DOWNLOAD_URL="https://github.com/erlang/otp/archive/OTP-${OTP_VERSION}.tar.gz" \
	&& runtimeDeps='libodbc2 libsctp1 libwxgtk3.2' \
	&& buildDeps='unixodbc-dev libsctp-dev libwxgtk-webview3.2-dev' \
	&& apt-get update \
	&& apt-get install -y --no-install-recommends $runtimeDeps \
	&& apt-get install -y --no-install-recommends $buildDeps \
	&& curl -fSL -o otp-src.tar.gz "$OTP_DOWNLOAD_URL" \
	&& echo "$OTP_DOWNLOAD_SHA256  otp-src.tar.gz" | sha256sum -c - \
	&& export ERL_TOP="/usr/src/otp_src_${OTP_VERSION%%@*}" \
	&& mkdir -vp $ERL_TOP \
	&& tar -xzf otp-src.tar.gz -C $ERL_TOP --strip-components=1 \
	&& rm otp-src.tar.gz \
	&& ( cd $ERL_TOP \
		&& ./otp_build autoconf \
		&& gnuArch="$(dpkg-architecture --query DEB_HOST_GNU_TYPE)" \
		&& jitFlag= \
		&& case "$gnuArch" in \
			x86_64-*-linux-gnu|aarch64-*-linux-gnu) jitFlag='--enable-jit';; \
		esac \
		&& ./configure --build="$gnuArch" $jitFlag \
		&& make -j$(nproc) \
		&& make -j$(nproc) docs DOC_TARGETS=chunks \
		&& make install install-docs DOC_TARGETS=chunks ) \
	&& find /usr/local -name examples | xargs rm -rf \
	&& apt-get purge -y --auto-remove $buildDeps \
	&& rm -rf $ERL_TOP /var/lib/apt/lists/*