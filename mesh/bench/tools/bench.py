#!/usr/bin/env python3
"""Runs the benchmark scenarios of issue 3 against every server in alternation and prints the table.

Called by run.sh, which installs and builds everything first. Standard library only.

Each run of a scenario against a server starts that server afresh (pinned to CPU 0), checks it once
with a real gRPC client, warms it up, reads its CPU time, drives the measured load (pinned to CPU 1),
reads its CPU time and peak RSS again, and stops it. Rounds alternate the servers: A B A B ...

usage: bench.py --out DIR --server NAME|COMMAND|TLS_ARGS ... [--rounds N] [--duration SEC] [--only S,...]
COMMAND is the server's binary and fixed flags (--port N is added); TLS_ARGS its TLS flags with {cert}
and {key} in place of the file names.
"""
import argparse
import json
import os
import re
import resource
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
LOADGEN = os.path.join(BENCH, "loadgen", "build", "loadgen")
VENV_PYTHON = os.path.join(BENCH, ".venv", "bin", "python")
CLK_TCK = os.sysconf("SC_CLK_TCK")
SERVER_CPU, LOAD_CPU = "0", "1"
UNARY_PATH = "/grpc.testing.TestService/UnaryCall"


class Scenario:
    """One row group of the table: how to load a server, and which figure is its headline."""

    def __init__(self, name, kind, description, **params):
        self.name, self.kind, self.description, self.params = name, kind, description, params


SCENARIOS = [
    Scenario("unary-0B-50x20", "h2load", "unary, 0-byte payloads, 50 connections x 20 streams",
             body="unary-0.bin", connections=50, streams=20),
    Scenario("unary-1KiB-50x20", "h2load", "unary, 1 KiB request and response, 50 connections x 20 streams",
             body="unary-1k.bin", connections=50, streams=20),
    Scenario("unary-0B-1x100", "h2load", "unary, 0-byte payloads, 1 connection x 100 streams",
             body="unary-0.bin", connections=1, streams=100),
    Scenario("unary-1KiB-1x100", "h2load", "unary, 1 KiB request and response, 1 connection x 100 streams",
             body="unary-1k.bin", connections=1, streams=100),
    Scenario("unary-TLS-0B-50x20", "h2load", "unary over TLS (ALPN h2), 0-byte payloads, 50 x 20",
             body="unary-0.bin", connections=50, streams=20, tls=True),
    Scenario("unary-64KiB-10x10", "h2load", "unary, 64 KiB request and response, 10 connections x 10 streams",
             body="unary-64k.bin", connections=10, streams=10),
    Scenario("stream-64B", "stream", "server streaming on one stream, 64-byte messages (msg/s)",
             size=64, batch=10000),
    Scenario("stream-4KiB", "stream", "server streaming on one stream, 4 KiB messages (msg/s)",
             size=4096, batch=1000),
    Scenario("pingpong-64B", "pingpong", "bidi ping-pong on one stream, 64-byte messages (round trips/s)",
             size=64),
    Scenario("idle-1000", "idle", "1,000 idle connections: server RSS per connection", connections=1000),
]


class Server:
    """A server of the table: its command and how it is told to use TLS."""

    def __init__(self, spec):
        self.name, self.base_command, self.tls_args = spec.split("|", 2)
        self.serves_tls = True

    def command(self, port, tls):
        args = shlex.split(self.base_command) + ["--port", str(port)]
        if tls:
            args += shlex.split(self.tls_args.format(cert=tls[0], key=tls[1]))
        return ["taskset", "-c", SERVER_CPU] + args


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen within {timeout} s")


def cpu_seconds(pid):
    """utime + stime of the whole process (all threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def children_cpu_seconds():
    """CPU time of the finished child processes so far (the load generators, once waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def status_value(pid, key):
    """A number from /proc/PID/status: VmRSS, VmHWM (KiB), Threads."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{key} not in /proc/{pid}/status")


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))]


def run_h2load(scenario, port, duration, bodies, raw_path, tls):
    p = scenario.params
    log = raw_path + ".log"
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}{UNARY_PATH}"
    command = ["taskset", "-c", LOAD_CPU, "h2load", "-D", str(duration), "-c", str(p["connections"]),
               "-m", str(p["streams"]), "-d", os.path.join(bodies, p["body"]),
               "-H", "content-type: application/grpc", "-H", "te: trailers", "--log-file", log, url]
    text = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60).stdout
    with open(raw_path + ".txt", "w") as f:
        f.write(" ".join(command) + "\n" + text)
    finished = re.search(r"finished in ([\d.]+)s, ([\d.]+) req/s", text)
    counts = re.search(r"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, "
                       r"(\d+) errored", text)
    status = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", text)
    if not finished or not counts or not status:
        raise RuntimeError(f"h2load gave no figures:\n{text[-800:]}")
    succeeded = int(counts.group(4))
    failures = int(counts.group(5)) + int(counts.group(6)) + sum(int(status.group(i)) for i in (2, 3, 4))
    latencies = []
    with open(log) as f:
        for line in f:
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1] == "200":
                latencies.append(int(parts[2]))
    os.remove(log)  # per-request rows are big; the percentiles are kept
    latencies.sort()
    if not latencies or succeeded == 0:
        raise RuntimeError("h2load completed no request")
    return {"rate": float(finished.group(2)), "calls": succeeded, "failures": failures,
            "p50_us": percentile(latencies, 0.50), "p99_us": percentile(latencies, 0.99)}


def run_loadgen(args, raw_path, timeout):
    command = ["taskset", "-c", LOAD_CPU, LOADGEN] + args
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    with open(raw_path + ".txt", "w") as f:
        f.write(" ".join(command) + "\n" + result.stdout + result.stderr)
    if result.returncode != 0:
        raise RuntimeError(f"loadgen failed: {result.stderr.strip()}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def warm_up(scenario, port, bodies, tls, warm):
    """Load the server briefly, so every server is measured past its start-up: connection caches,
    allocator pools, lazily created threads."""
    p = scenario.params
    if scenario.kind == "h2load":
        url = f"{'https' if tls else 'http'}://127.0.0.1:{port}{UNARY_PATH}"
        subprocess.run(["taskset", "-c", LOAD_CPU, "h2load", "-D", str(warm), "-c", str(p["connections"]),
                        "-m", str(p["streams"]), "-d", os.path.join(bodies, p["body"]),
                        "-H", "content-type: application/grpc", "-H", "te: trailers", url],
                       capture_output=True, timeout=warm + 60)
    elif scenario.kind in ("stream", "pingpong"):
        mode = scenario.kind
        extra = ["--batch", str(p["batch"])] if mode == "stream" else []
        subprocess.run(["taskset", "-c", LOAD_CPU, LOADGEN, mode, "--port", str(port), "--size", str(p["size"]),
                        "--duration", str(warm)] + extra, capture_output=True, timeout=warm + 60)


def measure(scenario, server, port, pid, args, bodies, raw_path, tls):
    p = scenario.params
    if scenario.kind == "idle":
        before = status_value(pid, "VmRSS")
        command = ["taskset", "-c", LOAD_CPU, LOADGEN, "idle", "--port", str(port),
                   "--connections", str(p["connections"]), "--hold", "120"]
        cpu_before = cpu_seconds(pid)
        idle = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        try:
            line = idle.stdout.readline()
            if line.strip() != "ready":
                raise RuntimeError(f"idle loadgen failed: {idle.stderr.read().strip()}")
            time.sleep(1.0)  # let the server settle: nothing is sent now
            after = status_value(pid, "VmRSS")
            cpu_after = cpu_seconds(pid)
        finally:
            idle.stdin.close()
            idle.wait(timeout=30)
        with open(raw_path + ".txt", "w") as f:
            f.write(f"{' '.join(command)}\nVmRSS before {before} KiB, after {after} KiB\n")
        return {"rate": None, "calls": p["connections"], "kib_per_conn": (after - before) / p["connections"],
                "cpu_seconds": cpu_after - cpu_before}
    cpu_before = cpu_seconds(pid)
    load_before = children_cpu_seconds()
    load_started = time.monotonic()
    if scenario.kind == "h2load":
        figures = run_h2load(scenario, port, args.duration, bodies, raw_path, tls)
    elif scenario.kind == "stream":
        out = run_loadgen(["stream", "--port", str(port), "--size", str(p["size"]), "--duration",
                           str(args.duration), "--batch", str(p["batch"])], raw_path, args.duration + 60)
        figures = {"rate": out["rate"], "calls": out["messages"]}
    else:
        out = run_loadgen(["pingpong", "--port", str(port), "--size", str(p["size"]), "--duration",
                           str(args.duration)], raw_path, args.duration + 60)
        figures = {"rate": out["rate"], "calls": out["round_trips"], "p50_us": out["p50_us"],
                   "p99_us": out["p99_us"]}
    figures["cpu_seconds"] = cpu_seconds(pid) - cpu_before
    # Below 100 % the server waited for something other than its CPU (wake-ups, hops, flow control).
    figures["server_cpu_percent"] = figures["cpu_seconds"] / (time.monotonic() - load_started) * 100
    # How busy the load generator's CPU was: near 100 % means the client, not the server, set the pace.
    figures["load_cpu_percent"] = (children_cpu_seconds() - load_before) / (time.monotonic() - load_started) * 100
    return figures


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_once(scenario, server, args, bodies, certs, raw_dir, round_index):
    tls = certs if scenario.params.get("tls") else None
    port = free_port()
    raw_path = os.path.join(raw_dir, f"{scenario.name}.{server.name}.r{round_index}")
    with open(raw_path + ".server.log", "w") as log:
        process = subprocess.Popen(server.command(port, tls), stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process)
        check = [VENV_PYTHON, os.path.join(HERE, "check.py"), "--port", str(port)]
        if tls:
            check += ["--tls", tls[0]]
        result = subprocess.run(check, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"gRPC check failed: {(result.stdout + result.stderr).strip()[-500:]}")
        warm_up(scenario, port, bodies, tls, args.warmup)
        figures = measure(scenario, server, port, process.pid, args, bodies, raw_path, tls)
        figures["peak_rss_kib"] = status_value(process.pid, "VmHWM")
        # Threads share CPU 0 with each other and with whatever else runs there; the scheduler gives
        # a CPU's time per thread, so a server with more threads gets a larger share on a busy machine.
        figures["threads"] = status_value(process.pid, "Threads")
        if process.poll() is not None:
            raise RuntimeError("server exited during the run")
        figures["cpu_us_per_call"] = figures["cpu_seconds"] / figures["calls"] * 1e6 if figures["calls"] else None
        figures["check"] = result.stdout.strip()
        return figures
    finally:
        stop(process)


def preflight(server, certs, tls):
    """Starts the server (plaintext or TLS) and checks it with the real gRPC client. Returns None when
    it serves, else why not: a server still being written is skipped, not counted as a failed run."""
    port = free_port()
    process = subprocess.Popen(server.command(port, certs if tls else None), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        wait_for_port(port, process, timeout=15)
        check = [VENV_PYTHON, os.path.join(HERE, "check.py"), "--port", str(port)] + (["--tls", certs[0]] if tls else [])
        result = subprocess.run(check, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            text = result.stdout + result.stderr
            details = re.search(r'details = "([^"]*)"', text)  # grpcio's summary of a failed call
            return f"gRPC check failed: {details.group(1) if details else ' '.join(text.split())[-300:]}"
        print(f"   {server.name}: {result.stdout.strip()}", flush=True)
        return None
    except RuntimeError as error:
        return str(error)
    finally:
        stop(process)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, digits=0):
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"


def summarise(results, servers, scenarios):
    """Median over rounds per scenario and server; peak RSS is the largest seen."""
    summary = {}
    for scenario in scenarios:
        for server in servers:
            runs = [r for r in results if r["scenario"] == scenario.name and r["server"] == server.name
                    and "error" not in r]
            if not runs:
                continue
            summary[(scenario.name, server.name)] = {
                "rate": median([r.get("rate") for r in runs]),
                "p50_us": median([r.get("p50_us") for r in runs]),
                "p99_us": median([r.get("p99_us") for r in runs]),
                "cpu_us_per_call": median([r.get("cpu_us_per_call") for r in runs]),
                "peak_rss_kib": max(r["peak_rss_kib"] for r in runs),
                "threads": max((r.get("threads") or 0) for r in runs) or None,
                "kib_per_conn": median([r.get("kib_per_conn") for r in runs]),
                "load_cpu_percent": median([r.get("load_cpu_percent") for r in runs]),
                "server_cpu_percent": median([r.get("server_cpu_percent") for r in runs]),
                "rounds": len(runs),
            }
    return summary


def headline(scenario, figures):
    """The figure a ratio compares: throughput, or memory per connection for the idle scenario."""
    return figures["kib_per_conn"] if scenario.kind == "idle" else figures["rate"]


def table(summary, servers, scenarios, ours, reference, swift_peer):
    lines = ["| scenario | server | rate (median) | p50 µs | p99 µs | CPU µs/call | server CPU % | threads "
             f"| peak RSS MiB | KiB/conn | load CPU % | vs {reference} |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for scenario in scenarios:
        ref = summary.get((scenario.name, reference))
        for server in servers:
            figures = summary.get((scenario.name, server.name))
            if not figures:
                continue
            unit = " msg/s" if scenario.kind == "stream" else (" rt/s" if scenario.kind == "pingpong" else " req/s")
            rate = fmt(figures["rate"]) + unit if figures["rate"] is not None else "-"
            lines.append(f"| {scenario.name} | {server.name} | {rate} | {fmt(figures['p50_us'])} | "
                         f"{fmt(figures['p99_us'])} | {fmt(figures['cpu_us_per_call'], 2)} | {fmt(figures['server_cpu_percent'])} | "
                         f"{fmt(figures.get('threads'))} | "
                         f"{fmt(figures['peak_rss_kib'] / 1024, 1)} | {fmt(figures['kib_per_conn'], 1)} | "
                         f"{fmt(figures['load_cpu_percent'])} | "
                         f"{ratio(headline(scenario, figures), headline(scenario, ref)) if ref else '-'} |")
    out = "\n".join(lines)
    if any(name == ours for (_, name) in summary):
        rows = ["", f"Ratios of {ours} (throughput: higher is better; p99, CPU/call, KiB/conn: lower is better). "
                "'calls per CPU-second' is the rate each server would reach with a CPU to itself (1 / CPU per "
                "call): unlike 'rate', it does not depend on the share of CPU 0 the scheduler gave each server's "
                "threads on a busy machine:", "",
                f"| scenario | rate / {reference} | calls per CPU-second / {reference} | p99 / {reference} "
                f"| CPU / {reference} | KiB/conn / {reference} | rate / {swift_peer} | calls per CPU-second / {swift_peer} |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for scenario in scenarios:
            o = summary.get((scenario.name, ours))
            r = summary.get((scenario.name, reference)) or {}
            s = summary.get((scenario.name, swift_peer)) or {}
            if not o:
                continue
            # Calls per CPU-second, ours over theirs, is their CPU per call over ours.
            rows.append(f"| {scenario.name} | {ratio(o['rate'], r.get('rate'))} | "
                        f"{ratio(r.get('cpu_us_per_call'), o['cpu_us_per_call']) if o['rate'] is not None else '-'} | "
                        f"{ratio(o['p99_us'], r.get('p99_us'))} | {ratio(o['cpu_us_per_call'], r.get('cpu_us_per_call'))} | "
                        f"{ratio(o['kib_per_conn'], r.get('kib_per_conn'))} | {ratio(o['rate'], s.get('rate'))} | "
                        f"{ratio(s.get('cpu_us_per_call'), o['cpu_us_per_call']) if o['rate'] is not None else '-'} |")
        out += "\n" + "\n".join(rows)
    return out


def run_rounds(args, servers, scenarios, bodies, certs, raw_dir, results_path, results):
    """Every round, every scenario, every server in turn; each record goes to the JSONL file at once."""
    started = time.monotonic()
    with open(results_path, "w") as jsonl:
        for round_index in range(1, args.rounds + 1):
            # Alternation: every server once per scenario and round, starting each round with the next
            # server, so that none is always measured first (or right after the same neighbour) while
            # the load of a shared machine drifts.
            shift = (round_index - 1) % len(servers)
            order = servers[shift:] + servers[:shift]
            for scenario in scenarios:
                for server in order:
                    if scenario.params.get("tls") and not server.serves_tls:
                        continue
                    record = {"round": round_index, "scenario": scenario.name, "server": server.name}
                    try:
                        record.update(run_once(scenario, server, args, bodies, certs, raw_dir, round_index))
                        line = (f"rate {fmt(record.get('rate'))}" if record.get("rate") is not None
                                else f"{fmt(record.get('kib_per_conn'), 1)} KiB/conn")
                    except Exception as error:  # one failed run must not lose the others
                        record["error"] = str(error)
                        line = f"ERROR {error}"
                    results.append(record)
                    jsonl.write(json.dumps(record) + "\n")
                    jsonl.flush()
                    print(f"[{time.monotonic() - started:6.0f}s] round {round_index} {scenario.name:20} "
                          f"{server.name:14} {line}", flush=True)


class Interrupted(BaseException):
    """SIGTERM or SIGINT: stop the server of the current run, then summarise what was measured."""


def interrupt(signum, frame):
    raise Interrupted(signal.Signals(signum).name)


def main():
    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--server", action="append", required=True, help="NAME|COMMAND|TLS_ARGS")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5, help="seconds of measured load per run")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of warm-up load per run")
    parser.add_argument("--only", help="comma-separated scenario names")
    parser.add_argument("--ours", default="ours")
    parser.add_argument("--reference", default="cpp")
    parser.add_argument("--swift-peer", default="grpc-swift-2")
    args = parser.parse_args()

    servers = [Server(spec) for spec in args.server]
    scenarios = [s for s in SCENARIOS if not args.only or s.name in args.only.split(",")]
    stamp = time.strftime("%Y%m%d-%H%M%S")
    raw_dir = os.path.join(args.out, "raw-" + stamp)
    os.makedirs(raw_dir, exist_ok=True)
    bodies = os.path.join(args.out, "bodies")
    certs = (os.path.join(args.out, "tls", "server.pem"), os.path.join(args.out, "tls", "server.key"))
    results_path = os.path.join(args.out, f"results-{stamp}.jsonl")

    print("== checking every server once with a real gRPC client (grpcio)", flush=True)
    serving = []
    for server in servers:
        problem = preflight(server, certs, tls=False)
        if problem:
            print(f"!! skipping {server.name}: it does not serve yet: {problem}", flush=True)
            continue
        serving.append(server)
        problem = preflight(server, certs, tls=True)
        server.serves_tls = problem is None
        if problem:
            print(f"!! {server.name}: TLS scenarios skipped, it does not serve TLS yet: {problem}", flush=True)
    servers = serving
    if not servers:
        print("no server serves: nothing to measure", file=sys.stderr)
        return 1

    results = []
    interrupted = None
    try:
        run_rounds(args, servers, scenarios, bodies, certs, raw_dir, results_path, results)
    except Interrupted as signal_name:
        interrupted = str(signal_name)
        print(f"!! interrupted by {interrupted}: summarising the runs completed so far", flush=True)

    summary = summarise(results, servers, scenarios)
    names = [s.name for s in servers]
    markdown = (f"Run {stamp}: {args.rounds} round(s), {args.duration} s per run, servers on CPU {SERVER_CPU}, "
                f"load on CPU {LOAD_CPU}; servers: {', '.join(names)}.\n\n"
                + table(summary, servers, scenarios, args.ours, args.reference, args.swift_peer) + "\n")
    errors = [r for r in results if "error" in r]
    if interrupted:
        markdown += f"\nInterrupted by {interrupted}: fewer rounds than asked.\n"
    if errors:
        markdown += f"\n{len(errors)} run(s) failed; see {results_path}.\n"
    with open(os.path.join(args.out, f"summary-{stamp}.md"), "w") as f:
        f.write(markdown)
    with open(os.path.join(args.out, "latest.md"), "w") as f:
        f.write(markdown)
    print("\n" + markdown)
    print(f"raw results: {results_path}, {raw_dir}/")
    return 1 if errors or interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
