#!/usr/bin/env python3
"""The gateway benchmark of issue 9 (run by run.sh, which builds what it needs first).

Unary calls (an empty SimpleRequest to grpc.testing.TestService/UnaryCall) three ways, one after the other:
  direct   loadgen -> interop-server (the baseline)
  nghttpx  loadgen -> nghttpx (plain h2c proxy, one worker) -> interop-server
  gateway  loadgen -> mesh serve gateway (h2c; JWT check, local rate limit, routing) -> interop-server
The proxy under test runs on CPU 0 (taskset), the upstream, the auth peer and loadgen on CPU 1. Every call
must end with grpc-status 0 (loadgen checks each one), so a refused token or a rate limit that bites stops the
run instead of being counted. Prints a Markdown table; raw JSON lines go to out/.
Only 127.0.0.1 is used.
"""
import argparse
import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
LOADGEN = os.path.join(ROOT, "mesh/bench/loadgen/build/loadgen")
PROXY_CPU, OTHER_CPU = "0", "1"
TICK = os.sysconf("SC_CLK_TCK")

# name, connections, calls in flight per connection
SCENARIOS = [("1x1", 1, 1), ("4x4", 4, 4), ("16x32", 16, 32)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree(pid):
    """The process and its descendants (nghttpx forks its worker)."""
    pids, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children") as f:
                children = [int(p) for p in f.read().split()]
        except OSError:
            children = []
        pids += children
        frontier += children
    return pids


def cpu_seconds(pid):
    total = 0
    for p in tree(pid):
        with open(f"/proc/{p}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / TICK


def memory_kib(pid, key):
    total = 0
    for p in tree(pid):
        with open(f"/proc/{p}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    total += int(line.split()[1])
    return total


def rollup_kib(pid):
    """Rss, Pss and Anonymous of /proc/PID/smaps_rollup (file-backed = Rss - Anonymous), in KiB."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[0].rstrip(":") in ("Rss", "Pss", "Anonymous"):
                values[parts[0].rstrip(":")] = int(parts[1])
    return values


def loadgen(port, connections, concurrency, duration, token, raw):
    command = ["taskset", "-c", OTHER_CPU, LOADGEN, "unary", "--port", str(port), "--connections", str(connections),
               "--concurrency", str(concurrency), "--duration", str(duration)]
    if token:
        command += ["--header", f"authorization: Bearer {token}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if raw:
        raw.write(json.dumps({"command": command[:-2] if token else command, "stdout": result.stdout,
                              "stderr": result.stderr}) + "\n")
    if result.returncode != 0:
        raise RuntimeError(f"loadgen failed ({result.returncode}): {result.stderr.strip()}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def wait_ready(port, process, token, what):
    deadline = time.time() + 60
    last = ""
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        try:
            loadgen(port, 1, 1, 0.05, token, None)
            return
        except Exception as error:  # not listening yet, or JWKS not fetched yet
            last = str(error)
            time.sleep(0.2)
    raise RuntimeError(f"{what} never answered a call: {last}")


def stop(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def gateway_file(folder, port, upstream, auth_port, jwt, limit, limit_settings=()):
    """The gateway's mesh file; `limit_settings` are more `gateway.limits` lines (`KEY: VALUE`), with the rate limit."""
    auth = f"""
  auth:
    cluster: auth
    required: true
    jwt: {{ issuer: mesh-auth, audience: mesh }}
    rules:
      - {{ prefix: /grpc.testing.TestService/, require: user }}""" if jwt else ""
    limits = f"""
  limits:
    rate_limit: {{ requests_per_second: {limit}, burst: {limit}, key: client_ip }}""" + "".join(
        f"\n    {setting}" for setting in limit_settings) if limit else ""
    auth_cluster = f"""
    - name: auth
      endpoints: [127.0.0.1:{auth_port}]""" if jwt else ""
    text = f"""version: 1
gateway:
  listeners:
    - name: plaintext
      address: 127.0.0.1:{port}
  routes:
    - match: {{ prefix: /grpc.testing.TestService/ }}
      cluster: interop
      timeout: 5s
  clusters:
    - name: interop
      endpoints: [127.0.0.1:{upstream}]{auth_cluster}{auth}{limits}
"""
    path = os.path.join(folder, "mesh.yaml")
    with open(path, "w") as f:
        f.write(text)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--warmup", type=float, default=1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--no-auth", action="store_true", help="gateway without JWT check and rate limit")
    parser.add_argument("--gateway-in-process", action="store_true",
                        help="serve the gateway inside `mesh` (MESH_GATEWAY_IN_PROCESS=1), not the mesh-gateway it execs")
    # Every target gets the same request, bearer token included: a plain proxy in front of clients that
    # authenticate decodes and forwards the token too (HPACK never-indexed: Huffman-decoded on every call).
    parser.add_argument("--token-to-gateway-only", action="store_true",
                        help="send the bearer token to the gateway only, as runs before 2026-12-05 did")
    parser.add_argument("--mesh", default=os.path.join(ROOT, ".build/release/mesh"))
    parser.add_argument("--upstream", default=os.path.join(ROOT, ".build/release/interop-server"))
    parser.add_argument("--auth-peer", default=os.path.join(ROOT, ".build/release/GatewayBenchAuth"))
    parser.add_argument("--nghttpx", default="/usr/sbin/nghttpx")
    parser.add_argument("--out", default=os.path.join(HERE, "out"))
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    raw = open(os.path.join(args.out, f"raw-{stamp}.jsonl"), "w")
    folder = tempfile.mkdtemp(prefix="gwbench-")
    started = []
    try:
        upstream_port = free_port()
        upstream = subprocess.Popen(["taskset", "-c", OTHER_CPU, args.upstream, "--host", "127.0.0.1",
                                     "--port", str(upstream_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(upstream)
        wait_ready(upstream_port, upstream, None, "interop-server")

        token = None
        auth_port = None
        if not args.no_auth:
            auth = subprocess.Popen(["taskset", "-c", OTHER_CPU, args.auth_peer], stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True)
            started.append(auth)
            auth_port = int(auth.stdout.readline().split()[1])
            token = auth.stdout.readline().split()[1]

        def start_gateway():
            port = free_port()
            path = gateway_file(folder, port, upstream_port, auth_port, not args.no_auth,
                                None if args.no_auth else 1_000_000)
            # The access log (one JSON line per call) stays on, as in production; it goes to /dev/null.
            environment = dict(os.environ)
            if args.gateway_in_process:
                environment["MESH_GATEWAY_IN_PROCESS"] = "1"
            process = subprocess.Popen(["taskset", "-c", PROXY_CPU, args.mesh, "serve", "gateway", "--file", path],
                                       stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "gateway.err"), "w"),
                                       env=environment)
            return port, process

        def start_nghttpx():
            port = free_port()
            process = subprocess.Popen(
                ["taskset", "-c", PROXY_CPU, args.nghttpx, "--conf=/dev/null", "--workers=1", "--no-ocsp",
                 f"--frontend=127.0.0.1,{port};no-tls", f"--backend=127.0.0.1,{upstream_port};;proto=h2",
                 "--log-level=ERROR", f"--pid-file={folder}/nghttpx.pid"],
                stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "nghttpx.err"), "w"))
            return port, process

        proxies = [("direct", None), ("nghttpx", start_nghttpx), ("gateway", start_gateway)]
        results = {}  # (proxy, scenario) -> list of run dicts
        idle_rss = {}
        idle_rollup = {}
        peak_rss = {}
        for round_index in range(args.rounds):
            order = proxies[round_index % 3:] + proxies[:round_index % 3]
            for name, start in order:
                process = None
                if start is None:
                    port, pid = upstream_port, None
                else:
                    port, process = start()
                    started.append(process)
                    try:
                        wait_ready(port, process, token if name == "gateway" or not args.token_to_gateway_only else None, name)
                    except RuntimeError:
                        with open(os.path.join(folder, f"{name}.err")) as f:
                            print(f.read(), file=sys.stderr)
                        raise
                    pid = process.pid
                    time.sleep(1)
                    idle_rss[name] = max(idle_rss.get(name, 0), memory_kib(pid, "VmRSS"))
                    idle_rollup[name] = rollup_kib(pid)
                    with open(f"/proc/{pid}/comm") as f:
                        idle_rollup[name]["comm"] = f.read().strip()
                for scenario, connections, concurrency in SCENARIOS:
                    loadgen(port, connections, concurrency, args.warmup, token if name == "gateway" or not args.token_to_gateway_only else None, None)
                    before = cpu_seconds(pid) if pid else 0
                    run = loadgen(port, connections, concurrency, args.duration,
                                  token if name == "gateway" or not args.token_to_gateway_only else None, raw)
                    if pid:
                        run["cpu_us_per_call"] = (cpu_seconds(pid) - before) * 1e6 / run["calls"]
                        run["rss_kib"] = memory_kib(pid, "VmRSS")
                        peak_rss[name] = max(peak_rss.get(name, 0), memory_kib(pid, "VmHWM"))
                    run.update(proxy=name, scenario=scenario, round=round_index)
                    raw.write(json.dumps(run) + "\n")
                    raw.flush()
                    results.setdefault((name, scenario), []).append(run)
                    print(f"  round {round_index + 1} {name:8} {scenario:6} {run['rate']:9.0f} calls/s  "
                          f"p50 {run['p50_us']:8.0f} us  p99 {run['p99_us']:8.0f} us", file=sys.stderr)
                if process:
                    stop(process)
                    started.remove(process)
        print_table(results, idle_rss, idle_rollup, peak_rss, args)
    finally:
        for process in started:
            stop(process)
        raw.close()
        shutil.rmtree(folder, ignore_errors=True)


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def print_table(results, idle_rss, idle_rollup, peak_rss, args):
    def med(proxy, scenario, key):
        runs = results.get((proxy, scenario), [])
        values = [r[key] for r in runs if key in r]
        return median(values) if values else None

    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    model = "?"
    for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
    auth = "no auth, no rate limit" if args.no_auth else "JWT (ES256) check + local rate limit + routing"
    print(f"\n{model}, {os.cpu_count()} CPUs, load average {load} at the end (a shared machine); "
          f"{args.rounds} round(s) of {args.duration:g} s; gateway: {auth}; medians over rounds.\n")
    print("| proxy | load (conns x in flight) | calls/s | p50 µs | p99 µs | added p50 µs | added p99 µs | "
          "proxy CPU µs/call | RSS under load MiB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for scenario, _, _ in SCENARIOS:
        base50, base99 = med("direct", scenario, "p50_us"), med("direct", scenario, "p99_us")
        for proxy in ("direct", "nghttpx", "gateway"):
            rate = med(proxy, scenario, "rate")
            if rate is None:
                continue
            p50, p99 = med(proxy, scenario, "p50_us"), med(proxy, scenario, "p99_us")
            cpu, rss = med(proxy, scenario, "cpu_us_per_call"), med(proxy, scenario, "rss_kib")
            added = proxy != "direct"
            print(f"| {proxy} | {scenario} | {rate:.0f} | {p50:.0f} | {p99:.0f} | "
                  f"{(p50 - base50) if added else 0:.0f} | {(p99 - base99) if added else 0:.0f} | "
                  f"{cpu:.1f} | {rss / 1024:.1f} |" if added else
                  f"| {proxy} | {scenario} | {rate:.0f} | {p50:.0f} | {p99:.0f} | – | – | – | – |")
    print()
    for proxy in ("nghttpx", "gateway"):
        if proxy in idle_rss:
            print(f"- {proxy}: RSS idle {idle_rss[proxy] / 1024:.1f} MiB, peak (VmHWM) {peak_rss[proxy] / 1024:.1f} MiB")
            rollup = idle_rollup.get(proxy, {})
            if "Rss" in rollup:
                print(f"  - idle smaps_rollup of `{rollup['comm']}`: Rss {rollup['Rss'] / 1024:.1f} MiB = anonymous "
                      f"{rollup['Anonymous'] / 1024:.1f} + file-backed {(rollup['Rss'] - rollup['Anonymous']) / 1024:.1f}; "
                      f"Pss {rollup['Pss'] / 1024:.1f} MiB")
    ratios = []
    for scenario, _, _ in SCENARIOS:
        g, n = med("gateway", scenario, "rate"), med("nghttpx", scenario, "rate")
        if g and n:
            ratios.append(f"{scenario} {g / n:.2f}x")
    if ratios:
        print(f"- throughput gateway/nghttpx: {', '.join(ratios)} (goal: 1.5x with auth and limits on)")


if __name__ == "__main__":
    main()
