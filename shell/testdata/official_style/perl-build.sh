true \
	&& curl -fL https://www.cpan.org/src/5.0/perl-5.40.0.tar.xz -o perl-5.40.0.tar.xz \
	&& echo 'd5325300ad267624cb0b7d512cfdfcd74fa7fe00c455c5b51a6bd53e5e199ef9 *perl-5.40.0.tar.xz' | sha256sum --strict --check - \
	&& tar --strip-components=1 -xaf perl-5.40.0.tar.xz -C /usr/src/perl \
	&& rm perl-5.40.0.tar.xz \
	&& cat *.patch | patch -p1 \
	&& gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" \
	&& archBits="$(dpkg-architecture --query DEB_BUILD_ARCH_BITS)" \
	&& archFlag="$([ "$archBits" = '64' ] && echo '-Duse64bitall' || echo '-Duse64bitint')" \
	&& ./Configure -Darchname="$gnuArch" "$archFlag" -Dusethreads -Duseshrplib -Dvendorprefix=/usr/local -des \
	&& make -j$(nproc) \
	&& TEST_JOBS=$(nproc) make test_harness \
	&& make install \
	&& cd /usr/src \
	&& curl -fLO https://www.cpan.org/authors/id/M/MI/MIYAGAWA/App-cpanminus-1.7047.tar.gz \
	&& echo '963e63c6e1a8725ff2f624e9086396ae150db51dd0a337c3781d09a994af05a5 *App-cpanminus-1.7047.tar.gz' | sha256sum --strict --check - \
	&& tar -xzf App-cpanminus-1.7047.tar.gz && cd App-cpanminus-1.7047 \
	&& perl -pi -E 's{http://(www\.cpan\.org|backpan\.perl\.org|cpan\.metacpan\.org|fastapi\.metacpan\.org|cpanmetadb\.plackperl\.org)}{https://$1}g' bin/cpanm \
	&& perl -pi -E 's{try_lwp=>1}{try_lwp=>0}g' bin/cpanm \
	&& perl bin/cpanm . && cd /root \
	&& cpanm IO::Socket::SSL \
	&& rm -fr /root/.cpanm /usr/src/perl /usr/src/App-cpanminus-1.7047* /tmp/*