#!/bin/sh
# helm upgrade --install, then print the manifest for Tilt
exit 1
