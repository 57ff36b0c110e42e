FROM condaforge/mambaforge:23.3.1-1
RUN if [ "$GPU" = "1" ]; then mamba install -y -c pytorch pytorch; fi && mamba clean -afy
RUN mamba install -y -c conda-forge xarray netcdf4 && mamba clean -afy
