# helpy's shape: the folder goes to a user the file names by ENV (`chown -R $APP_USER:$APP_USER`).
# Production gives the copied folder back to that user; left unread, /app would be root's and the
# server could not create tmp/ in it.
FROM ruby:2.4
ENV APP_HOME=/app \
    APP_USER=web
RUN useradd --no-create-home $APP_USER \
  && mkdir -p $APP_HOME \
  && chown -R $APP_USER:$APP_USER $APP_HOME
WORKDIR $APP_HOME
USER $APP_USER
RUN git clone --depth=1 https://example.com/app.git .
RUN bundle install --path vendor/bundle
RUN mkdir -p $APP_HOME/public/assets
VOLUME $APP_HOME/public
COPY run.sh $APP_HOME/run.sh
CMD ["./run.sh"]
