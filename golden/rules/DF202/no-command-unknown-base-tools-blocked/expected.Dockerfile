# No CMD or ENTRYPOINT, on a base whose own command dockopt does not know: with nothing of its own to
# run, the image is its tools (chefdk, vagrant, git, awscli for a CI job), and a split would take git
# and pip away from the people who run them. DF202 reports the blocker instead.
FROM example/precise-with-updates
RUN apt-get update && apt-get install -y curl build-essential libxml2-dev git python-pip && rm -rf /var/lib/apt/lists/*
RUN wget -q -O /tmp/chefdk.deb https://example.com/chefdk_0.2.1-1_amd64.deb \
	&& dpkg -i /tmp/chefdk.deb \
	&& rm /tmp/chefdk.deb
RUN pip install awscli
ENV PATH /opt/chefdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
