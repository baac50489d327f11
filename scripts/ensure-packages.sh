#!/usr/bin/env bash
# Installs the Debian packages wegweiser needs, if any are missing.
# As root it runs `apt-get update` and `apt-get install`; otherwise it stops
# with the exact command to run.
set -euo pipefail

# Kept in one place: the build, the tests and the main job all call this.
# pkg-config finds libxml2 for the build; wegweiser allocates with mimalloc
# (libmimalloc-dev, see Package.swift); the Schaubild is laid out with DejaVu Sans,
# so its metrics must be the same everywhere for Output/ to reproduce byte for byte;
# git reads earlier versions for `diff` and `generate --since` (REV:path);
# the schema tests check `wegweiser schema` with a real JSON Schema validator;
# the `serve` test loads the live preview in headless Chromium.
REQUIRED_PACKAGES=(pkg-config libxml2-dev libmimalloc-dev docbook5-xml graphviz fonts-dejavu-core git python3-jsonschema python3-yaml chromium)

missing=()
for package in "${REQUIRED_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "wegweiser needs these Debian packages: ${missing[*]}" >&2
  echo "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
