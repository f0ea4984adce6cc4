#!/usr/bin/env python3
"""Where a chat turn's CPU goes: runs a ChatBenchmark binary with --statements and, for the measured run
only (from the benchmark's pg_stat_statements_reset after its warm-up to its "turns:" line), records
`perf record -a -g -e cpu-clock` (CPU per turn of the services and of PostgreSQL are the benchmark's own
figures, from /proc). Then attributes the samples of the benchmark's process to the service whose code is
on the stack (the innermost frame of a service's module: chat, processor, nlu, context, the adapters, the
marketplace) and to what the leaf is (kernel, libc, the Swift runtime, JSON, nghttp2, ...).

usage: mesh/bench/tools/chatprofile.py BINARY OUTDIR [benchmark arguments...]
   e.g. mesh/bench/tools/chatprofile.py .build/release/ChatBenchmark /tmp/prof --users 16 --turns 30
Prints the benchmark's output and the tables; keeps perf.data and perf.txt in OUTDIR. `--report OUTDIR TURNS` re-reads a kept perf.txt.
"""
import collections, os, re, subprocess, sys

import chatwindow

# Innermost frame's module → owner. Swift symbols carry their module's name (length-prefixed).
OWNERS = [
    ("MeshChatService", "chat"), ("MeshProcessorService", "processor"), ("MeshDialogue", "processor"),
    ("MeshNLUService", "nlu"), ("MeshNLU", "nlu"), ("MeshEncoder", "nlu"), ("MeshIntent", "nlu"), ("cmk_", "nlu"),
    ("MeshContextService", "context"), ("MeshAnalyticsService", "analytics"),
    ("OrderAdapter", "adapters"), ("SearchAdapter", "adapters"), ("UserAdapter", "adapters"), ("ShippingAdapter", "adapters"),
    ("PaymentAdapter", "adapters"), ("ListingAdapter", "adapters"), ("AdapterSupport", "adapters"), ("MarketplaceAdapters", "adapters"),
    ("Marketplace", "marketplace"), ("MeshStores", "stores (chat/processor)"), ("MeshPostgres", "postgres client"),
    ("MeshHTTP", "http/1.1 (adapters<->marketplace)"), ("MeshTransport", "grpc transport"), ("MeshCore", "grpc core"),
    ("MeshProtobuf", "protobuf bridge"), ("MeshProtos", "protobuf bridge"), ("MeshServiceKit", "service kit"),
    ("MeshMetrics", "metrics"), ("MeshLogging", "logging"),
]
SERVICES = {"chat", "processor", "nlu", "context", "analytics", "adapters", "marketplace"}


def module_of(symbol):
    """The module a Swift symbol is defined in (`$s` then the length-prefixed module name), or the C symbol."""
    match = re.match(r"_?\$s(\d+)", symbol)
    if not match:
        return symbol
    start = match.end()
    return symbol[start:start + int(match.group(1))]


def owner_of(frames):
    """The first frame (leaf first) that belongs to a service; else the first known library; else '?'."""
    library = None
    for symbol, dso in frames:
        module = module_of(symbol)
        for needle, owner in OWNERS:
            if module == needle or (needle == "cmk_" and module.startswith(needle)):
                if owner in SERVICES:
                    return owner
                library = library or owner
                break
    return "(no service frame) " + (library or "?")


def leaf_kind(symbol, dso):
    if "kernel" in dso or dso.startswith("[k"):
        return "kernel"
    if "libc.so" in dso or "libm.so" in dso:
        return "libc"
    if "libswiftCore" in dso or "libswift_Concurrency" in dso or "swift_" in symbol:
        return "swift runtime"
    if "libFoundation" in dso or "FoundationEssentials" in dso or "JSON" in symbol:
        return "Foundation/JSON"
    if "nghttp2" in dso or "nghttp2" in symbol:
        return "nghttp2"
    if "protobuf-c" in dso or "protobuf_c" in symbol:
        return "protobuf-c"
    if "libpq" in dso:
        return "libpq"
    if "libcrypto" in dso or "libssl" in dso:
        return "openssl"
    if symbol.startswith("cmk_"):
        return "encoder kernels"
    return "our code/other"


def parse_perf_script(path, pids):
    """Yields (pid, comm, frames) for samples of `pids` (None: all)."""
    header = re.compile(r"^\s*(\S.*?)\s+(\d+)/(\d+)\s+")
    with open(path, errors="replace") as lines:
        current = None
        for line in lines:
            if not line.strip():
                if current:
                    yield current
                current = None
                continue
            if current is None:
                match = header.match(line)
                if not match:
                    continue
                pid = int(match.group(2))
                current = (pid, match.group(1), []) if pids is None or pid in pids else ("skip", None, [])
                continue
            if current[0] == "skip":
                continue
            parts = line.strip().split(None, 1)
            if len(parts) < 2:
                continue
            rest = parts[1]
            dso = rest[rest.rfind("(") + 1:-1] if rest.endswith(")") else ""
            symbol = rest[:rest.rfind(" (")] if " (" in rest else rest
            symbol = re.sub(r"\+0x[0-9a-f]+$", "", symbol)
            current[2].append((symbol, dso))
        if current and current[0] != "skip":
            yield current


def report(out, turns, bench_pid=None):
    pids = None
    if bench_pid is None and os.path.exists(out + "/pids.txt"):
        bench_pid = int(open(out + "/pids.txt").read().split()[0])
    owners, kinds, by = collections.Counter(), collections.Counter(), collections.Counter()
    postgres, total = collections.Counter(), 0
    top = collections.Counter()
    for pid, comm, frames in parse_perf_script(out + "/perf.txt", pids):
        if pid == "skip" or not frames:
            continue
        if comm.startswith("postgres"):
            postgres[frames[0][0] if frames else "?"] += 1
            continue
        if pid != bench_pid:
            continue
        total += 1
        owner = owner_of(frames)
        kind = leaf_kind(*frames[0])
        owners[owner] += 1
        kinds[kind] += 1
        by[(owner, kind)] += 1
        top[frames[0][0][:90]] += 1
    print(f"\nbenchmark process samples: {total}; PostgreSQL samples: {sum(postgres.values())}")
    print("\nowner (innermost service frame on the stack)          share   then by leaf kind")
    for owner, count in owners.most_common():
        split = ", ".join(f"{kind} {by[(owner, kind)] * 100 / count:.0f}%" for kind, _ in kinds.most_common() if by[(owner, kind)])
        print(f"  {owner:52s} {count * 100 / max(total, 1):5.1f}%  {split}")
    print("\nleaf kind over the whole process")
    for kind, count in kinds.most_common():
        print(f"  {kind:30s} {count * 100 / max(total, 1):5.1f}%")
    print("\ntop leaf symbols")
    for symbol, count in top.most_common(30):
        print(f"  {count * 100 / max(total, 1):5.1f}%  {symbol}")
    print("\nPostgreSQL top leaf symbols")
    pg_total = sum(postgres.values())
    for symbol, count in postgres.most_common(15):
        print(f"  {count * 100 / max(pg_total, 1):5.1f}%  {symbol}")


def main():
    if sys.argv[1] == "--report":
        report(sys.argv[2], float(sys.argv[3]))
        return
    binary, out, arguments = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    pids = {}

    def start_recorder(bench, data):
        pids["postmaster"] = int(open(data + "/postmaster.pid").readline())
        return subprocess.Popen(["perf", "record", "-a", "-g", "-e", "cpu-clock", "-F", os.environ.get("FREQ", "499"),
                                 "-o", out + "/perf.data"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def at_stop(bench, data):
        with open(out + "/pids.txt", "w") as text:
            text.write(f"{bench.pid} {pids['postmaster']}\n")

    output = chatwindow.measure(binary, out, arguments, start_recorder, at_stop)
    if output is None:
        return
    bench_pid = int(open(out + "/pids.txt").read().split()[0])
    print(output)
    turns = int(re.search(r"turns: (\d+)", output).group(1))
    with open(out + "/perf.txt", "w") as text:
        subprocess.run(["perf", "script", "-i", out + "/perf.data", "-F", "comm,pid,tid,ip,sym,dso"], stdout=text,
                       stderr=subprocess.DEVNULL)
    report(out, turns, bench_pid)


if __name__ == "__main__":
    main()
