#!/usr/bin/env bash
# Makes sure the tools for building and running the container images without a Docker daemon are installed
# (deploy/images/build.sh, the image test). Idempotent: installs only what is missing, with apt, when root.
#   scripts/ensure-image-tools.sh
#   debootstrap  the base root filesystem (Debian minbase + the JRE)
#   umoci        OCI image layout: layers from tar files, image configuration
#   skopeo       copies an image archive to a registry (deploy/README.md, Images)
#   podman runc  run an image (the image test): podman with the runc runtime
#   jq           reads the image layout's JSON
set -euo pipefail
log() { echo "[ensure-image-tools] $*" >&2; }

declare -A pkg=([debootstrap]=debootstrap [umoci]=umoci [skopeo]=skopeo [podman]=podman [runc]=runc [jq]=jq)
missing=()
for cmd in debootstrap umoci skopeo podman runc jq; do
  PATH=$PATH:/usr/sbin:/sbin command -v "$cmd" >/dev/null 2>&1 || missing+=("${pkg[$cmd]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then log "missing ${missing[*]} and not root: install them (Debian: apt-get install ${missing[*]})"; exit 1; fi
log "installing ${missing[*]} from Debian packages"
export DEBIAN_FRONTEND=noninteractive
# --no-install-recommends: podman's recommendations (buildah, slirp4netns, fuse-overlayfs, ...) are not needed as root
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
