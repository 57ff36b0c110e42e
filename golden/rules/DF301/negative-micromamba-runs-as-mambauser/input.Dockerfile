# mambaorg/micromamba sets USER mambauser itself: the image already runs as a non-root user.
FROM mambaorg/micromamba:1.5.3
COPY --chown=$MAMBA_USER:$MAMBA_USER env.yml /tmp/env.yml
RUN micromamba install -y -n base -f /tmp/env.yml && \
    micromamba clean --all --yes
CMD ["python", "-m", "app"]
