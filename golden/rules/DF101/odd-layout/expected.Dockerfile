from debian
run apt-get update &&	apt-get install -qq git
run apt-get install -y vim && rm -rf /var/lib/apt/lists/*
