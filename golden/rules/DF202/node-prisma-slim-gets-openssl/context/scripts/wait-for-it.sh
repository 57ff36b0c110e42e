#!/bin/sh
while ! nc -z "$1" 5432; do sleep 1; done
