# Shared set-up for ops/run and ops/test: installs only what is missing. Sourced, not run.
# shellcheck shell=bash

spi_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

spi_apt_install() {
  # apt needs a fresh package list once per machine; after that installs are quick.
  if [[ ! -f /var/lib/apt/periodic/spi-updated ]]; then
    spi_log "apt-get update"
    apt-get update -qq
    mkdir -p /var/lib/apt/periodic && touch /var/lib/apt/periodic/spi-updated
  fi
  spi_log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

spi_require_tools() {
  command -v dotnet >/dev/null || { echo "The .NET SDK (dotnet) is not on PATH; this machine kind ships it." >&2; exit 1; }
  command -v npm >/dev/null || spi_apt_install nodejs npm
}

spi_restore() {
  spi_require_tools
  # npm ci when node_modules is missing or older than the lock file.
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    spi_log "npm ci (htmx, GraphiQL)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  spi_log "dotnet tool restore"
  dotnet tool restore >/dev/null
}

spi_install_chromium() {
  [[ -x /usr/bin/chromium ]] || spi_apt_install chromium
}
