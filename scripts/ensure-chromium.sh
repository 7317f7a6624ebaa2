#!/usr/bin/env bash
# Makes sure a Chromium is available for Playwright: $CHROME_PATH if set, else Debian's
# /usr/bin/chromium, installed with apt-get when missing (Playwright's own download is not
# reachable on closed networks).
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ]; then
  [ -x "$CHROME_PATH" ] || { echo "CHROME_PATH=$CHROME_PATH is not an executable browser" >&2; exit 1; }
  echo "Using the browser at CHROME_PATH: $CHROME_PATH"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "Using /usr/bin/chromium"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  echo "No browser found: installing Debian's chromium with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  echo "Installed $(/usr/bin/chromium --version 2>/dev/null)"
  exit 0
fi
echo "No Chromium found and no apt-get: set CHROME_PATH to a Chrome or Chromium binary," >&2
echo "or run 'npx playwright install chromium' where downloads are allowed." >&2
exit 1
