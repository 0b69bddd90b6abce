#!/usr/bin/env bash
# Installs what OcrAsync needs from Debian/Ubuntu packages, only when something is missing.
set -euo pipefail

packages=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie libtesseract-dev  # OCR engine and language data
  tesseract-ocr-script-latn                                            # Latin model: the vendor line's accents (ü, ñ, ç…)
  redis-server postgresql                                              # local infrastructure without Docker
  poppler-utils                                                        # pdftoppm rasterizes scanned PDF pages
  fonts-dejavu-core fontconfig                                         # tests render invoice images with real fonts
  chromium                                                             # the browser test drives the web page
  jq                                                                   # run.sh and the README's curl examples read JSON
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (10.0) is not installed: see https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

# The API's build runs `npm ci` for the web page's SignalR client (Debian splits nodejs and npm).
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

# Azurite, the Azure Storage emulator, for Storage:Provider=Blob (the AppHost starts it; the tests use it too): a local
# install from tools/azurite's lock file, not a global one. Needs only npm, so the apt packages come first.
install_azurite() {
  local tools
  tools="$(cd "$(dirname "$0")/.." && pwd)/tools/azurite"
  if [ ! -x "$tools/node_modules/.bin/azurite-blob" ]; then
    echo "Installing Azurite into $tools"
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_azurite
  exit 0
fi

command_line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
echo "Installing missing packages: ${missing[*]}"
failed() {
  echo "Installing the missing packages failed (no network, or the package sources are unreachable)." >&2
  echo "Once the machine can reach its package sources, run this as root, then start again:" >&2
  echo "  sh -c '$command_line'" >&2
  exit 1
}
if [ "$(id -u)" -eq 0 ]; then
  bash -c "$command_line" || failed
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo bash -c "$command_line" || failed
else
  echo "These packages are missing and this user cannot install them (not root, no password-less sudo)." >&2
  echo "Run this as root, then start again:" >&2
  echo "  sudo sh -c '$command_line'" >&2
  exit 1
fi
install_azurite
