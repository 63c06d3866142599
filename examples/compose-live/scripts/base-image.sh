#!/bin/sh
# Makes the base image tiltjs/busybox:latest when Docker does not have it: no registry is
# needed, the image is a root filesystem around a static busybox (Debian: busybox-static).
set -eu
if docker image inspect tiltjs/busybox:latest >/dev/null 2>&1; then
  echo "tiltjs/busybox:latest is present"
  exit 0
fi
busybox=$(command -v busybox || true)
if [ -z "$busybox" ] || ! file -L "$busybox" 2>/dev/null | grep -q 'statically linked'; then
  for b in /bin/busybox /usr/bin/busybox; do [ -x "$b" ] && busybox=$b; done
fi
if [ -z "$busybox" ]; then
  echo "no busybox found: install a static busybox (Debian: apt-get install busybox-static)" >&2
  exit 1
fi
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
cp "$busybox" "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
  [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$rootfs/etc/passwd"
tar -C "$rootfs" -c . | docker import -c 'ENV PATH=/bin:/usr/bin:/sbin' - tiltjs/busybox:latest
echo "made tiltjs/busybox:latest from $busybox"
