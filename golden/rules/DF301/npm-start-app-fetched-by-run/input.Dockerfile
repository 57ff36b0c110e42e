# The application comes from a clone, not from the context: what `npm start` runs cannot be read.
FROM node:20
WORKDIR /usr/src/app
RUN git clone https://github.com/example/app.git /usr/src/app && npm install && npm cache clean --force
EXPOSE 3000
CMD ["npm", "start"]
