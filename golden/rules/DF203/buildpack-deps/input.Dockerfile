FROM buildpack-deps:bullseye
COPY dist/tool /usr/local/bin/tool
CMD ["tool", "--serve"]
