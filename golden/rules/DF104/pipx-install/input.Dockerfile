FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends pipx git && rm -rf /var/lib/apt/lists/*
# pipx runs pip in the app's venv, which keeps ~/.cache/pip
RUN pipx install git+https://github.com/laramies/theHarvester.git
RUN pipx ensurepath
ENTRYPOINT ["/root/.local/bin/restfulHarvest", "-H", "0.0.0.0", "-p", "80"]
