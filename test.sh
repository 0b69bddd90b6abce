#!/usr/bin/env bash
# Runs every test: unit tests and end-to-end tests that start the real AppHost (local Redis and Postgres).
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

# One plain summary line, whatever the runner printed above.
trx=$(find "$results" -name results.trx | head -n 1)
if [ -n "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(value total); executed=$(value executed); passed=$(value passed); failed=$(value failed)
  # CI keeps only the end of the output: name each failed test and the first line of its message here.
  if [ "${failed:-0}" -gt 0 ]; then
    echo "Failed tests:"
    tr -d '\r' < "$trx" | awk '
      /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); want = 1; next }
      want && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print "  " name ": " substr($0, 1, 300); want = 0 }'
  fi
  echo "${passed:-0} passed, ${failed:-0} failed, $(( ${total:-0} - ${executed:-0} )) skipped"
  if [ "${executed:-0}" -eq 0 ]; then
    echo "No test ran." >&2
    status=1
  fi
else
  echo "No test results were written." >&2
  status=1
fi
exit $status
