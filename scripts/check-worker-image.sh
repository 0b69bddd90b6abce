#!/usr/bin/env bash
# Checks the worker image's runtime stage without a container engine: a Debian 12 root made with debootstrap, the
# packages at the versions OcrAsync.Worker/Dockerfile pins (same apt sources as debian:bookworm-slim), the worker
# published self-contained as the Dockerfile does, then `extract` on an invoice as the image's non-root user (10001).
# Needs root, debootstrap and network access to deb.debian.org. Usage: scripts/check-worker-image.sh IMAGE_OR_PDF
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
input="$(realpath "${1:?give an invoice image or PDF to read}")"
work="$(mktemp -d)"
rootfs="$work/rootfs"
cleanup() { umount "$rootfs/proc" "$rootfs/dev" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

pin() { sed -n "s/^ARG $1=//p" "$root/OcrAsync.Worker/Dockerfile"; }
packages="libtesseract5=$(pin TESSERACT_VERSION) tesseract-ocr-eng=$(pin TESSDATA_VERSION) tesseract-ocr-vie=$(pin TESSDATA_VERSION) tesseract-ocr-script-latn=$(pin TESSDATA_VERSION)"
packages+=" poppler-utils=$(pin POPPLER_VERSION) libicu72=$(pin ICU_VERSION) ca-certificates"

echo "Debian 12 root in $rootfs"
debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/dev/null
rm -f "$rootfs/etc/apt/sources.list"
cat > "$rootfs/etc/apt/sources.list.d/debian.sources" <<'SOURCES'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
mount -t proc proc "$rootfs/proc"
mount --bind /dev "$rootfs/dev"
echo "Installing $packages"
chroot "$rootfs" /bin/sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $packages >/dev/null"
chroot "$rootfs" useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin ocr

echo "Publishing the worker (self-contained, linux-x64)"
dotnet publish "$root/OcrAsync.Worker/OcrAsync.Worker.csproj" -c Release -r linux-x64 --self-contained -o "$rootfs/app" -v q -nologo
cp "$input" "$rootfs/tmp/input" && chmod 644 "$rootfs/tmp/input"

echo "Running extract as uid 10001 with the image's environment"
chroot --userspec=10001:10001 "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp OMP_THREAD_LIMIT=1 \
  DOTNET_RUNNING_IN_CONTAINER=true /app/OcrAsync.Worker extract /tmp/input
