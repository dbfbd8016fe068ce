# Sourced by scripts/setup.sh and .ci/run: puts a Node >= 22.18 first on PATH.
# When the system Node is older, Node 22 is installed from the npm registry into .tools/node
# (npm must itself run under Node 22, or it installs packages built for the older Node).
_tekser_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_tekser_node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null
}
if ! _tekser_node_ok; then
  _tekser_bin="$_tekser_root/.tools/node/node_modules/.bin"
  if [ ! -x "$_tekser_bin/node" ]; then
    echo "tekser: Node $(node --version 2>/dev/null || echo 'not found') is older than 22.18; installing Node 22 into .tools/node" >&2
    if ! command -v npm >/dev/null 2>&1; then
      echo "tekser: npm is not installed. Install Node.js 22 or newer (https://nodejs.org) and run this again." >&2
      return 1 2>/dev/null || exit 1
    fi
    npm install --prefix "$_tekser_root/.tools/node" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  export PATH="$_tekser_bin:$PATH"
fi
unset -f _tekser_node_ok
