#!/usr/bin/env python3
"""Per-call counts of a proxy for a fixed number of forwarded calls: what the load of a shared machine
does not change (issue 9).

Each proxy (one or more `mesh` binaries, and nghttpx) runs pinned to CPU 0 in front of an interop-server, as
in bench.py, with bench.py's mesh file (JWT check + local rate limit + routing; --no-auth: routing only). h2load
sends --calls unary calls (an empty SimpleRequest) after a warm-up, and a loadgen call afterwards checks they
end with grpc-status 0 (h2load sees HTTP 200 only). Printed per call:
- the events of uprobes counted by `perf stat -p` (exact counts: malloc, swift_allocObject, swift_retain,
  swift_task_create, swift_task_switch; set up with `perf probe`, see --events);
- or, with --syscalls, its system calls by kind and context switches (tracepoints and software events), and the
  epoll_waits that returned nothing (epoll_wait_empty: an event loop's polls) or could sleep (epoll_wait_may_sleep);
- the context switches of its threads (/proc/PID/task/*/status), always;
- the proxy's CPU time (utime + stime, 10 ms ticks): this one does depend on the load.
Binaries are measured in turn, --rounds times, so a before/after pair shares the machine's state.

usage: python3 mesh/bench/gateway/counts.py --mesh before=PATH --mesh after=PATH [--nghttpx]
       [--calls N] [--clients C] [--streams M] [--rounds R] [--events E1,E2 | --syscalls] [--upstream P] [--auth-peer P]
Not part of the test command. Needs h2load (Debian's nghttp2-client) and perf with uprobes, made once (root):
  S=/opt/swift/usr/lib/swift/linux
  perf probe -x /usr/lib/x86_64-linux-gnu/libc.so.6 -a gw_malloc=malloc
  perf probe -x /usr/lib/x86_64-linux-gnu/libmimalloc.so.2 -a gw_malloc=malloc
  perf probe -x $S/libswiftCore.so -a gw_alloc=swift_allocObject -a gw_retain=swift_retain
  perf probe -x $S/libswift_Concurrency.so -a gw_taskcreate=swift_task_create -a gw_switch=swift_task_switch
and removed with `perf probe -d 'probe_lib*:gw_*'`.
--frames counts the HTTP/2 frames each proxy's nghttp2 sessions receive and send, by side and type, per call
(h2frames.c, LD_PRELOADed: it wraps the sessions' frame callbacks; its lock per frame makes the CPU figure of that
run meaningless). With --callgrind the instructions in libnghttp2 itself and the calls the proxy makes into
nghttp2's API (nghttp2_session_mem_send, submit_*, consume...) are printed per call too.
--callgrind PREFIX runs each proxy under valgrind's callgrind instead (instructions per call, by function; the guest
has no hardware counters): `callgrind_annotate --inclusive=yes PREFIX-LABEL.out.PID.1 | swift demangle --simplified`.
`mesh-gateway` links the Swift runtime statically: for a binary that does not load libswiftCore.so, counts.py
sets its own uprobes (tracefs, by file offset: no `perf probe`) on the binary's swift_allocObject and
swift_retain and on libmimalloc's malloc, in a group per binary (`gwstatic_LABEL`), and removes them at the end.
"""
import argparse
import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (free_port, gateway_file, loadgen, wait_ready, cpu_seconds, stop, tree)

ROOT = bench.ROOT
# gw_malloc is counted in libc and in mimalloc (what `mesh` links since issue 8) and summed: calls to the malloc
# the binary binds to, whichever it is.
EVENTS = ("probe_libc:gw_malloc,probe_libmimalloc:gw_malloc,probe_libswiftCore:gw_alloc,probe_libswiftCore:gw_retain,"
          "probe_libswift_Concurrency:gw_taskcreate,probe_libswift_Concurrency:gw_switch")


# --syscalls: the system calls a proxy makes, by kind (tracepoints: exact counts, cheap next to strace), and the
# scheduler's context switches; read per call with the threads' own voluntary/involuntary switch counts.
SYSCALLS = ("read", "readv", "recvfrom", "recvmsg", "write", "writev", "sendto", "sendmsg", "epoll_wait",
            "epoll_pwait", "epoll_ctl", "futex", "timerfd_settime", "nanosleep", "clock_nanosleep", "sched_yield",
            "getrandom", "mmap", "munmap", "madvise", "mprotect", "brk", "accept4", "close", "ioctl")
SYSCALL_EVENTS = ",".join(f"syscalls:sys_enter_{name}" for name in SYSCALLS) + ",context-switches,cpu-migrations"
# With them, the event loop's turns: epoll_waits that returned no event (a poll that found nothing) and those that
# could sleep (a timeout other than 0). A filtered event is named as its plain twin in perf's output, so it is told
# apart by its place among the lines of that name (its label, after the plain one's).
FILTERED_SYSCALL_EVENTS = (("syscalls:sys_exit_epoll_wait", "ret == 0", "epoll_wait_empty"),
                           ("syscalls:sys_enter_epoll_wait", "timeout != 0", "epoll_wait_may_sleep"))

UPROBES = "/sys/kernel/tracing/uprobe_events"
MIMALLOC = "/usr/lib/x86_64-linux-gnu/libmimalloc.so.2"


def file_offset(path, symbol):
    """The file offset of `symbol` (a defined function, local or global) in an ELF file: its address less
    the executable LOAD segment's address, plus that segment's offset."""
    names = subprocess.run(["nm", "--defined-only", path], capture_output=True, text=True).stdout.splitlines()
    names += subprocess.run(["nm", "-D", "--defined-only", path], capture_output=True, text=True).stdout.splitlines()
    address = next((int(line.split()[0], 16) for line in names
                    if len(line.split()) == 3 and line.split()[1] in "Tt" and line.split()[2] == symbol), None)
    if address is None:
        raise RuntimeError(f"{symbol} not found in {path}")
    for line in subprocess.run(["readelf", "-lW", path], capture_output=True, text=True).stdout.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"] and "E" in fields[6:-1]:
            offset, vaddr, size = int(fields[1], 16), int(fields[2], 16), int(fields[5], 16)
            if vaddr <= address < vaddr + size:
                return address - vaddr + offset
    raise RuntimeError(f"no executable segment holds {symbol} in {path}")


def static_probes(label, path):
    """Uprobes for a binary with the Swift runtime linked in (nothing for one that loads libswiftCore.so,
    which the default events cover): returns (events, group)."""
    linked = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    if "libswiftCore.so" in linked:
        return None, None
    group = "gwstatic_" + "".join(c if c.isalnum() else "_" for c in label)
    path = os.path.realpath(path)
    lines = [f"p:{group}/gw_alloc {path}:0x{file_offset(path, 'swift_allocObject'):x}",
             f"p:{group}/gw_retain {path}:0x{file_offset(path, 'swift_retain'):x}"]
    if "libmimalloc.so" in linked:
        lines.append(f"p:{group}/gw_malloc {os.path.realpath(MIMALLOC)}:0x{file_offset(MIMALLOC, 'malloc'):x}")
    remove_probes(group)
    for line in lines:
        write_uprobes(line)
    return ",".join(f"{group}:{line.split()[0].split('/')[1]}" for line in lines), group


def remove_probes(group):
    """Removes a group's uprobes, if any."""
    with open(UPROBES) as f:
        mine = [line.split()[0][2:] for line in f if line.startswith(f"p:{group}/")]
    for name in mine:
        write_uprobes(f"-:{name}")


def write_uprobes(line):
    """One line to tracefs's uprobe_events (os.write: Python's append mode seeks, which tracefs refuses)."""
    descriptor = os.open(UPROBES, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(descriptor, (line + "\n").encode())
    finally:
        os.close(descriptor)


def static_binary(path):
    """The ELF file a --mesh path runs: the path itself, or for a wrapper script (`shift 2; exec BIN "$@"`,
    so `serve gateway` goes) the binary it execs; None when it cannot tell."""
    with open(path, "rb") as f:
        if f.read(4) == b"\x7fELF":
            return path
    with open(path, errors="replace") as f:
        for line in f:
            words = line.replace(";", " ").split()
            if "exec" in words and words.index("exec") + 1 < len(words):
                target = words[words.index("exec") + 1]
                if os.path.isfile(target):
                    return target
    return None


def h2load(port, calls, clients, streams, token, body, headers=()):
    command = ["taskset", "-c", bench.OTHER_CPU, "h2load", "-n", str(calls), "-c", str(clients), "-m", str(streams),
               "-d", body, "-H", "content-type: application/grpc", "-H", "te: trailers"]
    if token:
        command += ["-H", f"authorization: Bearer {token}"]
    for header in headers:
        command += ["-H", header]
    command.append(f"http://127.0.0.1:{port}/grpc.testing.TestService/UnaryCall")
    result = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    done = [line for line in result.stdout.splitlines() if line.strip().startswith("requests:")]
    if result.returncode != 0 or not done or f"{calls} succeeded" not in done[0]:
        raise RuntimeError(f"h2load: {result.stdout[-800:]} {result.stderr[-400:]}")


def thread_switches(pid):
    """Voluntary and involuntary context switches of every thread of `pid` and its descendants."""
    voluntary = involuntary = 0
    for p in bench.tree(pid):
        for task in os.listdir(f"/proc/{p}/task"):
            try:
                with open(f"/proc/{p}/task/{task}/status") as f:
                    for line in f:
                        if line.startswith("voluntary_ctxt_switches:"):
                            voluntary += int(line.split()[1])
                        elif line.startswith("nonvoluntary_ctxt_switches:"):
                            involuntary += int(line.split()[1])
            except OSError:
                pass  # a thread that ended meanwhile
    return voluntary, involuntary


def user_seconds(pid):
    """The user-mode CPU time of `pid` and its descendants (`bench.cpu_seconds` less the kernel's part: the
    system calls, among them the event loop's polls while it waits for the next bytes)."""
    total = 0
    for p in bench.tree(pid):
        with open(f"/proc/{p}/stat") as f:
            total += int(f.read().rsplit(")", 1)[1].split()[11])
    return total / bench.TICK


def callgrind_totals(path):
    """The instructions (Ir) of a callgrind dump: its `totals:` line (its `summary:` line can read 0)."""
    with open(path) as f:
        for line in f:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"no totals in {path}")


def callgrind_split(path, library="libnghttp2"):
    """From a callgrind dump: the instructions spent in `library` itself (its functions' self cost), and the
    calls into its exported `nghttp2_*` functions from outside it, by name (the API calls the program makes).
    Reads callgrind's format (compressed names: "(id) name" once, "(id)" after; `calls=` lines are followed by
    the call's inclusive cost, which is not the caller's self cost)."""
    objects, functions = {}, {}

    def name(table, text):
        text = text.strip()
        if text.startswith("("):
            key, _, rest = text.partition(")")
            if rest.strip():
                table[key] = rest.strip()
            return table.get(key, "")
        return text

    inside, api = 0, {}
    current_object = callee_object = callee = ""
    after_calls = in_library = False
    with open(path) as f:
        for line in f:
            if line.startswith("ob="):
                current_object = name(objects, line[3:])
            elif line.startswith("fn="):
                name(functions, line[3:])
                in_library = library in current_object
                callee_object = ""
            elif line.startswith("cob="):
                callee_object = name(objects, line[4:])
            elif line.startswith("cfn=") or line.startswith("cfi=") or line.startswith("cfl="):
                if line.startswith("cfn="):
                    callee = name(functions, line[4:])
            elif line.startswith("calls="):
                target = callee_object or current_object
                if library in target and not in_library and callee.startswith("nghttp2_"):
                    api[callee] = api.get(callee, 0) + int(line[6:].split()[0])
                after_calls = True
            elif line[:1].isdigit() or line[:1] in "+-*":
                if after_calls:
                    after_calls = False
                    callee_object = ""
                elif in_library:
                    fields = line.split()
                    if len(fields) > 1:
                        inside += int(fields[1])
    return inside, api


def callgrind_command(label, path, command, folder):
    """The command with the binary it runs copied without its debug information (valgrind 3.19 gives up on
    the DWARF 5 of Swift's binaries; the symbol table stays, so functions keep their names), run directly
    (a wrapper's `shift 2` dropped `serve gateway`)."""
    binary = static_binary(path)
    if not binary:
        return command
    stripped = os.path.join(folder, f"{label}-nodebug")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    return [stripped] + (command[3:] if os.path.realpath(binary) != os.path.realpath(path) else command[1:])


FRAME_TYPES = ["DATA", "HEADERS", "PRIORITY", "RST_STREAM", "SETTINGS", "PUSH_PROMISE", "PING", "GOAWAY",
               "WINDOW_UPDATE", "CONTINUATION"] + [f"type{n}" for n in range(10, 15)] + ["other"]


def build_frames_shim(folder):
    """h2frames.so, built from h2frames.c beside this script into `folder`."""
    shim = os.path.join(folder, "h2frames.so")
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", shim,
                    os.path.join(os.path.dirname(os.path.abspath(__file__)), "h2frames.c"), "-ldl", "-lpthread"],
                   check=True)
    return shim


def read_frames(folder):
    """The frame counters of every process that wrote some into `folder` (h2frames.PID), summed:
    {(side, direction, type): count}."""
    totals = {}
    for path in glob.glob(os.path.join(folder, "h2frames.*")):
        with open(path, "rb") as f:
            data = f.read()
        for index in range(len(data) // 8):
            value = int.from_bytes(data[index * 8:index * 8 + 8], "little")
            if value:
                key = ("front" if index // 32 == 0 else "upstream", "in" if index // 16 % 2 == 0 else "out",
                       FRAME_TYPES[index % 16])
                totals[key] = totals.get(key, 0) + value
    return totals


def measure(label, command, port, token, body, args, events):
    dump = None
    environment, frames_folder = None, None
    if args.frames:
        frames_folder = tempfile.mkdtemp(prefix="gwframes-")
        environment = dict(os.environ, LD_PRELOAD=args.frames, H2FRAMES_DIR=frames_folder)
    if args.callgrind:
        # Instructions executed, by function: valgrind's callgrind, collecting only over the measured calls
        # (switched on and dumped through callgrind_control). The guest has no hardware counters (perf stat's
        # `instructions` is "not supported"), and an instruction count does not move with the machine's load.
        dump = f"{args.callgrind}-{label}.out"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--trace-children=yes", f"--callgrind-out-file={dump}.%p"] + command
        events = ""
    process = subprocess.Popen(["taskset", "-c", bench.PROXY_CPU] + command, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=environment)
    try:
        bench.wait_ready(port, process, token, label)
        h2load(port, args.warmup, args.clients, args.streams, token, body, args.header)
        pids = bench.tree(process.pid)
        out = tempfile.mktemp(prefix="gwcounts-")
        perf = None
        if dump:
            # Every process of the proxy (nghttpx's worker is a child of its master), each by its id.
            for pid in pids:
                subprocess.run(["callgrind_control", "-z", str(pid)], check=True, capture_output=True)
                subprocess.run(["callgrind_control", "-i", "on", str(pid)], check=True, capture_output=True)
        if args.record:
            # A profile of the measured calls instead of counts: cpu-clock samples with call graphs.
            sampling = (["-e", "cpu-clock", "-F", "2000", "-g"] if not args.record_event
                        else ["-e", args.record_event, "--call-graph", f"dwarf,{args.stack_bytes}", "-m", "8192"])
            perf = subprocess.Popen(["perf", "record"] + sampling + ["-o", f"{args.record}-{label}.data",
                                                                     "-p", ",".join(map(str, pids))],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        elif events:
            filtered = []
            if events == SYSCALL_EVENTS:
                for event, condition, _ in FILTERED_SYSCALL_EVENTS:
                    filtered += ["-e", event, "--filter", condition]
            perf = subprocess.Popen(["perf", "stat", "-x", ",", "-o", out, "-e", events] + filtered
                                    + ["-p", ",".join(map(str, pids))], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        before = bench.cpu_seconds(process.pid)
        user_before = user_seconds(process.pid)
        switches = thread_switches(process.pid)
        frames_before = read_frames(frames_folder) if frames_folder else {}
        h2load(port, args.calls, args.clients, args.streams, token, body, args.header)
        frames = ({key: value - frames_before.get(key, 0) for key, value in read_frames(frames_folder).items()}
                  if frames_folder else {})
        cpu = bench.cpu_seconds(process.pid) - before
        user = user_seconds(process.pid) - user_before
        switches = [after - start for after, start in zip(thread_switches(process.pid), switches)]
        counts = {}
        if dump:
            before_dumps = set(glob.glob(dump + "*"))
            for pid in pids:
                subprocess.run(["callgrind_control", "-i", "off", str(pid)], check=True, capture_output=True)
                subprocess.run(["callgrind_control", "-d", str(pid)], check=True, capture_output=True)
            # The requested dumps only (PREFIX.out.PID.N): a process that ends meanwhile (nghttpx's master exits
            # its workers' helpers) writes its end-of-program file PREFIX.out.PID, which may still be half written.
            written = sorted(path for path in set(glob.glob(dump + ".*.*")) - before_dumps
                             if path.rsplit(".", 1)[1].isdigit())
            counts["instructions"] = sum(callgrind_totals(path) for path in written)
            for path in written:
                inside, api = callgrind_split(path)
                counts["libnghttp2 instructions"] = counts.get("libnghttp2 instructions", 0) + inside
                for function, calls in api.items():
                    counts[function] = counts.get(function, 0) + calls
            print(f"{label}: callgrind dump {' '.join(written)} (callgrind_annotate it)", flush=True)
        if perf:
            perf.send_signal(signal.SIGINT)
            perf.wait(timeout=60)
        if perf and not args.record:
            # Each event's lines in order: the plain event's, then its filtered twins' (FILTERED_SYSCALL_EVENTS).
            labels = {}
            for event, _, name in FILTERED_SYSCALL_EVENTS:
                plain = event.split(":")[-1].removeprefix("sys_enter_")
                labels.setdefault(event, [plain] if event in events.split(",") else []).append(name)
            seen = {}
            with open(out) as f:
                for line in f:
                    fields = line.strip().split(",")
                    if len(fields) <= 2 or not fields[2]:
                        continue
                    occurrence = seen.get(fields[2], 0)
                    seen[fields[2]] = occurrence + 1
                    named = labels.get(fields[2], [])
                    name = (named[occurrence] if occurrence < len(named)
                            else fields[2].split(":")[-1].removeprefix("sys_enter_"))
                    if fields[0].replace(".", "").isdigit():
                        counts[name] = counts.get(name, 0) + int(float(fields[0]))
            os.remove(out)
        bench.loadgen(port, 1, 1, 0.2, token, None)  # the calls are gRPC successes, not only HTTP 200s
    finally:
        bench.stop(process)
        if frames_folder:
            shutil.rmtree(frames_folder, ignore_errors=True)
    if frames:
        print(f"{label}: frames per call (side in/out type): " + ", ".join(
            f"{side} {direction} {kind} {value / args.calls:.3g}" for (side, direction, kind), value in sorted(frames.items())
            if value), flush=True)
    per_call = ", ".join(f"{name} {value / args.calls:.0f}" if value >= 1000 * args.calls
                         else f"{name} {value / args.calls:.3g}" for name, value in counts.items() if value)
    print(f"{label}: CPU {cpu * 1e6 / args.calls:.1f} µs/call (user {user * 1e6 / args.calls:.1f}); threads' switches per call voluntary "
          f"{switches[0] / args.calls:.3f}, involuntary {switches[1] / args.calls:.3f}; per call: {per_call}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mesh", action="append", default=[], help="LABEL=PATH of a mesh binary (repeatable)")
    parser.add_argument("--nghttpx", action="store_true", help="measure nghttpx too (its CPU; it uses jemalloc)")
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--warmup", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--streams", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--events", default=EVENTS, help="perf events to count; empty for none")
    parser.add_argument("--syscalls", action="store_true",
                        help="count system calls by kind and context switches (nghttpx too) instead of --events")
    parser.add_argument("--record", metavar="PREFIX",
                        help="perf record -g each proxy over the measured calls into PREFIX-LABEL.data (no counts)")
    parser.add_argument("--record-event", metavar="EVENT",
                        help="with --record: every hit of EVENT (a uprobe: malloc, swift_retain) with a DWARF call "
                             "graph, not cpu-clock samples")
    parser.add_argument("--stack-bytes", type=int, default=16384,
                        help="with --record-event: the stack bytes copied per hit (perf drops hits it cannot keep up "
                             "with, ~80%% of swift_retain's at 16384: `perf report --stats` says how many; fewer bytes "
                             "keep more hits but may cut deep call chains)")
    parser.add_argument("--callgrind", metavar="PREFIX",
                        help="run each proxy under valgrind's callgrind and count the instructions of the measured "
                             "calls (PREFIX-LABEL.out*: by function with callgrind_annotate); no other counts")
    parser.add_argument("--frames", action="store_true",
                        help="count the HTTP/2 frames each proxy's nghttp2 sessions receive and send, by side and "
                             "type (h2frames.c, LD_PRELOADed; the CPU figure of such a run is not comparable)")
    parser.add_argument("--no-auth", action="store_true")
    parser.add_argument("--limit-setting", action="append", default=[], metavar="'LABEL=KEY: VALUE'",
                        help="a gateway.limits line for one --mesh LABEL's mesh file (repeatable)")
    parser.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'",
                        help="a header h2load sends on every call, such as a client's x-request-id (repeatable)")
    parser.add_argument("--token-to-gateway-only", action="store_true",
                        help="send the bearer token to the gateway only (nghttpx gets none), as runs before 2026-12-05 did")
    parser.add_argument("--upstream", default=os.path.join(ROOT, ".build/release/interop-server"))
    parser.add_argument("--auth-peer", default=os.path.join(ROOT, ".build/release/GatewayBenchAuth"))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="gwcounts-")
    body = os.path.join(folder, "request.bin")
    with open(body, "wb") as f:
        f.write(bytes(5))  # one uncompressed gRPC message of 0 bytes: an empty SimpleRequest
    started = []
    groups = []
    if args.frames:
        args.frames = build_frames_shim(folder)
    try:
        upstream_port = bench.free_port()
        # Our interop-server, or (a .py path) the test suite's grpcio one: only the proxy is counted.
        serve = ([os.path.join(ROOT, ".venv/bin/python"), args.upstream, "server", "--port", str(upstream_port)]
                 if args.upstream.endswith(".py") else [args.upstream, "--host", "127.0.0.1", "--port", str(upstream_port)])
        upstream = subprocess.Popen(["taskset", "-c", bench.OTHER_CPU] + serve, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
        started.append(upstream)
        bench.wait_ready(upstream_port, upstream, None, "interop-server")
        token, auth_port = None, None
        if not args.no_auth:
            auth = subprocess.Popen(["taskset", "-c", bench.OTHER_CPU, args.auth_peer], stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True)
            started.append(auth)
            auth_port = int(auth.stdout.readline().split()[1])
            token = auth.stdout.readline().split()[1]
        print(f"{args.calls} calls, {args.clients}x{args.streams}, load average {open('/proc/loadavg').read().split()[:3]}",
              flush=True)
        for _ in range(args.rounds):
            if args.nghttpx:
                port = bench.free_port()
                measure("nghttpx", ["/usr/sbin/nghttpx",
                                    "--conf=/dev/null", "--workers=1", "--no-ocsp", f"--frontend=127.0.0.1,{port};no-tls",
                                    f"--backend=127.0.0.1,{upstream_port};;proto=h2", "--log-level=ERROR",
                                    f"--pid-file={folder}/nghttpx.pid"], port,
                        None if args.token_to_gateway_only else token, body, args,
                        SYSCALL_EVENTS if args.syscalls else "")
            for entry in args.mesh:
                label, path = entry.split("=", 1)
                port = bench.free_port()
                settings = [text.split("=", 1)[1] for text in args.limit_setting if text.split("=", 1)[0] == label]
                mesh_file = bench.gateway_file(folder, port, upstream_port, auth_port, not args.no_auth,
                                               None if args.no_auth else 1_000_000, settings)
                events = SYSCALL_EVENTS if args.syscalls else args.events
                if events and events == EVENTS and not args.callgrind:
                    # A static binary (mesh-gateway, or a wrapper that execs one) gets probes of its own.
                    binary = static_binary(path)
                    if binary:
                        events, group = static_probes(label, binary)
                        events = events or args.events
                        if group:
                            groups.append(group)
                command = [path, "serve", "gateway", "--file", mesh_file]
                if args.callgrind:
                    command = callgrind_command(label, path, command, folder)
                measure(label, command, port, token, body, args, events)
        print(f"load average at the end {open('/proc/loadavg').read().split()[:3]}")
    finally:
        for process in started:
            bench.stop(process)
        for group in set(groups):
            remove_probes(group)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
