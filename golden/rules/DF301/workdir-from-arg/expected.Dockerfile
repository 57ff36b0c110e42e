# The WORKDIR comes from an ARG declared before FROM (casa): read as /usr/src/app/, so the new user
# owns it and the files copied there (rails writes tmp/pids/server.pid and log/ at start).
ARG ROOT=/usr/src/app/
FROM ruby:3.3-alpine
ARG ROOT
WORKDIR $ROOT
COPY --chown=10001 --from=builder /usr/src/app /usr/src/app
EXPOSE 3000
RUN adduser -D -u 10001 app && chown 10001 /usr/src/app && mkdir -p db log storage tmp && chown -R 10001 db log storage tmp
USER app
CMD ["bin/rails", "s", "-b", "0.0.0.0"]
