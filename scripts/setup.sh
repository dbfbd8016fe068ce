#!/usr/bin/env bash
# One-command setup on a fresh machine: Node >= 22.18, the project's dependencies, a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/node-env.sh
source scripts/node-env.sh
echo "tekser setup: node $(node --version), npm $(npm --version)"
# Playwright's browser download is tried by scripts/ensureBrowser.ts only when no browser exists.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
node scripts/ensureBrowser.ts
