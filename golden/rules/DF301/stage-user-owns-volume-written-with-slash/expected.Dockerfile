# The stage makes its user, then a volume written with a trailing slash: the user gets the volume's
# folder before the VOLUME, since a builder may discard what a later step changes in it.
FROM node:22-alpine
RUN adduser --system --uid 1001 nextjs
WORKDIR /home/nextjs
COPY --chown=nextjs:nextjs server.js ./
RUN mkdir -p /home/nextjs/uploads/
RUN mkdir -p /home/nextjs/uploads && chown nextjs /home/nextjs/uploads
VOLUME /home/nextjs/uploads/
EXPOSE 3000
RUN chown nextjs /home/nextjs
USER nextjs
CMD ["node", "server.js"]
