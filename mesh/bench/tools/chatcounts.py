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
import glob, os, re, signal, subprocess, sys, time

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
    before_dirs = set(glob.glob("/tmp/meshchatbench-*"))
    log = open(out + "/benchmark.txt", "w")
    bench = subprocess.Popen(["stdbuf", "-oL", binary, "--statements"] + arguments, stdout=log, stderr=subprocess.STDOUT)
    data, reset0, perf, start = None, None, None, None
    try:
        while bench.poll() is None and perf is None:
            time.sleep(0.1)
            if data is None:
                made = set(glob.glob("/tmp/meshchatbench-*")) - before_dirs
                if made and os.path.exists(next(iter(made)) + "/data/postmaster.pid"):
                    data = next(iter(made)) + "/data"
                continue
            query = subprocess.run(["psql", f"host={data} user=mesh dbname=postgres", "-Atc",
                                    "SELECT stats_reset FROM pg_stat_statements_info"], capture_output=True, text=True)
            if query.returncode != 0 or not query.stdout.strip():
                continue
            if reset0 is None:
                reset0 = query.stdout.strip()
            elif query.stdout.strip() != reset0:
                start = switches(bench.pid)
                perf = subprocess.Popen(["perf", "stat", "-x", ",", "-o", out + "/stat.txt", "-p", str(bench.pid),
                                         "-e", ",".join(events), "-e", "syscalls:sys_exit_epoll_wait", "--filter", "ret == 0"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while bench.poll() is None and perf is not None:
            time.sleep(0.05)
            if "turns:" in open(out + "/benchmark.txt").read():
                break
        if perf is None:
            print("the measured run was not seen (no pg_stat_statements reset)")
            return
        perf.send_signal(signal.SIGINT)
        end = switches(bench.pid)
        perf.wait()
        bench.wait()
    finally:
        if bench.poll() is None:
            bench.terminate()
            bench.wait()
        if perf is not None and perf.poll() is None:
            perf.terminate()
        for function in added:
            subprocess.run(["perf", "probe", "-d", f"probe_libswift_Concurrency:{function}"], capture_output=True)
    output = open(out + "/benchmark.txt").read()
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
