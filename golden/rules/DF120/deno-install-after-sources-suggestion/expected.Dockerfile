FROM denoland/deno:2.1.4
# Deno 2: 'deno install' installs what deno.json and package.json name, here after the whole context
WORKDIR /app
COPY . .
RUN deno install
CMD ["deno", "run", "-A", "main.ts"]
