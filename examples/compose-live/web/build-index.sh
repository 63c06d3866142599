#!/bin/sh
# Renders /www/index.html from the page fragments (what a real app's asset build does).
set -e
{
  echo '<!doctype html><title>compose-live</title>'
  cat /www/header.html
  for f in /www/items/*.txt; do [ -e "$f" ] && echo "<li>$(cat "$f")</li>"; done
} > /www/index.html
