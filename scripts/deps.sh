#!/usr/bin/env bash
# Installs the Debian packages attncc needs, once. Idempotent: a package that is
# already installed is not asked for again, and nothing is done when all are present.
# Runs as root (CI, fresh Debian 12 machines); with sudo otherwise.
set -eu
pkgs="llvm-19-dev libyaml-dev check cmake pkg-config make gcc g++ libomp-dev
      libopenblas-dev liblapack-dev libplplot-dev plplot-driver-cairo"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "attncc: installing Debian packages:$missing"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
