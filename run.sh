#!/usr/bin/env bash
# Runs the whole system: Redis, Postgres, the API and the worker under the Aspire AppHost, with its dashboard.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-prerequisites.sh
dotnet build OcrAsync.AppHost --nologo -clp:ErrorsOnly

echo
echo "Starting OcrAsync. When the dashboard is up:"
echo "  Dashboard: the 'Login to the dashboard at ...' URL printed below (http://127.0.0.1:18888)"
echo "  API:       http://localhost:5000   (token: dotnet user-jwts create --project OcrAsync.Api --name alice --output token)"
echo "Press Ctrl+C to stop everything."
echo
exec dotnet run --project OcrAsync.AppHost --launch-profile http --no-build
