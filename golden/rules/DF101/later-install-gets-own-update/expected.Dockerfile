# The second install reads the lists the first RUN's update wrote, a COPY apart: with --unsafe it gets
# its own update, and the first RUN then removes its lists (removing them without that update would
# break the second install).
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN apt-get update && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
CMD ["node", "/src/app.js"]
