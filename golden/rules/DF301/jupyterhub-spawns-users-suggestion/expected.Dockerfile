# JupyterHub's default PAM authenticator and local spawner start each user's server as that user:
# the hub needs root, so DF301 names it and adds no USER.
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip nodejs npm \
 && npm install -g configurable-http-proxy \
 && rm -rf /var/lib/apt/lists/* ~/.npm
RUN python3 -m pip install --no-cache-dir jupyterhub notebook
WORKDIR /srv/jupyterhub
EXPOSE 8000
CMD ["jupyterhub"]
