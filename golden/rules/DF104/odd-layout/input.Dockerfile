from python:3.12
run	pip install numpy
run apt-get update && \
	python3.12 -m pip install \
		pandas
