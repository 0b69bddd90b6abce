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
