#!/usr/bin/env python3
"""What a chat turn costs in wake-ups and system calls, counted (not timed): runs a ChatBenchmark binary with
--statements and, for its measured run only (from its pg_stat_statements reset after the warm-up to its
"turns:" line), counts with `perf stat -p` on the benchmark's process (every service but PostgreSQL):
system calls by kind, context switches, and with uprobes the Swift runtime's task switches and the jobs it
hands to the cooperative pool, and the `epoll_wait`s that returned nothing; and from /proc the voluntary and
involuntary context switches of the benchmark's threads (the benchmark prints PostgreSQL's wake-ups itself).
Everything is printed per turn of the run.

usage: mesh/bench/tools/chatcounts.py BINARY OUTDIR [benchmark arguments...]
   e.g. mesh/bench/tools/chatcounts.py .build/release/ChatBenchmark /tmp/counts --users 16 --turns 30
The window opens when the reset is seen (polled every 0.1 s) and closes at the result line, so a few turns
at its start may fall outside it: the counts per turn are a few percent low, the same for any binary.
"""
import glob, os, re, subprocess, sys

import chatwindow

SYSCALLS = ["epoll_wait", "epoll_pwait", "epoll_ctl", "futex", "write", "writev", "sendmsg", "sendto", "read",
            "readv", "recvfrom", "recvmsg", "getrandom", "poll", "ppoll", "sched_yield", "clock_nanosleep", "madvise",
            "mmap", "munmap"]
SWIFT_PROBES = ["swift_task_switch", "swift_task_enqueueGlobal"]


def switches(pid):
    """(voluntary, involuntary) context switches summed over the threads of `pid`."""
    voluntary = involuntary = 0
    for status in glob.glob(f"/proc/{pid}/task/*/status"):
        try:
            text = open(status).read()
        except OSError:
            continue
        voluntary += int(re.search(r"^voluntary_ctxt_switches:\s+(\d+)", text, re.M).group(1))
        involuntary += int(re.search(r"^nonvoluntary_ctxt_switches:\s+(\d+)", text, re.M).group(1))
    return voluntary, involuntary


def swift_libraries():
    swift = subprocess.run(["sh", "-c", "dirname $(readlink -f $(command -v swift))"], capture_output=True, text=True).stdout.strip()
    return swift + "/../lib/swift/linux"


def main():
    binary, out, arguments = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    lib = swift_libraries()
    added = []
    for function in SWIFT_PROBES:
        if subprocess.run(["perf", "probe", "-x", f"{lib}/libswift_Concurrency.so", "-a", function],
                          capture_output=True).returncode == 0:
            added.append(function)
    events = ["context-switches", "cpu-migrations", "raw_syscalls:sys_enter"]
    events += [f"syscalls:sys_enter_{name}" for name in SYSCALLS]
    events += [f"probe_libswift_Concurrency:{function}" for function in SWIFT_PROBES]
    marks = {}

    def start_recorder(bench, data):
        marks["start"] = switches(bench.pid)
        return subprocess.Popen(["perf", "stat", "-x", ",", "-o", out + "/stat.txt", "-p", str(bench.pid),
                                 "-e", ",".join(events), "-e", "syscalls:sys_exit_epoll_wait", "--filter", "ret == 0"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def at_stop(bench, data):
        marks["end"] = switches(bench.pid)

    try:
        output = chatwindow.measure(binary, out, arguments, start_recorder, at_stop)
    finally:
        for function in added:
            subprocess.run(["perf", "probe", "-d", f"probe_libswift_Concurrency:{function}"], capture_output=True)
    if output is None:
        return
    start, end = marks["start"], marks["end"]
    print(output)
    turns = int(re.search(r"turns: (\d+)", output).group(1))
    print(f"per turn, {turns} turns, the measured run (chatcounts.py):")
    print(f"  context switches of the services' threads: voluntary {(end[0] - start[0]) / turns:.1f}, "
          f"involuntary {(end[1] - start[1]) / turns:.1f}")
    for line in open(out + "/stat.txt"):
        fields = line.strip().split(",")
        if len(fields) < 3 or not fields[0].replace(".", "").isdigit():
            continue
        name = fields[2] + (" returning 0 (empty)" if fields[2] == "syscalls:sys_exit_epoll_wait" else "")
        print(f"  {name:56s} {float(fields[0]) / turns:9.1f}")


if __name__ == "__main__":
    main()
