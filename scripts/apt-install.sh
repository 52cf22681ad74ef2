#!/usr/bin/env bash
# Installs Debian packages quietly, for the ensure-*.sh scripts once they know what is missing; needs root.
#   scripts/apt-install.sh <who is asking> <package>...
set -euo pipefail
who=$1
shift
if [ "$(id -u)" -ne 0 ]; then
  echo "[$who] missing $* and not root: cannot install (apt-get install $*)" >&2
  exit 1
fi
echo "[$who] installing $* from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
