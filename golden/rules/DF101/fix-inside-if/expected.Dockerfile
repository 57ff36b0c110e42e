# An install in one branch of an `if`: -y goes into the nested command; the lists cleanup goes after
# the `fi`, where it is harmless when the branch did not run.
FROM debian:12-slim
ARG WITH_CURL=1
RUN set -eux; \
    if [ "$WITH_CURL" = 1 ]; then \
        apt-get update; \
        apt-get install -y --no-install-recommends curl; \
    fi && \
    rm -rf /var/lib/apt/lists/*; \
    echo done
