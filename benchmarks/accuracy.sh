#!/usr/bin/env bash
# Field accuracy of the extract command on the shared labelled data (never copied into the repository).
# Usage: benchmarks/accuracy.sh [DATA_DIR]   (default: ../shared/data relative to the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OMP_THREAD_LIMIT=1   # Tesseract is 2-5x slower without it (design.md section 4).

dotnet build "$root/OcrAsync.Worker" -c Release -v q -nologo >/dev/null
dotnet build "$root/OcrAsync.Benchmarks" -c Release -v q -nologo >/dev/null
extract() { dotnet "$root/OcrAsync.Worker/bin/Release/net10.0/OcrAsync.Worker.dll" extract "$@" || true; }  # exit 1 = some file failed
compare() { dotnet "$root/OcrAsync.Benchmarks/bin/Release/net10.0/OcrAsync.Benchmarks.dll" "$@"; }

extract "$data"/invoice2data/docs/*.pdf > "$out/invoice2data.jsonl"
compare invoice2data "$data/invoice2data/expected" "$out/invoice2data.jsonl"

extract --lang eng "$data"/sroie-dev/img/*.jpg > "$out/sroie.jsonl"
compare sroie "$data/sroie-dev/manifest.jsonl" "$out/sroie.jsonl"
