"""Runs ChatBenchmark and a recorder over its measured run only (chatcounts.py, chatprofile.py).

The measured run starts when the benchmark resets pg_stat_statements after its warm-up, and ends when it
prints its `turns:` line: `measure` starts the recorder at the first and stops it (SIGINT) at the second.
"""
import glob, os, signal, subprocess, time


def measure(binary, out, arguments, start_recorder, at_stop=None):
    """Runs `binary --statements ARGUMENTS`, its output in OUT/benchmark.txt.

    start_recorder(bench, data_dir) -> Popen is called when the measured run begins; at_stop(bench, data_dir)
    just before the recorder is stopped. Returns the benchmark's output, or None when the measured run was
    not seen. The benchmark and the recorder are stopped whatever happens.
    """
    before_dirs = set(glob.glob("/tmp/meshchatbench-*"))
    log = open(out + "/benchmark.txt", "w")
    bench = subprocess.Popen(["stdbuf", "-oL", binary, "--statements"] + arguments, stdout=log, stderr=subprocess.STDOUT)
    data, reset0, recorder = None, None, None
    try:
        while bench.poll() is None and recorder is None:
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
                recorder = start_recorder(bench, data)
        while bench.poll() is None and recorder is not None:
            time.sleep(0.05)
            if "turns:" in open(out + "/benchmark.txt").read():
                break
        if recorder is None:
            print("the measured run was not seen (no pg_stat_statements reset)")
            return None
        if at_stop is not None:
            at_stop(bench, data)
        recorder.send_signal(signal.SIGINT)
        recorder.wait()
        bench.wait()
    finally:
        if bench.poll() is None:
            bench.terminate()
            bench.wait()
        if recorder is not None and recorder.poll() is None:
            recorder.terminate()
    return open(out + "/benchmark.txt").read()
