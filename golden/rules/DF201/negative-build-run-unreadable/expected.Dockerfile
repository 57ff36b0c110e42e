FROM node:latest
RUN apt-get install --yes libopencv-dev
RUN mkdir x
RUN npm i"]nstall mocha
