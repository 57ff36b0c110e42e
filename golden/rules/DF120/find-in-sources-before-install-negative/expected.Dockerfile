# The `find` before the install works on the sources (it fixes the SSH keys' modes): moved above
# `ADD . /root/app` with the install, it would find nothing, and the keys would keep their modes.
# A cleanup under /root counts as a helper only when it names no path of the copied folder.
FROM python:2.7
ADD . /root/app
RUN find /root/app -type f -name id_rsa -exec chmod 600 {} \; \
    && pip install --upgrade -r /root/app/requirements.txt \
    && rm -rf /root/.cache/pip/*
WORKDIR /root/app
ENTRYPOINT ["python"]
