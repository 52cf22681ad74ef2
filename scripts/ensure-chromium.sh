#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (for the browser tests in system-tests/…/browser: Playwright drives
# /usr/bin/chromium, it downloads no browser of its own), with a font so that screenshots show readable text.
# Idempotent: safe to run any number of times; needs root for apt only when something is missing.
set -euo pipefail

log() { echo "[ensure-chromium] $*" >&2; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0

bash "$(dirname "$0")/apt-install.sh" ensure-chromium "${missing[@]}"
[ -x /usr/bin/chromium ] || { log "chromium did not install"; exit 1; }
log "$(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
