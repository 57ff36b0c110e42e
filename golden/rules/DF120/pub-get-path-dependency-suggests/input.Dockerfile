# Dart's `pub get` after the whole context: pubspec.yaml has a path dependency, whose folder the fetch
# reads too, so the rewrite is the author's: a suggestion that names it.
FROM dart:3.3
WORKDIR /app
COPY . .
RUN dart pub get
RUN dart compile exe bin/server.dart -o bin/server
CMD ["/app/bin/server"]
