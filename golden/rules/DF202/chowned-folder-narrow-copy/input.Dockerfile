# The stage gives /app to its user, but production copies only the binary out of /app: production's
# WORKDIR made /app root's, so the folder is given back to app (the tool makes /app/data at run time).
FROM golang:1.22
WORKDIR /app
RUN useradd --system --create-home app
COPY . .
RUN go build -o /app/bin/notes ./cmd/notes
RUN chown -R app:app /app
USER app
CMD ["/app/bin/notes", "list"]
