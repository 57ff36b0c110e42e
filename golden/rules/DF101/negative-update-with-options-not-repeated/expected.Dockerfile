# The archived release's lists need the update's option: an update added without it would fail.
FROM debian:jessie
RUN apt-get -o Acquire::Check-Valid-Until=false update && apt-get install -y --no-install-recommends curl
ENV LANG=C.UTF-8
RUN apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
