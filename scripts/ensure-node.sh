#!/usr/bin/env bash
# Makes sure Node.js and npm are installed (Debian's nodejs and npm), for contracts/events' AsyncApiOfficialParserTest:
# it checks the AsyncAPI document with the official parser (@asyncapi/parser 3, which the test installs from the npm
# registry into ~/.cache/leercultuur/asyncapi-parser once). A node and npm already on the PATH (from Debian or
# elsewhere) are kept. Idempotent: safe to run any number of times; needs root for apt only when something is missing.
set -euo pipefail

log() { echo "[ensure-node] $*" >&2; }

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

bash "$(dirname "$0")/apt-install.sh" ensure-node "${missing[@]}"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { log "node or npm did not install"; exit 1; }
log "node $(node --version), npm $(npm --version)"
