# Sourced by performance.sh and startup.sh: the running system's processes, found and stopped. Needs $root (the
# repository) and $out (the run's folder). DCP (Aspire's orchestrator) re-parents the services it starts, so they are
# found by their executable path in this worktree and killed by id if a graceful stop leaves any behind.
apphost_pid=""
started=""
ours() { local p; for p in /proc/[0-9]*; do [[ "$(readlink "$p/exe" 2>/dev/null)" == "$root/"* ]] && echo "${p#/proc/}"; done; return 0; }
find_ours() { local p; for p in $(ours); do [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == "$1" ]] && echo "$p"; done | head -1; return 0; }

# SIGTERM, not SIGINT: background jobs of a script ignore SIGINT. The AppHost then stops DCP and every resource.
stop_apphost() {
  [[ -n "$apphost_pid" ]] || return 0
  local host p; host="$(find_ours OcrAsync.AppHos)"
  started="$started $(ours | xargs)"
  kill -TERM ${host:-$apphost_pid} 2>/dev/null || true
  for _ in $(seq 1 90); do kill -0 "$apphost_pid" 2>/dev/null || break; sleep 0.5; done
  sleep 5
  for p in $apphost_pid $started; do
    kill -0 "$p" 2>/dev/null && { echo "killing leftover $p ($(cat /proc/$p/comm 2>/dev/null))"; kill -KILL "$p" 2>/dev/null || true; }
  done
  apphost_pid=""
}

# The run's fresh Postgres data; as root, Postgres runs from a folder its user can reach (start-postgres.sh records it
# in relocated-to): remove it too.
remove_data() {
  local marker relocated
  while IFS= read -r marker; do
    relocated="$(cat "$marker")"
    [[ "$relocated" == /var/tmp/ocrasync-postgres-* ]] && rm -rf "$relocated"
  done < <(find "$out/data" -name relocated-to 2>/dev/null)
  rm -rf "$out/data"
}
