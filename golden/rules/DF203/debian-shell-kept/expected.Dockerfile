# A shell to work in: its users read the manuals the slim image leaves out.
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends vim less procps && rm -rf /var/lib/apt/lists/*
CMD ["/bin/bash"]
