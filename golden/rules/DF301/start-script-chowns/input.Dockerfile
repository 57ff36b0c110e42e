# The start script chowns the data folder and its uWSGI config switches to www-data: both need root,
# so no USER is added (linkding's bootstrap.sh).
FROM python:3.13-slim
WORKDIR /etc/linkding
COPY . .
RUN mkdir data && chmod +x ./bootstrap.sh
EXPOSE 9090
CMD ["./bootstrap.sh"]
