FROM oven/bun:1
# a bun workspace copied whole before its install
WORKDIR /app
COPY . .
RUN bun install --ignore-scripts
CMD ["bun", "start"]
