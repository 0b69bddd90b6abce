#!/usr/bin/env bash
# Starts a local PostgreSQL server for OcrAsync (run mode without containers):
# initialises the data folder on first use, creates the database, then becomes the server process.
# Usage: start-postgres.sh DATA_DIR PORT DATABASE EPHEMERAL(true|false)
set -euo pipefail

data_dir=$1
port=$2
database=$3
ephemeral=${4:-false}

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/postgres" ]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql: install the 'postgresql' package (./run.sh does)." >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, run it as Debian's postgres user, in a folder that user can reach.
as_server_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  as_server_user() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
  mkdir -p "$data_dir"
  chown postgres:postgres "$data_dir"
  if ! as_server_user test -w "$data_dir"; then
    fallback="/var/tmp/ocrasync-postgres-$(printf '%s' "$data_dir" | sha256sum | cut -c1-12)"
    echo "The postgres user cannot reach $data_dir (a parent folder is private); using $fallback instead."
    # Recorded where the AppHost looks, so that an ephemeral run's cleanup removes this folder too.
    printf '%s\n' "$fallback" > "$data_dir/relocated-to"
    data_dir=$fallback
    mkdir -p "$data_dir"
    chown postgres:postgres "$data_dir"
  fi
fi

cluster="$data_dir/cluster"
if [ ! -s "$cluster/PG_VERSION" ]; then
  echo "Initialising a new PostgreSQL cluster in $cluster"
  as_server_user "$bin_dir/initdb" -D "$cluster" -U postgres --auth=trust -E UTF8 --no-locale 2>&1 >/dev/null
fi

# Single-user mode needs no port or socket, so the database exists before anyone can connect.
marker="$cluster/.ocrasync-database-$database"
if [ ! -e "$marker" ]; then
  as_server_user "$bin_dir/postgres" --single -D "$cluster" postgres 2>&1 >/dev/null <<< "CREATE DATABASE \"$database\";"
  as_server_user touch "$marker"
fi

settings=(-c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200)
if [ "$ephemeral" = "true" ]; then
  # Throwaway test data: durability buys nothing.
  settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
else
  # Every upload goes through the WAL whole (~350 KB an invoice, ~20 MB/s at 50 uploads/s). With the defaults the
  # 4 MB of WAL buffers fill during a burst (an insert then writes WAL itself, behind the lock a committing upload holds
  # while it flushes) and a checkpoint starts every ~25 s (max_wal_size 1 GB): its writes and fsyncs share the disk
  # with each upload's commit. The table pages the uploads fill are handed to the kernel for writing as they are
  # written (backend_flush_after) rather than left dirty: otherwise the kernel gathers up to ~1.5 GB and writes it in one
  # burst that stalls the commits behind it for 300-500 ms. BENCHMARKS.md, "202 p99, sixth session" and "integrator".
  settings+=(-c wal_buffers=64MB -c max_wal_size=4GB -c backend_flush_after=256kB)
fi

exec_as_server_user() { exec "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  exec_as_server_user() { exec setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
fi
echo "Starting PostgreSQL on 127.0.0.1:$port (data: $cluster)"
# Postgres logs to stderr, which the dashboard shows as errors: send it to stdout.
exec_as_server_user "$bin_dir/postgres" -D "$cluster" -p "$port" "${settings[@]}" 2>&1
