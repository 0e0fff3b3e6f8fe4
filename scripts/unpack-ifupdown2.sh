#!/usr/bin/env bash
# Unpacks Debian's ifupdown2 into .cache/ifupdown2 (not installed system-wide) so the tests can
# run its parser on generated /etc/network/interfaces files: `ifup --syntax-check`. Idempotent:
# does nothing when the unpacked copy is there.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/ifupdown2
if [ -f "$dest/usr/share/ifupdown2/__main__.py" ]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh machine may have no package lists yet: fetch them once and try again.
if ! (cd "$work" && apt-get download ifupdown2 >/dev/null 2>&1); then
  apt-get update -qq
  (cd "$work" && apt-get download ifupdown2 >/dev/null)
fi
rm -rf "$dest" && mkdir -p "$dest"
dpkg -x "$work"/ifupdown2_*.deb "$dest"
# ifupdown2 looks for its configuration beside its package when /etc/network/ifupdown2 is absent.
cp -r "$dest/etc" "$dest/usr/share/ifupdown2/etc"
echo "unpacked $(ls "$work") into $dest"
