# `apk add` in an `else` branch gets --no-cache like any other.
FROM alpine:3.19
ARG EXTRA=""
RUN if [ -z "$EXTRA" ]; then \
        echo "no extras"; \
    else \
        apk add $EXTRA; \
    fi
