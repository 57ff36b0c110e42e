FROM maven:3.6.3-openjdk-8
# the script runs maven: the dependency step hides in it
COPY . /refine
RUN /refine/refine build
WORKDIR /refine
ENTRYPOINT ["/refine/refine", "run"]
