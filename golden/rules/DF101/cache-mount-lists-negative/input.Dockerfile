# The lists live in a cache mount shared by the RUNs (and by later builds): they are not in any
# layer, and removing them would leave the second RUN's install (no update) nothing to read when
# only its stage is rebuilt.
FROM debian:bookworm-slim AS base
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends libpq5

FROM base AS gems
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get install -y --no-install-recommends libpq-dev
