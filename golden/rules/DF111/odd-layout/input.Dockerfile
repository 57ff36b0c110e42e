from debian:12
run apt-get update &&\
	apt-get install -y curl
run echo done
