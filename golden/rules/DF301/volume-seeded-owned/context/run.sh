#!/bin/sh
# Starts the game on its port; it writes log/ and player/ files next to itself.
exec bin/circle -q 4000
