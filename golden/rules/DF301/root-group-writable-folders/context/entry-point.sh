#!/bin/sh
# Waits for the database, then runs tomcat in the foreground.
/usr/local/tomcat/bin/wait-for-it.sh postgresql:5432 -t 60
exec /usr/local/tomcat/bin/catalina.sh run
