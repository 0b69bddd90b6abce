#!/usr/bin/env bash
# Field accuracy of the extract command on a generated invoice set (rebuilt from its seed on every run) and on the
# shared labelled data (never copied into the repository; skipped when absent).
# Usage: benchmarks/accuracy.sh [DATA_DIR]   (default: ../shared/data relative to the repository root)
#        GENERATED_COUNT=96 GENERATED_SEED=1 GENERATED_ONLY=1 benchmarks/accuracy.sh
#        GENERATED_SET=tuning|heldout  (default tuning: seeds 1-99, tune on these. heldout: seeds >= 500, default 500, for the
#                                       integrator's final figures only: never generate or look at it while tuning)
#        OCR_CACHE=/tmp/ocr-cache benchmarks/accuracy.sh   (reuses OCR of unchanged pages: for extractor work; times then
#                                                         cover extraction only, so do not report them)
#        GENERATED_RECEIPTS=1 benchmarks/accuracy.sh   (the generated set's till-receipt pages only, GENERATED_COUNT of them)
#        GENERATED_PRINT_FAULTS=1 benchmarks/accuracy.sh   (each receipt gets a thermal print fault: dots, broken strokes,
#                                                         smudge, pale print; off by default so a seed stays the set it was)
#        GENERATED_FOOTER_ISSUER=1 benchmarks/accuracy.sh   (every A4 page names its seller only in its footer, the header
#                                                         showing none; off by default, as the print faults)
#        GENERATED_MARKETPLACE=1 benchmarks/accuracy.sh   (every A4 page is a marketplace's invoice: its brand on top, the
#                                                         seller after a "Sold by" label; off by default, as the print faults)
#        EXTRACT_OPTIONS="--psm single_block" benchmarks/accuracy.sh   (extra options for every extract run)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OMP_THREAD_LIMIT=1   # Tesseract is 2-5x slower without it (design.md section 4).

dotnet build "$root/OcrAsync.Worker" -c Release -v q -nologo >/dev/null
dotnet build "$root/OcrAsync.Benchmarks" -c Release -v q -nologo >/dev/null
cache=(${OCR_CACHE:+--ocr-cache "$OCR_CACHE"})
extract() { dotnet "$root/OcrAsync.Worker/bin/Release/net10.0/OcrAsync.Worker.dll" extract "${cache[@]}" ${EXTRACT_OPTIONS:-} "$@" || true; }  # exit 1 = some file failed
bench() { dotnet "$root/OcrAsync.Benchmarks/bin/Release/net10.0/OcrAsync.Benchmarks.dll" "$@"; }

# Generated set: invoices and receipts in eight label languages, read with the default languages (eng+vie), as the
# service runs. BENCHMARKS.md says which seeds tune and which are held out.
case "${GENERATED_SET:-tuning}" in
  tuning) generated=(--seed "${GENERATED_SEED:-1}") ;;
  heldout) generated=(--seed "${GENERATED_SEED:-500}" --held-out) ;;
  *) echo "GENERATED_SET must be tuning or heldout, not ${GENERATED_SET}." >&2; exit 2 ;;
esac
if [[ -n "${GENERATED_RECEIPTS:-}" ]]; then generated+=(--receipts-only); fi
if [[ -n "${GENERATED_PRINT_FAULTS:-}" ]]; then generated+=(--print-faults); fi
if [[ -n "${GENERATED_FOOTER_ISSUER:-}" ]]; then generated+=(--footer-issuer); fi
if [[ -n "${GENERATED_MARKETPLACE:-}" ]]; then generated+=(--marketplace); fi
bench generate-invoices "$out/generated" --count "${GENERATED_COUNT:-96}" "${generated[@]}"
extract "$out"/generated/*.png "$out"/generated/*.jpg > "$out/generated.jsonl"
bench generated "$out/generated/expected.jsonl" "$out/generated.jsonl"

if [[ -n "${GENERATED_ONLY:-}" ]]; then
    exit 0
fi
if [[ ! -d "$data/invoice2data" || ! -d "$data/sroie-dev" ]]; then
    echo "No shared data in $data: invoice2data and sroie-dev skipped."
    exit 0
fi

extract "$data"/invoice2data/docs/*.pdf > "$out/invoice2data.jsonl"
bench invoice2data "$data/invoice2data/expected" "$out/invoice2data.jsonl"

extract --lang eng "$data"/sroie-dev/img/*.jpg > "$out/sroie.jsonl"
bench sroie "$data/sroie-dev/manifest.jsonl" "$out/sroie.jsonl"
