#!/usr/bin/env bash
# Runs the whole system: Redis, Postgres, the API and the worker under the Aspire AppHost, with its dashboard.
# Before anything starts it makes sure the API has a development signing key (dotnet user-jwts, in your user
# secrets) and prints a token for the development user "alice". A second start skips what is already done.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-prerequisites.sh

state=.data/run            # git-ignored: build stamp and the cached development token
mkdir -p "$state"

# Build only when a source file's content changed since the last successful build (an idle `dotnet build` takes
# ~30 s; `dotnet user-jwts create` rewrites appsettings.Development.json unchanged, so file times are no guide).
sources_hash() {
  find OcrAsync.* samples Directory.*.props global.json \
    \( -name bin -o -name obj -o -name node_modules -o -path '*/wwwroot/lib' \) -prune -o -type f -print0 \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
# Release: what users run is what they judge (BENCHMARKS.md, "Debug or Release"). The AppHost built in Release builds
# the API and the worker in Release too, and starts them from those builds.
configuration=Release
stamp="$state/build-$configuration.sha256"
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sources_hash)" ]; then
  dotnet build OcrAsync.AppHost -c "$configuration" --nologo -clp:ErrorsOnly
  sources_hash > "$stamp"
fi

# The signing key lives where `dotnet user-jwts` and the API's user secrets look (APPDATA when set, as .NET does).
secrets_id=$(sed -n 's:.*<UserSecretsId>\(.*\)</UserSecretsId>.*:\1:p' OcrAsync.Api/OcrAsync.Api.csproj)
if [ -n "${APPDATA:-}" ]; then
  secrets="$APPDATA/Microsoft/UserSecrets/$secrets_id/secrets.json"
else
  secrets="$HOME/.microsoft/usersecrets/$secrets_id/secrets.json"
fi
signing_key() {
  [ -f "$secrets" ] && jq -r '."Authentication:Schemes:Bearer:SigningKeys"[]? | select(.Issuer == "dotnet-user-jwts") | .Value' "$secrets" 2>/dev/null | head -n 1
}
if [ -z "$(signing_key)" ]; then
  echo "Creating the API's development signing key (dotnet user-jwts, in $secrets)."
  dotnet user-jwts key --reset --force --project OcrAsync.Api >/dev/null
fi

# A token for "alice", reused while it is valid for another day and was signed with the current key.
token_file="$state/alice.token"
key_hash=$(signing_key | sha256sum | cut -d' ' -f1)
token_expiry() {
  local payload
  payload=$(cut -d. -f2 "$token_file" | tr '_-' '/+')
  while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
  { echo "$payload" | base64 -d | jq -r '.exp // 0'; } 2>/dev/null || echo 0
}
if [ ! -s "$token_file" ] || [ "$(cat "$token_file.key" 2>/dev/null)" != "$key_hash" ] \
   || [ "$(token_expiry)" -lt $(( $(date +%s) + 86400 )) ]; then
  dotnet user-jwts create --project OcrAsync.Api --name alice --output token > "$token_file"
  echo "$key_hash" > "$token_file.key"
fi

echo
echo "Starting OcrAsync. Token for the development user 'alice' (Authorization: Bearer ...):"
echo
cat "$token_file"
echo
echo "  More users or roles: dotnet user-jwts create --project OcrAsync.Api --name NAME [--role admin] --output token"
echo "  API:       http://localhost:5000   (web page, and the curl examples in README.md)"
echo "  Dashboard: the 'Login to the dashboard at ...' URL printed below (http://127.0.0.1:18888)"
echo "Press Ctrl+C to stop everything."
echo

# Says so once the worker has reported (before that an upload is run by the API itself, as its fallback).
apphost=$$   # exec below keeps this pid for the AppHost
(
  set +e
  token=$(cat "$token_file")
  for _ in $(seq 900); do
    sleep 1
    kill -0 "$apphost" 2>/dev/null || exit 0
    alive=$(curl -s --max-time 5 -H "Authorization: Bearer $token" http://localhost:5000/api/ocr-async/queue-stats \
      | jq -r '.workers_alive // 0' 2>/dev/null)
    if [ "${alive:-0}" -gt 0 ] 2>/dev/null; then
      printf '\n==> OcrAsync is ready: API http://localhost:5000 and a worker are up. Try the curl examples in README.md.\n\n'
      exit 0
    fi
  done
) &
exec dotnet run --project OcrAsync.AppHost -c "$configuration" --launch-profile http --no-build
