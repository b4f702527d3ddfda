#!/usr/bin/env bash
# Builds CPython 3.13 from Debian's python3.13 source package twice (standard and
# --disable-gil), installs pytest into each, and caches the prefixes.
#
#   testbed/build-cpython.sh            # prints the cache directory on its last line
#
# The cache lives in $SPFT_TESTBED_CACHE (default ~/.cache/setup-python-ft-testbed):
#   <cache>/VERSION                 the CPython version that was built, e.g. 3.13.15
#   <cache>/standard/               installed prefix of the standard build
#   <cache>/freethreaded/           installed prefix of the --disable-gil build
#   <cache>/source/Python-<v>.tar.xz  the upstream source (Debian's, without its patches and its
#                                     debian/ folder), repacked in python.org's layout, for the
#                                     action's ThreadSanitizer build
# A second run with both prefixes and the source present costs a few seconds.
set -euo pipefail

cache=${SPFT_TESTBED_CACHE:-$HOME/.cache/setup-python-ft-testbed}
mkdir -p "$cache"
# Bump when the build recipe changes, so stale caches are rebuilt.
recipe=3

log() { echo "[build-cpython] $*" >&2; }

have_build() {
  local kind=$1
  [ -f "$cache/$kind/.done" ] && [ "$(cat "$cache/$kind/.done")" = "$recipe" ]
}

# Bump when the way the source is packed changes.
source_recipe=1
have_source() {
  [ -f "$cache/source/.done" ] && [ "$(cat "$cache/source/.done")" = "$source_recipe" ]
}

if have_build standard && have_build freethreaded && have_source; then
  log "cached builds of $(cat "$cache/VERSION") in $cache"
  echo "$cache"
  exit 0
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- sources: a deb-src entry for sid, on the URI the machine already uses -------------
add_sid_sources() {
  local list=/etc/apt/sources.list.d/setup-python-ft-sid-src.sources
  [ -f "$list" ] && return 0
  local uri keyring
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb" {for (i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' /etc/apt/sources.list |
      grep -E '/debian/?$' | head -n1 || true)
  fi
  [ -n "$uri" ] || { log "no Debian archive URI found in the apt sources"; exit 1; }
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  as_root tee "$list" >/dev/null <<SRC
Types: deb-src
URIs: $uri
Suites: sid
Components: main
Signed-By: $keyring
SRC
  log "added deb-src for sid on $uri"
}

build_deps=(build-essential pkg-config dpkg-dev patchelf libssl-dev zlib1g-dev libffi-dev
  libbz2-dev liblzma-dev libsqlite3-dev libreadline-dev libncurses-dev uuid-dev libexpat1-dev
  libgdbm-dev)

add_sid_sources
as_root apt-get update -qq >&2
missing=()
for p in "${build_deps[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

# --- fetch: the newest listed version whose files actually download ------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/spft-cpython.XXXXXX")
trap 'rm -rf "$work"' EXIT
versions=$(apt-cache showsrc python3.13 | awk '/^Version:/ {print $2}' | sort -Vr | uniq)
[ -n "$versions" ] || { log "apt-cache showsrc lists no python3.13"; exit 1; }
fetched=""
for v in $versions; do
  log "trying python3.13=$v"
  if (cd "$work" && apt-get source --download-only -qq "python3.13=$v" >&2 2>"$work/err.$v"); then
    fetched=$v
    break
  fi
  log "  python3.13=$v did not download: $(grep -m1 -E 'Err|404|Failed' "$work/err.$v" || tail -n1 "$work/err.$v")"
  rm -rf "$work"/python3.13*
done
[ -n "$fetched" ] || { log "no listed python3.13 source downloads"; exit 1; }
# Upstream sources without Debian's patches, which disable ensurepip and change the
# install scheme: the test bed must behave like the builds python-versions and PBS ship.
(cd "$work" && dpkg-source --skip-patches -x python3.13_*.dsc >&2)
srcdir=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name 'python3.13-*' | head -n1)
# Debian version 3.13.15-1 -> upstream 3.13.15 (pre-releases like 3.13.0~rc2 keep the tag).
version=$(sed -nE 's/^#define PY_VERSION[[:space:]]+"([^"]+)".*/\1/p' "$srcdir/Include/patchlevel.h")

# The source and the builds must be of one version: a newer Debian source rebuilds both.
if [ -f "$cache/VERSION" ] && [ "$(cat "$cache/VERSION")" != "$version" ]; then
  log "the cached builds are of $(cat "$cache/VERSION"), the source of $version: rebuilding"
  rm -f "$cache/standard/.done" "$cache/freethreaded/.done"
  rm -rf "$cache/source"
fi

if ! have_source; then
  log "packing the source of CPython $version as Python-$version.tar.xz"
  rm -rf "$cache/source"
  mkdir -p "$cache/source"
  name=$(basename "$srcdir")
  (cd "$work" && XZ_OPT='-T0 -6' tar --exclude="$name/debian" --transform "s,^$name,Python-$version," \
    -cJf "$cache/source/Python-$version.tar.xz" "$name")
  echo "$source_recipe" >"$cache/source/.done"
fi

log "building CPython $version from Debian source $fetched"

build_one() {
  local kind=$1; shift
  local prefix="$cache/$kind" bdir="$work/build-$kind"
  rm -rf "$prefix" "$bdir"
  mkdir -p "$bdir"
  log "configure $kind"
  # --enable-shared like actions/python-versions; the rpath keeps the prefix relocatable
  # (the python-versions packer strips it again so that LD_LIBRARY_PATH is needed there).
  (cd "$bdir" && "$srcdir/configure" --prefix="$prefix" --enable-shared --with-ensurepip=install \
    LDFLAGS='-Wl,-rpath,\$$ORIGIN/../lib' "$@" >"$bdir/configure.log" 2>&1) ||
    { tail -n 30 "$bdir/configure.log" >&2; exit 1; }
  log "make $kind"
  (cd "$bdir" && make -j"$(nproc)" >"$bdir/make.log" 2>&1 && make install >"$bdir/install.log" 2>&1) ||
    { tail -n 40 "$bdir/make.log" "$bdir/install.log" >&2; exit 1; }
  local py="$prefix/bin/python3.13"
  [ -x "$prefix/bin/python3.13t" ] && py="$prefix/bin/python3.13t"
  log "pip install pytest into $kind"
  "$py" -m pip install -q --disable-pip-version-check pytest >&2
  "$py" -c 'import ssl, ctypes, zlib, sqlite3, pytest' >&2
  echo "$recipe" >"$prefix/.done"
}

have_build standard || build_one standard
have_build freethreaded || build_one freethreaded --disable-gil
echo "$version" >"$cache/VERSION"
log "done: CPython $version in $cache"
echo "$cache"
