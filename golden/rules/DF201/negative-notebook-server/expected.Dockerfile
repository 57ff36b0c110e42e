# A notebook image: its users pip-install GDAL bindings and compile in it, so the headers stay.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip libgdal-dev \
    && pip3 install --no-cache-dir jupyterlab rasterio && rm -rf /var/lib/apt/lists/*
CMD jupyter lab --ip=0.0.0.0 --port=8888 --no-browser --allow-root
