#!/usr/bin/env bash
# Installs nginx (for the gateway benchmark only; the platform does not use it). Idempotent; needs root for apt.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "nginx is missing and this is not root: install nginx to compare the gateway with it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q nginx-light >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q nginx-light >/dev/null; }
# Debian starts the packaged service on port 80; the benchmark runs its own instance.
(systemctl stop nginx || service nginx stop || nginx -s stop) >/dev/null 2>&1 || true
