# conf.yaml and the assets are copied beside the program in the folder it runs from: they go along,
# though they came out of the checkout 'go build' ran in (which the model counts as its output).
FROM golang:1.11-alpine3.8
RUN apk add --no-cache git && mkdir -p /hiprice/bin/admin
WORKDIR /hiprice
RUN git clone https://github.com/kwf2030/hiprice-chatbot.git src
WORKDIR /hiprice/src
RUN go build -ldflags "-w -s" && \
    cp hiprice-chatbot ../bin/chatbot && \
    cp conf.yaml ../bin/ && \
    cp -r assets/. ../bin/
WORKDIR /hiprice/bin
ENTRYPOINT ["./chatbot"]
