#!/usr/bin/env bash
# Installs what the wallet needs on a fresh Debian machine, and nothing when it is already there:
# Debian's Chromium and Firefox ESR (tests and `npm start` drive them), Chromium's headless shell (the
# same engine without the browser around it, for the forms-corpus eval), a CJK font, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
# A CJK font, so the Chinese screens in test screenshots and the headless tour are readable.
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
