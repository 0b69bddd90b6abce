#!/usr/bin/env bash
# Start-up of the system as ./run.sh starts it (the AppHost built in Release, local Redis/Postgres on fresh data): the
# time from `dotnet run` to the API's health and to the first worker's report ("OcrAsync is ready" in ./run.sh), the
# CPU the API and the worker spent getting there, then the API's CPU for the first N uploads (accept path, sent one
# after another; then also until they are all done and 10 s more, status polls included) and the worker's CPU for their OCR. Stops every process it started at the end.
# Usage: [AUTOGROUP_NICE=-20] [UPLOADS=50] [FILE=samples/invoice-en.png] benchmarks/startup.sh
# Prints "RESULT startup ..." lines; wrap it in `flock /tmp/ocrasync-port5000.lock` on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$(mktemp -d /tmp/ocr-startup.XXXXXX)"
uploads="${UPLOADS:-50}"
file="${FILE:-samples/invoice-en.png}"
api="http://localhost:5000"
tick="$(getconf CLK_TCK)"
[[ -z "${AUTOGROUP_NICE:-}" ]] || echo "$AUTOGROUP_NICE" > /proc/$$/autogroup
export OMP_THREAD_LIMIT=1

dotnet build OcrAsync.AppHost -c Release -nologo -v q 2>&1 | tail -1
dotnet user-jwts create --project OcrAsync.Api --name bench-startup --role admin --output token > "$out/token"
auth=(-H "Authorization: Bearer $(cat "$out/token")")

source "$root/benchmarks/system.sh"   # ours, find_ours, stop_apphost, remove_data
ticks() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
ms() { echo "scale=0; ($2 - $1) * 1000 / $tick" | bc; }
now() { date +%s.%N; }

trap 'stop_apphost; remove_data' EXIT

t0=$(now)
dotnet run --project OcrAsync.AppHost -c Release --no-build -- --Infrastructure Local --LocalInfrastructure:DataPath "$out/data" \
  > "$out/apphost.log" 2>&1 < /dev/null &
apphost_pid=$!
api_pid=""; worker_pid=""; t_health=""; t_ready=""
for _ in $(seq 1 900); do
  kill -0 "$apphost_pid" 2>/dev/null || { echo "AppHost exited; see $out/apphost.log" >&2; exit 1; }
  [[ -n "$api_pid" ]] || api_pid="$(find_ours OcrAsync.Api)"
  [[ -n "$worker_pid" ]] || worker_pid="$(find_ours OcrAsync.Worker)"
  if [[ -n "$api_pid" && -z "$t_health" ]] && curl -fsS --max-time 2 "$api/health" >/dev/null 2>&1; then
    t_health=$(now); api_health=$(ticks "$api_pid")
  fi
  if [[ -n "$t_health" ]]; then
    alive=$(curl -s --max-time 2 "${auth[@]}" "$api/api/ocr-async/queue-stats" | jq -r '.workers_alive // 0' 2>/dev/null || echo 0)
    if [[ "${alive:-0}" -gt 0 ]]; then t_ready=$(now); break; fi
  fi
  sleep 0.2
done
[[ -n "$t_ready" ]] || { echo "not ready in 3 minutes; see $out/apphost.log" >&2; exit 1; }
api_ready=$(ticks "$api_pid"); worker_ready=$(ticks "$worker_pid")
echo "RESULT startup health_s=$(echo "$t_health - $t0" | bc | xargs printf %.1f) ready_s=$(echo "$t_ready - $t0" | bc | xargs printf %.1f) api_cpu_at_health_ms=$(ms 0 "$api_health") api_cpu_at_ready_ms=$(ms 0 "$api_ready") worker_cpu_at_ready_ms=$(ms 0 "$worker_ready")"

sleep 15   # as performance.sh: the worker's engines warm up before the first upload
api_before=$(ticks "$api_pid"); worker_before=$(ticks "$worker_pid")
: > "$out/ids"
for _ in $(seq 1 "$uploads"); do
  curl -fsS "${auth[@]}" -F "file=@$file" -F reuse=false "$api/api/ocr-async/process-async" | jq -r .ocr_result_id >> "$out/ids"
done
api_after=$(ticks "$api_pid")
for id in $(cat "$out/ids"); do
  for _ in $(seq 1 600); do
    status=$(curl -s "${auth[@]}" "$api/api/ocr-async/status/$id" | jq -r .status)
    [[ "$status" == completed || "$status" == failed ]] && break
    sleep 0.5
  done
done
worker_after=$(ticks "$worker_pid")
# Tiered compilation recompiles hot code on a background thread after a delay: count what it did for these uploads too.
sleep 10
api_settled=$(ticks "$api_pid")
per() { echo "scale=$1; ($3 - $2) * 1000 / $tick / $uploads" | bc; }
echo "RESULT startup-uploads n=$uploads file=$(basename "$file") api_cpu_ms_per_upload=$(per 2 "$api_before" "$api_after") api_cpu_ms_per_upload_until_done_plus_10s=$(per 2 "$api_before" "$api_settled") worker_cpu_ms_per_page=$(per 1 "$worker_before" "$worker_after")"
