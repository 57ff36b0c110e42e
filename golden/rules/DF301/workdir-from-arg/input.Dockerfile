# The WORKDIR comes from an ARG declared before FROM (casa): read as /usr/src/app/, so the new user
# owns it and the files copied there (rails writes tmp/pids/server.pid and log/ at start).
ARG ROOT=/usr/src/app/
FROM ruby:3.3-alpine
ARG ROOT
WORKDIR $ROOT
COPY --from=builder /usr/src/app /usr/src/app
EXPOSE 3000
CMD ["bin/rails", "s", "-b", "0.0.0.0"]
