#!/usr/bin/env python3
"""A grpcio server for the client's retry, hedging and balancing tests. Methods of `mesh.test.Flaky` take
and return raw bytes (no protobuf):

    Unary        echoes the request; fails a share (--fail-rate) of calls with UNAVAILABLE, drawn from a
                 seeded random sequence so that a run is reproducible
    Pushback     fails with UNAVAILABLE and `grpc-retry-pushback-ms` set to the request's text
    Hang         the first attempt (no grpc-previous-rpc-attempts) waits until cancelled; later ones echo;
                 with --hang all every attempt waits, with --hang none every attempt echoes
    FailFirst    client-streaming: the first attempt fails with UNAVAILABLE after reading every message,
                 later ones return the messages joined
    Slow         sleeps --delay-ms, then echoes
    Whoami       returns --name
    Stats        returns JSON counters: calls, failed, cancelled, calls by grpc-previous-rpc-attempts, and
                 calls by request (the request's bytes in hex), so a test can tell which calls came here

    retry_peer.py --port 0 [--host 127.0.0.1] [--fail-rate 0.3] [--seed 1] [--delay-ms 0] [--name A] [--hang first|all|none]

Prints `listening on PORT` once serving. Exits at once on SIGTERM, and when its parent process is gone,
so a failed test leaves nothing running.
"""
import argparse, json, os, random, signal, sys, threading, time
from concurrent import futures

import grpc


def exit_with_parent():
    """Exits when the test process that started us is gone (we are re-parented), even if it was killed.
    A thread that polls, because PR_SET_PDEATHSIG fires when the parent *thread* ends, and the thread
    that spawned us may be a worker thread that the test process retires."""
    parent = os.getppid()
    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


class Flaky:
    def __init__(self, args):
        self.args = args
        self.random = random.Random(args.seed)
        self.lock = threading.Lock()
        self.calls = 0
        self.failed = 0
        self.cancelled = 0
        self.by_attempt = {}
        self.by_request = {}

    def count(self, context, request=b""):
        previous = dict(context.invocation_metadata()).get("grpc-previous-rpc-attempts", "0")
        with self.lock:
            self.calls += 1
            self.by_attempt[previous] = self.by_attempt.get(previous, 0) + 1
            self.by_request[request.hex()] = self.by_request.get(request.hex(), 0) + 1
        return int(previous)

    def fail(self, context, message, pushback=None):
        with self.lock:
            self.failed += 1
        if pushback is not None:
            context.set_trailing_metadata((("grpc-retry-pushback-ms", pushback),))
        context.abort(grpc.StatusCode.UNAVAILABLE, message)

    def unary(self, request, context):
        self.count(context, request)
        with self.lock:
            failing = self.random.random() < self.args.fail_rate
        if failing:
            self.fail(context, "injected failure")
        return request

    def pushback(self, request, context):
        self.count(context)
        self.fail(context, "pushback", request.decode() or "-1")

    def hang(self, request, context):
        first = self.count(context, request) == 0
        if self.args.hang == "all" or (first and self.args.hang == "first"):
            done = threading.Event()
            def cancelled():
                with self.lock:
                    self.cancelled += 1
                done.set()
            context.add_callback(cancelled)
            done.wait(60)
            return b""
        return request

    def fail_first(self, requests, context):
        previous = self.count(context)
        joined = b"".join(requests)
        if previous == 0:
            self.fail(context, "first attempt fails")
        return joined

    def slow(self, request, context):
        self.count(context)
        time.sleep(self.args.delay_ms / 1000)
        return request

    def whoami(self, request, context):
        self.count(context)
        return self.args.name.encode()

    def stats(self, request, context):
        with self.lock:
            return json.dumps({"calls": self.calls, "failed": self.failed, "cancelled": self.cancelled,
                               "by_attempt": self.by_attempt, "by_request": self.by_request}).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fail-rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--name", default="peer")
    parser.add_argument("--hang", choices=["first", "all", "none"], default="first")
    args = parser.parse_args()
    exit_with_parent()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    # A child inherits its spawner's signal mask: the test process's threads block SIGTERM, which is why
    # peers used to outlive `terminate()`. Unblock it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})

    flaky = Flaky(args)
    identity = lambda b: b
    unary = lambda f: grpc.unary_unary_rpc_method_handler(f, request_deserializer=identity, response_serializer=identity)
    handlers = {
        "Unary": unary(flaky.unary), "Pushback": unary(flaky.pushback), "Hang": unary(flaky.hang),
        "Slow": unary(flaky.slow), "Whoami": unary(flaky.whoami), "Stats": unary(flaky.stats),
        "FailFirst": grpc.stream_unary_rpc_method_handler(flaky.fail_first, request_deserializer=identity,
                                                          response_serializer=identity),
    }
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=64))
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("mesh.test.Flaky", handlers),))
    port = server.add_insecure_port(f"{args.host}:{args.port}")
    server.start()
    print(f"listening on {port}", flush=True)
    # The main thread sleeps in a call that SIGTERM interrupts, so the handler runs at once
    # (grpc's wait_for_termination would hold it off).
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
