#!/usr/bin/env bash
# OCI images of the platform's services without a Docker daemon (deploy/README.md, Images).
#   deploy/images/build.sh [service...]     default: all six
# Writes target/images/<service>.oci.tar (an oci-archive named <registry>/<service>:<tag>, the name the Helm chart
# pulls) from each service's build output <service>/target/quarkus-app/ (Quarkus' fast-jar; built with
# ./mvnw package when missing) and prints each image's size and layers.
#
# An image: one base layer shared by all services (Debian bookworm minbase + openjdk-17-jre-headless with the
# current security updates, slimmed, user 10001; made with debootstrap once and cached outside target/), then the
# service in layers ordered by how often they change: third-party libraries (lib/), the platform's own libraries
# (lib/main/nl.leercultuur.*), the application (app/, quarkus/, quarkus-run.jar). Layers are made with tar
# (sorted, fixed owners and times, so the same content gives the same digest) and put together with umoci.
#
# Environment:
#   LC_IMAGE_TAG         the tag (default: the project's Maven version, which is the chart's appVersion)
#   LC_IMAGE_REGISTRY    the name's registry part (default: image.registry of deploy/helm/leercultuur/values.yaml)
#   LC_IMAGE_SOURCE      org.opencontainers.image.source (default: git remote origin, if there is one)
#   LC_BASE_CACHE        where base layers are cached (default: ~/.cache/leercultuur/base-rootfs)
#   LC_BASE_MAX_AGE_DAYS a cached base older than this is made again, with the security updates since (default 14)
#   LC_BASE_REFRESH=1    make the base again now
#   LC_DEBIAN_MIRROR     (default: http://deb.debian.org/debian)
#   SOURCE_DATE_EPOCH    the images' creation time (default: now)
# Making the base needs root (debootstrap, chroot); with a cached base, building images does not.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ALL="survey-service network-service resource-catalog-service analytics-service gateway web"
SERVICES=${*:-$ALL}
OUT=$ROOT/target/images
CACHE=${LC_BASE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/leercultuur/base-rootfs}
MIRROR=${LC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
MAX_AGE_DAYS=${LC_BASE_MAX_AGE_DAYS:-14}
export PATH=$PATH:/usr/sbin:/sbin

log() { printf '[images] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f s", b - a }'; }

for s in $SERVICES; do case " $ALL " in *" $s "*) ;; *) die "unknown service '$s' (one of: $ALL)";; esac; done

bash scripts/ensure-image-tools.sh

# ---------------------------------------------------------------------------------------------------------------
# The base: Debian bookworm minbase with the JRE. Its cache key is the recipe itself (suite, packages, architecture
# and the functions below), so changing any of them makes a new base.
SUITE=bookworm
PACKAGES=openjdk-17-jre-headless
ARCH=$(dpkg --print-architecture)
JAVA_HOME_IMAGE=/usr/lib/jvm/java-17-openjdk-$ARCH
APP_UID=10001                  # values.yaml podSecurity.runAsUser / runAsGroup
APP_DIR=/deployments
# Container-aware heap: 75 % of the memory limit (the chart sets one per service); a JVM out of memory exits and is
# restarted instead of limping on. JAVA_OPTS replaces these, JAVA_OPTS_APPEND adds to them.
JAVA_OPTS_IMAGE="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

make_rootfs() { # dir
  local r=$1
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$r" "$MIRROR" > "$r.debootstrap.log" 2>&1 \
    || { tail -20 "$r.debootstrap.log" >&2; die "debootstrap failed (log: $r.debootstrap.log)"; }
  # the security updates published since the point release debootstrap installed
  cat > "$r/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb ${MIRROR%/debian}/debian-security $SUITE-security main
EOF
  mount -t proc proc "$r/proc"
  trap "umount '$r/proc' 2>/dev/null || true" EXIT
  chroot "$r" apt-get update -qq
  chroot "$r" env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Options::=--force-confold upgrade > "$r.upgrade.log" 2>&1 \
    || { tail -20 "$r.upgrade.log" >&2; die "apt-get upgrade in the base failed"; }
  # the services' user: numeric in the image config, no login shell, no home of its own
  chroot "$r" groupadd -g $APP_UID leercultuur
  chroot "$r" useradd -u $APP_UID -g $APP_UID -M -d $APP_DIR -s /usr/sbin/nologin -c 'Leercultuur service' leercultuur
  chroot "$r" dpkg-query -W -f '${Package} ${Version}\n' > "$r.packages.txt"
  umount "$r/proc"; trap - EXIT
  # slim: package lists and caches, documentation (the copyright files stay), manuals, translations (the locale
  # C.UTF-8 stays: it is built into /usr/lib/locale/C.utf8), logs
  rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/* "$r"/var/cache/debconf/*-old "$r"/var/lib/dpkg/*-old \
         "$r"/var/log/* "$r"/usr/share/man/* "$r"/usr/share/info/* "$r"/usr/share/locale/* "$r"/usr/share/lintian \
         "$r"/tmp/* "$r"/var/tmp/*
  find "$r/usr/lib/locale" -mindepth 1 -maxdepth 1 ! -name C.utf8 -exec rm -rf {} +
  find "$r/usr/share/doc" ! -type d ! -name copyright -delete
  find "$r/usr/share/doc" -mindepth 1 -type d -empty -delete
  # no set-user-id programs (the pods run with allowPrivilegeEscalation: false anyway)
  find "$r" -xdev -type f -perm /6000 -exec chmod ug-s {} +
  # the container runtime provides these; the build machine's must not leak into the image
  : > "$r/etc/hostname"; : > "$r/etc/resolv.conf"; chmod 0644 "$r/etc/hostname" "$r/etc/resolv.conf"
  # the runtime mounts /dev, /proc, /sys; device nodes in a layer cannot be unpacked without privileges
  rm -rf "$r"/dev/*
  install -d -m 0755 -o 0 -g 0 "$r$APP_DIR"
  chmod 1777 "$r/tmp"
}

base_layout() { # rootfs layout-dir
  local r=$1 L=$2
  umoci init --layout "$L"
  umoci new --image "$L:base"
  tar --create --file "$L.layer.tar" --directory "$r" --sort=name --numeric-owner --format=posix \
      --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime --exclude=./proc/* --exclude=./sys/* .
  umoci raw add-layer --image "$L:base" \
    --history.created_by "debootstrap --variant=minbase --include=$PACKAGES $SUITE; $SUITE-security updates; slimmed; user $APP_UID" \
    "$L.layer.tar"
  rm "$L.layer.tar"
  umoci config --image "$L:base" --os linux --architecture "$ARCH" \
    --config.user "$APP_UID:$APP_UID" --config.workingdir "$APP_DIR" \
    --config.env "PATH=$JAVA_HOME_IMAGE/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --config.env "JAVA_HOME=$JAVA_HOME_IMAGE" --config.env "LANG=C.UTF-8" --config.env "JAVA_OPTS=$JAVA_OPTS_IMAGE" \
    --config.entrypoint /bin/sh --config.entrypoint -c \
    --config.entrypoint 'exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar '"$APP_DIR"'/quarkus-run.jar "$@"' \
    --config.entrypoint quarkus-run \
    --history.created_by "user $APP_UID, WORKDIR $APP_DIR, JAVA_OPTS, ENTRYPOINT java -jar quarkus-run.jar"
  umoci gc --layout "$L"
}

KEY=$(printf '%s\n' "$SUITE" "$PACKAGES" "$ARCH" "$APP_UID" "$JAVA_OPTS_IMAGE" "$(declare -f make_rootfs base_layout)" \
      | sha256sum | cut -c1-16)
BASE=$CACHE/$KEY

ensure_base() {
  mkdir -p "$CACHE"
  exec 9> "$CACHE/.lock"
  flock 9     # another build on this machine may be making the same base
  if [ -f "$BASE/done" ]; then
    local age=$(( ($(date +%s) - $(stat -c %Y "$BASE/done")) / 86400 ))
    if [ "${LC_BASE_REFRESH:-0}" = 1 ] || [ "$age" -ge "$MAX_AGE_DAYS" ]; then
      log "base $KEY is $age days old: making it again with the security updates since"; rm -rf "$BASE"
    else
      log "base $KEY (cached, $age days old): $(grep -E '^openjdk' "$BASE/packages.txt")"
      touch "$BASE/used"; exec 9>&-; return
    fi
  fi
  [ "$(id -u)" -eq 0 ] || die "no cached base in $CACHE and not root: debootstrap needs root"
  local t0 tmp=$CACHE/$KEY.tmp
  t0=$(now)
  rm -rf "$tmp" "$tmp".*; mkdir -p "$tmp"
  log "making the base $KEY: debootstrap $SUITE minbase + $PACKAGES, security updates (about a minute or two)"
  make_rootfs "$tmp/rootfs"
  base_layout "$tmp/rootfs" "$tmp/layout"
  mv "$tmp/rootfs.packages.txt" "$tmp/packages.txt"
  rm -rf "$tmp/rootfs" "$tmp"/rootfs.*.log
  touch "$tmp/done"
  touch "$tmp/used"
  mv "$tmp" "$BASE"
  # bases of other recipes (other branches) that no build used for a week
  find "$CACHE" -mindepth 2 -maxdepth 2 -name used -mtime +7 -printf '%h\n' | xargs -r rm -rf
  log "base $KEY made in $(secs "$t0"): $(grep -E '^openjdk' "$BASE/packages.txt")"
  exec 9>&-
}

# ---------------------------------------------------------------------------------------------------------------
# The services

version() { sed -n '0,/<version>/ s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml"; }
TAG=${LC_IMAGE_TAG:-$(version)}
REGISTRY=${LC_IMAGE_REGISTRY:-$(sed -n '/^image:/,/^[^ #]/ s/^  registry: *\([^ #]*\).*/\1/p' deploy/helm/leercultuur/values.yaml)}
REVISION=$(git rev-parse HEAD 2>/dev/null || echo unknown)
SOURCE=${LC_IMAGE_SOURCE:-$(git remote get-url origin 2>/dev/null | sed -E 's#://[^/@]*@#://#' || true)}
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then CREATED=$(date -u -d "@$SOURCE_DATE_EPOCH" +%FT%TZ); else CREATED=$(date -u +%FT%TZ); fi
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] \
  || log "note: the working tree has uncommitted changes; the revision label names $REVISION"

port_of() { # the default of quarkus.http.port=${VAR:port} in the service's configuration
  sed -n 's/^quarkus\.http\.port=\${[A-Z_]*:\([0-9]*\)}.*/\1/p' "$1/src/main/resources/application.properties"; }
description_of() { sed -n '0,/<name>/ s:.*<name>\(.*\)</name>.*:\1:p' "$1/pom.xml"; }

# a layer of files below quarkus-app, at /deployments: root-owned and read-only for the service's user, fixed
# time stamps (the same jars give the same layer digest in every build)
layer_tar() { # out.tar quarkus-app-dir tar-args...
  local out=$1 dir=$2; shift 2
  tar --create --file "$out" --directory "$dir" --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rw,go=rX,a-st \
      --mtime=@1 --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
      --transform="s,^,${APP_DIR#/}/,S" "$@"
}

build_image() { # service
  local s=$1 t0 app=$ROOT/$1/target/quarkus-app
  t0=$(now)
  local port desc name L=$OUT/oci/$s tmp=$OUT/tmp/$s
  port=$(port_of "$s"); desc=$(description_of "$s")
  [ -n "$port" ] || die "$s: no quarkus.http.port=\${VAR:port} in its application.properties"
  name=$REGISTRY/$s:$TAG
  rm -rf "$L" "$tmp" "$OUT/$s.oci.tar"; mkdir -p "$L" "$tmp"
  # the base's blobs are linked, not copied (content-addressed files that umoci never changes)
  cp -al "$BASE/layout/." "$L/" 2>/dev/null || cp -a "$BASE/layout/." "$L/"

  local own=() f
  for f in "$app"/lib/main/nl.leercultuur.*.jar; do [ -e "$f" ] && own+=("lib/main/${f##*/}"); done
  layer_tar "$tmp/lib.tar" "$app" --exclude='lib/main/nl.leercultuur.*' lib
  umoci raw add-layer --image "$L:base" --tag "$s" --history.created "$CREATED" --history.created_by "lib/: third-party libraries" "$tmp/lib.tar"
  if [ ${#own[@]} -gt 0 ]; then
    layer_tar "$tmp/own.tar" "$app" "${own[@]}"
    umoci raw add-layer --image "$L:$s" --history.created "$CREATED" --history.created_by "lib/main/nl.leercultuur.*: the platform's own libraries" "$tmp/own.tar"
  fi
  if [ -f "$app/app-cds.jsa" ]; then
    # the AppCDS archive (quarkus.package.jar.appcds.enabled; jvm.conf's -XX:SharedArchiveFile=app-cds.jsa, relative to
    # the working directory /deployments): the JVM uses it only while quarkus-run.jar has the modification time it had
    # when the archive was made, so the launcher jar keeps its own time stamp here (this layer changes with every build
    # anyway: the archive does)
    layer_tar "$tmp/app.tar" "$app" quarkus app
    tar --append --file "$tmp/app.tar" --directory "$app" --owner=0 --group=0 --numeric-owner --mode=u+rw,go=rX,a-st \
        --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
        --transform="s,^,${APP_DIR#/}/,S" quarkus-run.jar app-cds.jsa
  else
    layer_tar "$tmp/app.tar" "$app" quarkus app quarkus-run.jar
  fi
  umoci raw add-layer --image "$L:$s" --history.created "$CREATED" --history.created_by "app/, quarkus/, quarkus-run.jar: $s" "$tmp/app.tar"
  local labels=(
    --config.label "org.opencontainers.image.title=$s"
    --config.label "org.opencontainers.image.description=$desc"
    --config.label "org.opencontainers.image.version=$TAG"
    --config.label "org.opencontainers.image.revision=$REVISION"
    --config.label "org.opencontainers.image.created=$CREATED"
    --config.label "org.opencontainers.image.url=https://leercultuur.nl"
    --config.label "nl.leercultuur.image.base=debian $SUITE minbase, $(grep -E '^openjdk' "$BASE/packages.txt"), base $KEY"
  )
  [ -n "$SOURCE" ] && labels+=(--config.label "org.opencontainers.image.source=$SOURCE")
  umoci config --image "$L:$s" --created "$CREATED" --config.exposedports "$port/tcp" "${labels[@]}" \
    --history.created "$CREATED" --history.created_by "EXPOSE $port/tcp, labels"
  # one image per archive, named as the chart pulls it
  umoci tag --image "$L:$s" "$name"
  umoci rm --image "$L:$s"; umoci rm --image "$L:base"; umoci gc --layout "$L"
  (cd "$L" && tar --create --file "$OUT/$s.oci.tar" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@1 \
    oci-layout index.json blobs)
  local size unpacked
  size=$(stat -c %s "$OUT/$s.oci.tar")
  unpacked=$(( BASE_UNPACKED + $(cat "$tmp"/*.tar | wc -c) ))
  rm -rf "$tmp"
  printf '%-26s %-72s %10s %11s  (%s)\n' "$s" "$name" "$(mib "$size")" "$(mib "$unpacked")" "$(secs "$t0")"
}

layers_of() { # service: the layer sizes (compressed) of its archive, base first
  local L=$OUT/oci/$1 m
  m=$(jq -r '.manifests[0].digest' "$L/index.json")
  jq -r '.layers[] | "\(.digest) \(.size)"' "$L/blobs/sha256/${m#sha256:}"
}

ensure_quarkus_apps() {
  local missing=() s
  for s in $SERVICES; do [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing+=("$s"); done
  [ ${#missing[@]} -eq 0 ] && return
  log "building ${missing[*]} (./mvnw package, tests skipped)"
  ./mvnw -q -B -DskipTests package -pl "$(IFS=,; echo "${missing[*]}")" -am
}

T0=$(now)
ensure_quarkus_apps
ensure_base
mkdir -p "$OUT"
BASE_LAYER=$(m=$(jq -r '.manifests[0].digest' "$BASE/layout/index.json"); jq -r '.layers[0].digest' "$BASE/layout/blobs/sha256/${m#sha256:}")
log "images $REGISTRY/<service>:$TAG, revision $REVISION"
# the base layer's size unpacked, once per cached base
[ -s "$BASE/unpacked-bytes" ] || zcat "$BASE/layout/blobs/sha256/${BASE_LAYER#sha256:}" | wc -c > "$BASE/unpacked-bytes"
BASE_UNPACKED=$(cat "$BASE/unpacked-bytes")
printf '%-26s %-72s %10s %11s\n' service image archive unpacked
for s in $SERVICES; do build_image "$s"; done
echo
echo "layers (compressed): base is shared by all images ($BASE_LAYER)"
for s in $SERVICES; do
  layers_of "$s" | awk -v s="$s" -v base="$BASE_LAYER" '
    { n++; size[n] = $2; total += $2; if (n == 1 && $1 != base) bad = 1 }
    END { printf "  %-26s", s; for (i = 1; i <= n; i++) printf " %8.1f", size[i] / 1048576;
          printf "  = %.1f MiB in %d layers%s\n", total / 1048576, n, bad ? "  (base differs!)" : "" }'
done
echo "  (MiB per layer: base, lib/, the platform's own libraries, app/ + quarkus/)"
rm -rf "$OUT/tmp"
log "done in $(secs "$T0"); archives in ${OUT#$ROOT/}/"
