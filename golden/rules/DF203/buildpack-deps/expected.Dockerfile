FROM debian:bullseye-slim
COPY dist/tool /usr/local/bin/tool
CMD ["tool", "--serve"]
