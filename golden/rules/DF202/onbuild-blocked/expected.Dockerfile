# The build is golang:onbuild's ONBUILD triggers, which the file does not show: no split.
FROM golang:1.8-onbuild
EXPOSE 8080
