#!/bin/sh
exec java -jar /app/grasscutter.jar
