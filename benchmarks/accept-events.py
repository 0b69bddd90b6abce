#!/usr/bin/env python3
"""Events behind the accept benchmark's slow uploads (issue 17, 202 p99). Diagnosis only; stdlib and psql.

  accept-events.py sample OUT_DIR      waits for the durable Postgres that performance.sh's AppHost starts (the one with
                                       backend_flush_after) and the append-only Redis, turns on Postgres's checkpoint,
                                       autovacuum and lock-wait logging, then every ~100 ms records Postgres's
                                       non-idle wait events, pg_stat_wal, pg_stat_bgwriter, vacuum progress, WAL files
                                       and autovacuum counts (OUT_DIR/pg.tsv) and the kernel's Dirty/Writeback, the
                                       disk's counters and Redis's persistence state (OUT_DIR/sys.tsv), until Postgres exits.
  accept-events.py report OUT_DIR CSV_DIR
                                       groups each open loop's uploads whose store phase took > 40 ms (CSV_DIR/accept-*.csv,
                                       written by bench accept --samples) into clusters and prints what was sampled then.

performance.sh runs both when ACCEPT_EVENTS=1. Postgres's own log goes to DCP through a pipe, so the logging it turns
on shows in the dashboard's console log of the postgres resource, not here.
"""
import os, sys, time, subprocess, socket, datetime, glob, csv, collections


def sample(out):
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    def procs(name):
        for p in glob.glob('/proc/[0-9]*'):
            try:
                cmd = open(p + '/cmdline', 'rb').read().split(b'\0')
                if open(p + '/comm').read().strip() == name:
                    yield int(p[6:]), [c.decode() for c in cmd if c], os.stat(p).st_mtime
            except Exception:
                pass
    def start_time(pid):
        return float(open(f'/proc/{pid}/stat').read().split(')')[1].split()[19])
    btime = float([l for l in open('/proc/stat') if l.startswith('btime')][0].split()[1])
    hz = os.sysconf('SC_CLK_TCK')
    def started_after(pid):
        return btime + start_time(pid) / hz > t0 - 1
    pm = None
    while pm is None:
        if time.time() - t0 > 600:
            sys.exit('no durable Postgres started within 10 minutes')
        for pid, cmd, _ in procs('postgres'):
            if 'backend_flush_after=256kB' in ' '.join(cmd) and '-p' in cmd and started_after(pid):
                pm = (pid, cmd[cmd.index('-p') + 1])
        time.sleep(0.5)
    pid, port = pm
    print('postgres', pid, port, flush=True)
    log_target = os.readlink(f'/proc/{pid}/fd/1')
    print('postgres stdout', log_target, flush=True)
    psql = ['psql', '-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-X', '-q']
    while subprocess.run(psql + ['-d', 'ocrdb', '-c', 'select 1'], capture_output=True).returncode != 0:
        time.sleep(0.5)
    settings = ["log_checkpoints=on", "log_autovacuum_min_duration=0", "log_lock_waits=on", "deadlock_timeout='10ms'",
                "log_min_duration_statement=40", "track_wal_io_timing=on", "track_io_timing=on",
                "log_line_prefix='%m [%p] %a '"]
    for s in settings:
        k, v = s.split('=', 1)
        subprocess.run(psql + ['-d', 'postgres', '-c', f'ALTER SYSTEM SET {k} = {v}'], check=True)
    subprocess.run(psql + ['-d', 'postgres', '-c', 'select pg_reload_conf()'], check=True, capture_output=True)
    query = r"""
    select to_char(clock_timestamp() at time zone 'UTC','HH24:MI:SS.MS') t,
     (select coalesce(string_agg(k || '=' || n, ' ' order by k), '') from (select replace(backend_type, ' ', '_') || '/' || coalesce(wait_event_type || ':' || wait_event, 'CPU')
       || case when backend_type = 'client backend' then '/' || coalesce(nullif(application_name, ''), '?') || '/' || left(regexp_replace(query, '\s+', '_', 'g'), 18) else '' end k, count(*) n
       from pg_stat_activity where pid <> pg_backend_pid() and coalesce(state, 'x') not in ('idle') and coalesce(wait_event_type, '') <> 'Activity'
       group by 1) a) act,
     w.wal_records, w.wal_bytes, w.wal_buffers_full, w.wal_write, w.wal_sync, round(w.wal_write_time) wwt, round(w.wal_sync_time) wst,
     b.checkpoints_timed, b.checkpoints_req, b.buffers_checkpoint, b.buffers_clean, b.buffers_backend, b.buffers_backend_fsync,
     (select coalesce(string_agg(relid || ':' || phase || ':' || heap_blks_scanned || '/' || heap_blks_total, ','), '') from pg_stat_progress_vacuum) vac,
     (select count(*) from pg_ls_waldir()) walfiles,
     (select string_agg(coalesce(c.relname, t.relname) || case when c.relname is null then '' else '.toast' end || ':' || t.autovacuum_count || '/' || t.autoanalyze_count || '/' || t.n_ins_since_vacuum, ' ' order by t.relname)
       from pg_stat_all_tables t left join pg_class c on c.reltoastrelid = t.relid where t.relname like 'ocr_%' or c.relname like 'ocr_%') av
    from pg_stat_wal w, pg_stat_bgwriter b
    """
    pgout = open(f'{out}/pg.tsv', 'w')
    pgproc = subprocess.Popen(psql + ['-d', 'ocrdb', '-A', '-t', '-F', '\t'], stdin=subprocess.PIPE, stdout=pgout, stderr=subprocess.STDOUT, text=True)
    pgproc.stdin.write(query.strip() + '\n\\watch 0.1\n'); pgproc.stdin.flush()
    # Redis: the newest redis-server with the append-only file on.
    def redis_info(port, section):
        s = socket.create_connection(('127.0.0.1', int(port)), timeout=1)
        s.sendall(f'INFO {section}\r\n'.encode()); data = b''
        while True:
            data += s.recv(65536)
            if data.startswith(b'$'):
                n = int(data[1:data.index(b'\r\n')])
                if len(data) >= data.index(b'\r\n') + 2 + n: break
        s.close()
        return dict(l.split(':', 1) for l in data.decode().split('\r\n')[1:] if ':' in l)
    rport = None
    for _ in range(60):
        for rpid, cmd, _ in procs('redis-server'):
            if not started_after(rpid): continue
            title = ' '.join(cmd)
            p = title.rsplit(':', 1)[-1].split()[0] if ':' in title else (cmd[cmd.index('--port') + 1] if '--port' in cmd else None)
            try:
                if p and redis_info(p, 'persistence').get('aof_enabled') == '1': rport = p
            except Exception: pass
        if rport: break
        time.sleep(0.5)
    print('redis', rport, flush=True)
    sysout = open(f'{out}/sys.tsv', 'w')
    sysout.write('t\tload1\tdirty_kb\twriteback_kb\tvda_writes\tvda_wsect\tvda_inflight\tvda_ioticks\tvda_wtime\tvda_flushes\tvda_flushtime\trdb_bgsave\taof_rewrite\taof_delayed_fsync\trdb_changes\tlatest_fork_usec\n')
    while os.path.exists(f'/proc/{pid}'):
        now = datetime.datetime.utcnow().strftime('%H:%M:%S.%f')[:-3]
        mem = {l.split(':')[0]: l.split()[1] for l in open('/proc/meminfo')}
        d = [l.split() for l in open('/proc/diskstats') if l.split()[2] == 'vda'][0]
        r = {}
        try:
            if rport: r = redis_info(rport, 'persistence'); r.update(redis_info(rport, 'stats'))
        except Exception: pass
        load = open('/proc/loadavg').read().split()[0]
        sysout.write('\t'.join([now, load, mem['Dirty'], mem['Writeback'], d[7], d[9], d[11], d[12], d[13], d[18] if len(d) > 18 else '', d[19] if len(d) > 19 else '',
                                r.get('rdb_bgsave_in_progress', ''), r.get('aof_rewrite_in_progress', ''), r.get('aof_delayed_fsync', ''),
                                r.get('rdb_changes_since_last_save', ''), r.get('latest_fork_usec', '')]) + '\n')
        sysout.flush()
        time.sleep(0.1)
    pgproc.kill()
    print('done', flush=True)


def report(out, csvdir):
    def ts(h):  # HH:MM:SS.mmm -> seconds of day
        a, b, c = h.split(':'); return int(a) * 3600 + int(b) * 60 + float(c)
    pg = []
    for l in open(f'{out}/pg.tsv'):
        f = l.rstrip('\n').split('\t')
        if len(f) >= 18 and f[0][:2].isdigit(): pg.append((ts(f[0]), f))
    sysr = []
    for l in list(open(f'{out}/sys.tsv'))[1:]:
        f = l.rstrip('\n').split('\t'); sysr.append((ts(f[0]), f))
    def near(rows, a, b): return [r for r in rows if a <= r[0] <= b]
    for path in sorted(glob.glob(f'{csvdir}/accept-*.csv')):
        rows = list(csv.DictReader(open(path)))
        n = len(rows); st = sorted(float(r['store_ms']) for r in rows); lat = sorted(float(r['latency_ms']) for r in rows)
        print(f'== {path.split("/")[-1]}: n={n} latency p50={lat[n//2]:.1f} p99={lat[int(n*.99)]:.1f} store p50={st[n//2]:.1f} p99={st[int(n*.99)]:.1f}')
        # clusters: uploads with store > 50 ms, grouped by send second
        slow = sorted([r for r in rows if float(r['store_ms']) > 40], key=lambda r: r['sent_utc'])
        print(f'   uploads with store > 40 ms: {len(slow)}')
        groups = []
        for r in slow:
            t = ts(r['sent_utc'][11:])
            if groups and t - groups[-1][-1][0] < 1.0: groups[-1].append((t, r))
            else: groups.append([(t, r)])
        for g in groups:
            a = g[0][0]; b = max(t + float(r['client_ms']) / 1000 for t, r in g)
            print(f'  cluster {g[0][1]["sent_utc"][11:]} .. +{(b - a) * 1000:.0f} ms: {len(g)} uploads, store max {max(float(r["store_ms"]) for _, r in g):.0f} ms')
            waits = collections.Counter(); vac = set(); p0 = near(pg, a - 0.3, b + 0.1)
            for _, f in p0:
                for kv in f[1].split():
                    k, v = kv.rsplit('=', 1); waits[k] += int(v)
                if f[15]: vac.add(f[15])
            if p0:
                f0, f1 = p0[0][1], p0[-1][1]
                d = lambda i: int(f1[i]) - int(f0[i])
                print(f'    pg: {len(p0)} samples, wal_bytes +{d(3)/1e6:.1f} MB, buffers_full +{d(4)}, wal_sync +{d(6)} ({d(8)} ms), ckpt timed/req +{d(9)}/+{d(10)}, buffers_ckpt +{d(11)}, backend +{d(13)}, walfiles {f0[16]}->{f1[16]}')
                print(f'    vacuum: {sorted(vac)[:3]}; av: {f1[17] if len(f1) > 17 else ""}')
                print('    waits: ' + ', '.join(f'{k}={v}' for k, v in waits.most_common(8)))
            s0 = near(sysr, a - 0.3, b + 0.1)
            if s0:
                f0, f1 = s0[0][1], s0[-1][1]
                print(f'    kernel: dirty max {max(int(f[2]) for _, f in s0)//1024} MB, writeback max {max(int(f[3]) for _, f in s0)//1024} MB, inflight max {max(int(f[6]) for _, f in s0)}, vda writes +{int(f1[4])-int(f0[4])} ({(int(f1[5])-int(f0[5]))//2048} MB), flushes +{(int(f1[9])-int(f0[9])) if f1[9] else "?"}, load {f0[1]}; redis bgsave/aofrw {set(f[11] + "/" + f[12] for _, f in s0)} fork_us {f1[15]}')


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'sample':
        sample(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'report':
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
