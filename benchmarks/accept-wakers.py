#!/usr/bin/env python3
"""Who the accept's durable write waited for (issue 17, 202 p99). Diagnosis only; needs root and `perf`.

  accept-wakers.py record OUT_DIR N API_PID SECONDS
        records the scheduler's switches and wake-ups and the disk's requests of the whole machine for SECONDS
        (perf, CLOCK_MONOTONIC, OUT_DIR/perf-N.data), with the API's disk-io thread ids and the clock's offset to UTC.
  accept-wakers.py report OUT_DIR N
        every sleep of the API's disk-io threads in the kernel (D state: the upload file's write and fsyncs) by the
        thread that ended it, the longest ones with that thread's own wait for a CPU just before; how long kernel
        workers (kworker/u*), the disk-io threads and Postgres waited for a CPU once runnable; how long the disk took
        per request; and the slowest 1 % of open loop N (OUT_DIR/accept-N-*.csv) lined up with them.

performance.sh runs both around each open loop when ACCEPT_PERF=1 (OUT_DIR/accept-wakers.txt). A wake-up in an
interrupt is charged to whatever thread the interrupt found on the CPU (`ocr-engine-0`, `disk-io-3`): those are the
disk's own completions; a `kworker/u…` waker is a kernel worker thread the sleeper waited for.
"""
import collections, csv, datetime, glob, re, subprocess, sys, time

LINE = re.compile(r'^\s*(.+?)\s+(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(\S+):\s*(.*)$')
SWITCH = re.compile(r'prev_comm=(.*?) prev_pid=(\d+) prev_prio=\d+ prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)')


def record(out, n, api_pid, seconds):
    tids = []
    for task in glob.glob(f'/proc/{api_pid}/task/*'):
        try:
            if open(f'{task}/comm').read().startswith('disk-io'):
                tids.append(task.rsplit('/', 1)[1])
        except OSError:
            pass
    with open(f'{out}/wakers-{n}.txt', 'w') as f:
        f.write(f'{time.time() - time.monotonic()}\n{" ".join(tids)}\n')
    events = ['sched:sched_switch', 'sched:sched_wakeup', 'sched:sched_waking', 'block:block_rq_issue', 'block:block_rq_complete']
    subprocess.run(['perf', 'record', '-q', '-k', 'mono', '-a', *[a for e in events for a in ('-e', e)],
                    '-o', f'{out}/perf-{n}.data', '--', 'sleep', str(seconds)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else float('nan')


def report(out, n):
    offset_line, tids_line = open(f'{out}/wakers-{n}.txt').read().splitlines()[:2]
    offset, disk_io = float(offset_line), {int(t) for t in tids_line.split()}
    script = subprocess.run(['perf', 'script', '-i', f'{out}/perf-{n}.data', '-F', 'comm,tid,cpu,time,event,trace'],
                            capture_output=True, text=True).stdout
    runnable, cpu_waits, last_cpu_wait = {}, collections.defaultdict(list), {}
    asleep, by_waker, long_sleeps = {}, collections.defaultdict(lambda: [0, 0.0]), []
    issued, disk = {}, []

    def kind(comm, tid):
        if tid in disk_io:
            return 'API disk-io threads'
        if comm.startswith('kworker/u'):
            return 'kernel workers (kworker/u*)'
        return 'Postgres processes' if comm == 'postgres' else None

    for line in script.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        comm, t, event, rest = m.group(1), float(m.group(4)) + offset, m.group(5), m.group(6)
        if event == 'sched:sched_switch' and (s := SWITCH.search(rest)):
            prev, state, next_comm, nxt = int(s.group(2)), s.group(3), s.group(4), int(s.group(5))
            if state.startswith('R'):
                runnable[prev] = t  # preempted: waiting for a CPU from now
            elif prev in disk_io and state.startswith('D'):
                asleep[prev] = t
            if nxt in runnable:
                since = runnable.pop(nxt)
                last_cpu_wait[nxt] = (since, t)
                if k := kind(next_comm, nxt):
                    cpu_waits[k].append((since, t))
        elif event == 'sched:sched_wakeup':
            runnable[int(re.search(r'pid=(\d+)', rest).group(1))] = t
        elif event == 'sched:sched_waking':
            target = int(re.search(r'pid=(\d+)', rest).group(1))
            if target in asleep:
                slept = (t - asleep.pop(target)) * 1000
                waker = re.sub(r'(kworker/u)\d+:\d+.*', r'\1*', re.sub(r'-\d+$', '', comm))
                by_waker[waker][0] += 1
                by_waker[waker][1] += slept
                if slept > 50:
                    own = last_cpu_wait.get(int(m.group(2)))
                    waited = (own[1] - own[0]) * 1000 if own and own[1] > t - slept / 1000 else 0.0
                    long_sleeps.append((slept, comm, waited))
        elif event == 'block:block_rq_issue' and (b := re.search(r'\) (\d+) \+ (\d+)', rest)):
            issued[b.group(1)] = t
        elif event == 'block:block_rq_complete' and (b := re.search(r'\(\) (\d+) \+ (\d+)', rest)) and b.group(1) in issued:
            disk.append((issued.pop(b.group(1)), t))

    print(f'== open loop {n}: sleeps of the API disk-io threads in the kernel (D), by the thread that ended them')
    for waker, (count, total) in sorted(by_waker.items(), key=lambda kv: -kv[1][1])[:8]:
        print(f'  {waker:28s} {count:6d} sleeps, {total:8.0f} ms in all')
    kworker = [s for s in long_sleeps if s[1].startswith('kworker/u')]
    print(f'  {len(long_sleeps)} sleeps > 50 ms, {len(kworker)} ended by a kernel worker; of those, the worker had itself '
          f'waited for a CPU for >= 90 % of the sleep in {sum(1 for s in kworker if s[2] >= 0.9 * s[0])}')
    for slept, waker, waited in sorted(long_sleeps, reverse=True)[:5]:
        print(f'    {slept:6.1f} ms, ended by {waker} after its own {waited:.1f} ms wait for a CPU')
    print('  wait for a CPU once runnable (ms): n, p50, p99, max')
    for k, waits in sorted(cpu_waits.items()):
        d = [(b - a) * 1000 for a, b in waits]
        print(f'    {k:28s} {len(d):7d} {pct(d, 50):7.2f} {pct(d, 99):7.2f} {max(d):8.1f}')
    d = [(b - a) * 1000 for a, b in disk]
    print(f'  disk requests (issue to completion, ms): n={len(d)} p50={pct(d, 50):.2f} p99={pct(d, 99):.2f} max={max(d, default=0):.2f}')

    uploads = []
    for path in glob.glob(f'{out}/accept-{n}-*.csv'):
        for row in csv.DictReader(open(path)):
            sent = datetime.datetime.fromisoformat(row['sent_utc']).replace(tzinfo=datetime.timezone.utc).timestamp()
            uploads.append((float(row['latency_ms']), sent, float(row['file_ms'] or 0), float(row['store_ms'] or 0)))
    first, last = min(a for w in cpu_waits.values() for a, _ in w), max(b for w in cpu_waits.values() for _, b in w)
    inside = sorted((u for u in uploads if first <= u[1] and u[1] + u[0] / 1000 <= last), reverse=True)
    longest = lambda waits, a, b: max([(y - x) * 1000 for x, y in waits if x < b and y > a], default=0.0)
    print(f'  slowest 1 % of the {len(inside)} uploads inside the trace: latency, file, store | the longest CPU wait '
          'meanwhile of a kernel worker, a disk-io thread, Postgres | the longest disk request (ms)')
    for latency, sent, file_ms, store_ms in inside[:max(1, len(inside) // 100)]:
        a, b = sent, sent + latency / 1000
        print(f'    {latency:7.1f} {file_ms:6.1f} {store_ms:6.1f} | {longest(cpu_waits["kernel workers (kworker/u*)"], a, b):6.1f} '
              f'{longest(cpu_waits["API disk-io threads"], a, b):6.1f} {longest(cpu_waits["Postgres processes"], a, b):6.1f} | {longest(disk, a, b):5.2f}')


if __name__ == '__main__':
    if sys.argv[1:2] == ['record']:
        record(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif sys.argv[1:2] == ['report']:
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
