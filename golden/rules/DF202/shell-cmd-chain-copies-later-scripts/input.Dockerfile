FROM node:18
RUN apt-get update && apt-get install -y g++ make python3 && rm -rf /var/lib/apt/lists/*
RUN npm install --global hubot@2.7.5
# hubot 2 copies its bot template into the folder it is given
RUN hubot --create /opt/hubot
WORKDIR /opt/hubot
RUN npm install
ADD add-scripts.sh /tmp/
# every command of the chain runs in the container: the script in /tmp goes along
CMD /tmp/add-scripts.sh && bin/hubot --adapter shell
