from python:3.12
run	pip install --no-cache-dir numpy
run apt-get update && \
	python3.12 -m pip install --no-cache-dir \
		pandas
