FROM alpine AS build
RUN echo lite > /opt/lite.ex4

# BuildKit drops the quotes: the final stage takes /opt/EA, so the COPY into it stays.
FROM alpine AS bundle
WORKDIR /opt/EA
COPY --from=build "/opt/*.ex?" "/opt/EA/"

FROM alpine
COPY --from=bundle "/opt/EA" "/opt/EA"
