# A static binary on scratch: no user database, so the fix is a numeric uid:gid.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/tool .

FROM scratch
COPY --from=build /out/tool /tool
USER 10001:10001
ENTRYPOINT ["/tool"]
