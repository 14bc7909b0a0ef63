#!/usr/bin/env bash
# Runs the co-editing benchmark measured from outside (docs/benchmarks.md, "Co-editing measured from outside").
# Usage: src/bench/collab/run.sh [--editors 200] [--texts 20] [--rate 5] [--warmup 30] [--duration 60]
#                                [--only jointly|hocuspocus] [--java-opts="-Xmx512m ..."] [--build]
# Builds the production jar when target/ has none (or with --build), installs the benchmark's npm packages
# (package-lock.json) when missing, and uses Node 24 from ~/.cache/jointly when the machine's Node is older.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
args=()
build=0
for a in "$@"; do if [ "$a" = "--build" ]; then build=1; else args+=("$a"); fi; done

node=node
if ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 22 ? 0 : 1)' 2>/dev/null; then
  cached="$(ls -d "$HOME"/.cache/jointly/node-2[4-9]*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$cached" ]; then node="$cached/node"; export PATH="$cached:$PATH"; fi
fi

# a JDK 21+ to run the jar (as ./mvnw picks one): JAVA, JAVA_HOME, the java on the path, then /usr/lib/jvm
major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java_ok() { [ -x "$1" ] && [ "$(major "$1")" -ge 21 ] 2>/dev/null; }
if [ -z "${JAVA:-}" ]; then
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    if java_ok "$candidate"; then JAVA="$candidate"; break; fi
  done
fi
if [ -z "${JAVA:-}" ]; then echo "no JDK 21+ found: set JAVA=/path/to/bin/java" >&2; exit 2; fi
export JAVA

if [ "$build" = 1 ] || ! ls "$repo"/target/jointly-*.jar >/dev/null 2>&1; then
  (cd "$repo" && ./mvnw -B -q -Pproduction package -DskipTests)
fi
if [ ! -d "$here/node_modules/@codemirror/collab" ] || [ ! -d "$here/node_modules/@hocuspocus/server" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
echo "uptime: $(uptime)"
exec "$node" "$here/run.mjs" "${args[@]}"
