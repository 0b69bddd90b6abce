#!/usr/bin/env bash
# Runs every test: unit tests and end-to-end tests that start the real AppHost (local Redis and Postgres), then the
# end-to-end tests a second time with uploads in blob storage (a local Azurite), and the upload tests a third time with
# uploads in a directory.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-prerequisites.sh

# Debian's libtesseract uses OpenMP: without this the in-process engines run several times slower.
export OMP_THREAD_LIMIT=1

dotnet build OcrAsync.sln --nologo -clp:ErrorsOnly

results=TestResults
rm -rf "$results"
status=0
dotnet test OcrAsync.sln --no-build --nologo --results-directory "$results" \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" || status=$?

# The end-to-end collection again with uploads in Azure Blob Storage (Azurite, Storage:Provider=Blob) instead of
# Postgres; the fault, outage and worker scale-out tests (freezing, stopping, killing Redis, Postgres, workers) run once:
# their systems are their own and keep uploads in Postgres whatever this pass says.
OCRASYNC_TEST_STORAGE=Blob dotnet test OcrAsync.Tests --no-build --nologo --results-directory "$results/blob" \
  --filter "(FullyQualifiedName~OcrAsync.Tests.EndToEnd.&FullyQualifiedName!~OcrAsync.Tests.EndToEnd.Faults.&FullyQualifiedName!~OcrAsync.Tests.EndToEnd.Outages.&FullyQualifiedName!~OcrAsync.Tests.EndToEnd.ScaleOut.)|FullyQualifiedName~OcrAsync.Tests.Storage." \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" || status=$?

# The tests that store, read, cancel and retry uploads again with uploads in a directory (Storage:Provider=Directory),
# ./run.sh's default; the first pass keeps them in Postgres, the published default.
OCRASYNC_TEST_STORAGE=Directory dotnet test OcrAsync.Tests --no-build --nologo --results-directory "$results/directory" \
  --filter "FullyQualifiedName~OcrAsync.Tests.Storage.|FullyQualifiedName~UploadValidationTests|FullyQualifiedName~QueueFeatureTests|FullyQualifiedName~RetryTests" \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" || status=$?

# One plain summary line over every pass, whatever the runner printed above.
trxs=$(find "$results" -name results.trx)
if [ -n "$trxs" ]; then
  total=0; executed=0; passed=0; failed=0
  for trx in $trxs; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    total=$(( total + $(value total) )); executed=$(( executed + $(value executed) ))
    passed=$(( passed + $(value passed) )); failed=$(( failed + $(value failed) ))
  done
  # CI keeps only the end of the output: name each failed test and the first line of its message here.
  if [ "$failed" -gt 0 ]; then
    echo "Failed tests:"
    for trx in $trxs; do
      pass=$(case "$trx" in "$results/blob/"*) echo " [Storage:Provider=Blob]";; "$results/directory/"*) echo " [Storage:Provider=Directory]";; esac)
      tr -d '\r' < "$trx" | awk -v pass="$pass" '
        /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); want = 1; next }
        want && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print "  " name pass ": " substr($0, 1, 300); want = 0 }'
    done
  fi
  echo "$passed passed, $failed failed, $(( total - executed )) skipped"
  if [ "$executed" -eq 0 ]; then
    echo "No test ran." >&2
    status=1
  fi
else
  echo "No test results were written." >&2
  status=1
fi
exit $status
