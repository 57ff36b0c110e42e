# The command writes its results under its working directory, which is '/' (no WORKDIR): a non-root
# user could not create /results there, so the USER is left as a suggestion.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends cwltool nodejs \
    && rm -rf /var/lib/apt/lists/*
COPY cwl /opt/workflow/cwl
ENTRYPOINT ["cwltool", "--outdir", "results", "/opt/workflow/cwl/main.cwl"]
