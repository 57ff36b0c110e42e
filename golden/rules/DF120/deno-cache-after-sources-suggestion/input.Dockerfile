FROM denoland/deno:1.33.2
# saaskit: the module cache is filled from the entry point after the whole context
EXPOSE 8000
WORKDIR /app
COPY . /app
RUN deno cache main.ts --import-map=import_map.json
CMD ["run", "-A", "main.ts"]
