#!/usr/bin/env bash
# Installs what the build needs on a fresh Debian machine and puts a pinned Maven 3.9 into .tools/.
# Sourced by the other scripts: afterwards JAVA_HOME, MVN and FLOWBENCH_ROOT are set.
# Nothing fetched here is committed; the Maven distribution comes from the same Maven registry the
# build uses, through the system Maven (Tycho 5 needs Maven 3.9, Debian 12 ships 3.8).
set -euo pipefail

FLOWBENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MAVEN_VERSION=3.9.11
JDK_CANDIDATES=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64)
# Debian packages: Maven to fetch Maven, Xvfb and GTK 3 for SWT, ImageMagick and x11-utils for the
# smoke test's screenshots and window lookup, xdotool to open the map there as a user would (keys),
# unzip for archives.
# nfdump and softflowd: the NetFlow/IPFIX interoperability test (SoftflowdInteropTest) runs against them
APT_PACKAGES=(maven xvfb xauth libgtk-3-0 libxtst6 imagemagick x11-utils xdotool unzip procps nfdump softflowd)

log() { echo "[flowbench] $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

install_missing_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then return; fi
  for j in "${JDK_CANDIDATES[@]}"; do
    if [ -x "$j/bin/java" ]; then export JAVA_HOME="$j"; return; fi
  done
  log "no Java 21 or newer found (looked in ${JDK_CANDIDATES[*]})"; exit 1
}

install_maven() {
  local home="$FLOWBENCH_ROOT/.tools/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$home/bin/mvn" ]; then
    log "fetching Maven $MAVEN_VERSION with the system Maven"
    mkdir -p "$FLOWBENCH_ROOT/.tools"
    (cd "$FLOWBENCH_ROOT/.tools" && env -u JAVA_HOME mvn -q -N -f "$FLOWBENCH_ROOT/releng/scripts/bootstrap-pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" \
        -DoutputDirectory="$FLOWBENCH_ROOT/.tools")
  fi
  MVN="$home/bin/mvn"
}

install_missing_packages
find_jdk
install_maven
export JAVA_HOME MVN FLOWBENCH_ROOT
