#!/usr/bin/env bash
# Makes sure the browser tests find a Chromium (testsupport/Browser.java looks in the same places), the way
# ./mvnw makes sure of Node 24: nothing to do when one is there; as root it installs Debian's chromium;
# otherwise it stops the build saying what to install. Run by Maven (production profile, pre-integration-test).
#
# Arguments: the values of skipTests, skipITs and maven.test.skip ("true" skips). Environment, for testing this
# script: CHROMIUM_CANDIDATES (space-separated paths to look for), ENSURE_CHROMIUM_UID (the user id to assume).
set -euo pipefail

for skip in "$@"; do
  if [ "$skip" = "true" ]; then
    exit 0
  fi
done

candidates=${CHROMIUM_CANDIDATES:-"/usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome"}

found() {
  local candidate
  for candidate in $candidates; do
    if [ -x "$candidate" ]; then
      return 0
    fi
  done
  return 1
}

if found; then
  exit 0
fi

if [ "${ENSURE_CHROMIUM_UID:-$(id -u)}" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no Chromium found; installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
  if found; then
    exit 0
  fi
  echo "ensure-chromium: apt-get installed chromium, but none of these exists: $candidates" >&2
  exit 1
fi

echo "ensure-chromium: the browser tests need Chromium at one of: $candidates" >&2
echo "ensure-chromium: install it (Debian/Ubuntu: sudo apt-get install chromium), or skip the integration" >&2
echo "ensure-chromium: tests with -DskipITs." >&2
exit 1
