# The command writes /etc/proxychains.conf (through a variable) when a proxy is set: only root can, so
# no USER is added (NextChat).
FROM node:18-alpine
WORKDIR /app
COPY server.js ./
EXPOSE 3000
CMD if [ -n "$PROXY_URL" ]; then \
    conf=/etc/proxychains.conf; \
    echo "strict_chain" > $conf; \
    proxychains -f $conf node server.js; \
    else \
    node server.js; \
    fi
