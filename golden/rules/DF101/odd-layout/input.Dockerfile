from debian
run apt update &&	apt install -qq git
run apt-get install vim
