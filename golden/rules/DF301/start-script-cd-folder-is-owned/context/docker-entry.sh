#!/bin/sh

# Move to /trans
cd /trans

if [ ! -e trans.keystore ]; then
  keytool -genkey -noprompt -keystore trans.keystore -storepass changeit -dname CN=localhost
fi
java -jar target/app.jar "$@"
