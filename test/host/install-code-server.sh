#!/usr/bin/env bash
# Offline-friendly install of the test host for the integration suite:
#   - code-server 4.100.3 (bundles the VS Code 1.100.3 server: the real Node extension host), from npm only
#   - Debian's Chromium (the driver opens the web workbench in it through playwright-core; never `playwright install`)
# Adapted from ../shared/tools/vscode-host/install-code-server.sh.
#
# Usage: bash test/host/install-code-server.sh [PREFIX]   (default PREFIX=<project>/.host, gitignored)
# Result: $PREFIX/node_modules/.bin/code-server. Idempotent: does nothing when already installed.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(cd "$HERE/../.." && pwd)"
PREFIX="${1:-$PROJECT/.host}"
CS_VERSION="${CS_VERSION:-4.100.3}"

# 1. System packages: compilers for code-server's native modules (node-pty, spdlog, kerberos, argon2),
#    kerberos headers, Debian's ripgrep (stands in for the GitHub-hosted ripgrep binary), and Chromium.
need=()
for p in build-essential python3 libkrb5-dev ripgrep chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "[install] apt packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ -x "$PREFIX/node_modules/.bin/code-server" ] && [ -e "$PREFIX/node_modules/code-server/lib/vscode/node_modules.asar" ]; then
  echo "[install] code-server already installed in $PREFIX"
  exit 0
fi

# 2. Seed @vscode/ripgrep's download cache with Debian's rg (its postinstall would download from GitHub).
#    pkgver 1.15.11 / rgver v13.0.0-10 are pinned by code-server 4.100.3.
RG_PKG_VERSION="${RG_PKG_VERSION:-1.15.11}"
RG_BIN_VERSION="${RG_BIN_VERSION:-v13.0.0-10}"
export TMPDIR="${TMPDIR:-/tmp}"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-$RG_BIN_VERSION-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg

# 3. Install (unsafe_perm: postinstall runs as root; nodedir: Debian's Node headers, no download;
#    yes: node-pty's postinstall runs `npx node-gyp`; --save-exact: newer code-server needs Node 22).
mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || cat > package.json <<'JSON'
{
  "name": "clause-annotator-test-host",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
export npm_config_unsafe_perm=true
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_yes=true
npm install --save-exact --no-package-lock "code-server@$CS_VERSION"

# 4. Sanity checks.
CS="$PREFIX/node_modules/code-server"
test -x "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
test -e "$CS/lib/vscode/node_modules.asar"
scratch=$(mktemp -d)
XDG_DATA_HOME="$scratch" XDG_CONFIG_HOME="$scratch" XDG_CACHE_HOME="$scratch" \
  "$PREFIX/node_modules/.bin/code-server" --config /dev/null --version
rm -rf "$scratch"
