# The second install reads the lists the first RUN's update wrote: without --unsafe no update is
# added to it, so only the last install's RUN removes them.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
COPY . /src
RUN apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*
CMD ["node", "/src/app.js"]
