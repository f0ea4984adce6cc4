#!/usr/bin/env python3
"""Exhausts a server's file descriptors and measures the CPU it burns meanwhile.

    fd_exhaustion.py PORT PID [CONNECTIONS]

Opens CONNECTIONS (150) plain TCP connections to PORT and holds them, so a server run with a low
RLIMIT_NOFILE hits EMFILE with connections still waiting in its listen backlog; samples the CPU time of
process PID over two seconds; closes every connection; prints one JSON object and exits.
"""
import json, os, socket, sys, time

PORT, PID = int(sys.argv[1]), int(sys.argv[2])
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 150
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds():
    with open("/proc/%d/stat" % PID) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


sockets, failed = [], 0
for _ in range(COUNT):
    s = socket.socket()
    s.settimeout(1)
    try:
        s.connect(("127.0.0.1", PORT))
        sockets.append(s)
    except OSError:
        failed += 1
        s.close()
time.sleep(0.5)
before = cpu_seconds()
time.sleep(2)
used = cpu_seconds() - before
for s in sockets:
    s.close()
print(json.dumps({"cpu_seconds": used, "connected": len(sockets), "failed": failed}))
