#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine (Debian's Chromium for the
# end-to-end browser tests), then runs every test project. Arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium for the end-to-end tests" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
exec dotnet test "$@"
