# gitleaks runs git itself: the final stage installs it for the container, not for a build
FROM golang:1.21 AS build
RUN CGO_ENABLED=0 go install github.com/zricethezav/gitleaks/v8@v8.18.0

FROM alpine:3.19
RUN apk add --no-cache git openssh-client
COPY --from=build /go/bin/gitleaks /usr/local/bin/gitleaks
WORKDIR /repo
ENTRYPOINT ["gitleaks"]
