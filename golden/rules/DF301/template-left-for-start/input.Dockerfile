# The start script renders these templates next to themselves, in /usr/local/etc, which root owns:
# the rule names the template.
FROM alpine:3.20
RUN apk add --no-cache haproxy ruby
COPY haproxy.cfg.erb /usr/local/etc/haproxy.cfg.erb
COPY start.rb /usr/local/bin/start.rb
EXPOSE 5566
CMD ["ruby", "/usr/local/bin/start.rb"]
