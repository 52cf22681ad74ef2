#!/usr/bin/env bash
# Installs wrk (the HTTP load generator of the gateway benchmark and the load suite's comparisons; the platform does not
# use it). Idempotent; needs root for apt only when it is missing.
set -euo pipefail
command -v wrk >/dev/null 2>&1 && exit 0
bash "$(dirname "$0")/apt-install.sh" ensure-wrk wrk
