#!/usr/bin/env python3
"""The interop peer of the test suite, on Python grpcio: a TestService server and a client that runs the
cases of grpc/grpc's doc/interop-test-descriptions.md, with the standard flags.

    grpcio_interop.py server --port N [--use_tls true --tls_cert_file F --tls_key_file F]
    grpcio_interop.py client --server_host H --server_port N --test_case all|NAME[,NAME]
                             [--use_tls true --ca_file F --server_host_override NAME]

Stubs are generated from the repository's Protos/ into a temporary folder at start (grpcio-tools), removed
once they are imported.
The client prints one line per case and `N passed, M failed`; it exits 1 when a case fails.
"""
import argparse, gzip, os, shutil, signal, sys, tempfile, threading, time, zlib
from concurrent import futures

import grpc
from grpc_tools import protoc

HERE = os.path.dirname(os.path.abspath(__file__))
PROTOS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "Protos"))


def _import_generated():
    # The generated modules live in a package named `grpc.testing`, which grpcio also owns: load them by path.
    out = tempfile.mkdtemp(prefix="mesh-interop-py-")
    import grpc_tools, importlib.util
    wkt = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    files = ["grpc/testing/empty.proto", "grpc/testing/messages.proto", "grpc/testing/test.proto"]
    if protoc.main(["protoc", "-I" + PROTOS, "-I" + wkt, "--python_out=" + out, "--grpc_python_out=" + out] + files) != 0:
        sys.exit("protoc failed for the interop protos")
    import types
    package = types.ModuleType("grpc.testing")
    package.__path__ = [os.path.join(out, "grpc", "testing")]
    sys.modules["grpc.testing"] = package
    grpc.testing = package
    try:
        modules = {name: importlib.import_module("grpc.testing." + name)
                   for name in ["empty_pb2", "messages_pb2", "test_pb2", "test_pb2_grpc"]}
    finally:
        # The four modules are in memory once imported (and they import nothing more later): the folder can go,
        # or every start of the peer leaves one behind in /tmp.
        shutil.rmtree(out, ignore_errors=True)
    return modules["empty_pb2"], modules["messages_pb2"], modules["test_pb2_grpc"]


empty_pb2, messages_pb2, test_pb2_grpc = _import_generated()

ECHO_INITIAL = "x-grpc-test-echo-initial"
ECHO_TRAILING = "x-grpc-test-echo-trailing-bin"


def payload(size):
    return messages_pb2.Payload(type=messages_pb2.COMPRESSABLE, body=b"\0" * size)


# ---------------------------------------------------------------- server

def _decoder(message_class):
    """A request deserializer that also tells whether the message arrived compressed: the server runs with
    grpc.per_message_decompression off, so compressed messages reach it as gzip or zlib bytes (neither magic
    can start a protobuf message), and it decompresses them itself. Returns (message, compressed)."""
    def decode(data):
        if data[:2] == b"\x1f\x8b":
            return message_class.FromString(gzip.decompress(data)), True
        if len(data) >= 2 and data[0] == 0x78 and (data[0] * 256 + data[1]) % 31 == 0:
            return message_class.FromString(zlib.decompress(data)), True
        return message_class.FromString(data), False
    return decode


def _check_compressed(request, compressed, context):
    if request.HasField("expect_compressed") and request.expect_compressed.value and not compressed:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "expected a compressed request")


class TestService:
    def _echo(self, context):
        md = dict(context.invocation_metadata())
        if ECHO_INITIAL in md:
            context.send_initial_metadata(((ECHO_INITIAL, md[ECHO_INITIAL]),))
        if ECHO_TRAILING in md:
            context.set_trailing_metadata(((ECHO_TRAILING, md[ECHO_TRAILING]),))

    def EmptyCall(self, decoded, context):
        self._echo(context)
        return empty_pb2.Empty()

    def UnaryCall(self, decoded, context):
        request, compressed = decoded
        self._echo(context)
        _check_compressed(request, compressed, context)
        if request.HasField("response_status") and request.response_status.code != 0:
            context.abort(grpc.StatusCode(_code(request.response_status.code)), request.response_status.message)
        if request.response_compressed.value:
            context.set_compression(grpc.Compression.Gzip)
        return messages_pb2.SimpleResponse(payload=payload(request.response_size))


    def StreamingOutputCall(self, decoded, context):
        request, _ = decoded
        for params in request.response_parameters:
            if params.interval_us:
                time.sleep(params.interval_us / 1e6)
            if params.compressed.value:
                context.set_compression(grpc.Compression.Gzip)
            else:
                context.disable_next_message_compression()
            yield messages_pb2.StreamingOutputCallResponse(payload=payload(params.size))

    def StreamingInputCall(self, request_iterator, context):
        total = 0
        for request, compressed in request_iterator:
            _check_compressed(request, compressed, context)
            total += len(request.payload.body)
        return messages_pb2.StreamingInputCallResponse(aggregated_payload_size=total)

    def FullDuplexCall(self, request_iterator, context):
        self._echo(context)
        for request, _ in request_iterator:
            if request.HasField("response_status") and request.response_status.code != 0:
                context.abort(grpc.StatusCode(_code(request.response_status.code)), request.response_status.message)
            for params in request.response_parameters:
                if params.interval_us:
                    time.sleep(params.interval_us / 1e6)
                yield messages_pb2.StreamingOutputCallResponse(payload=payload(params.size))

    def HalfDuplexCall(self, request_iterator, context):
        requests = [request for request, _ in request_iterator]
        for request in requests:
            for params in request.response_parameters:
                yield messages_pb2.StreamingOutputCallResponse(payload=payload(params.size))


def _code(number):
    for code in grpc.StatusCode:
        if code.value[0] == number:
            return code.value
    return grpc.StatusCode.UNKNOWN.value


def serve(args):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16),
                         options=[("grpc.per_message_decompression", 0)])
    service = TestService()
    m = messages_pb2
    handlers = {
        "EmptyCall": grpc.unary_unary_rpc_method_handler(
            service.EmptyCall, _decoder(empty_pb2.Empty), empty_pb2.Empty.SerializeToString),
        "UnaryCall": grpc.unary_unary_rpc_method_handler(
            service.UnaryCall, _decoder(m.SimpleRequest), m.SimpleResponse.SerializeToString),
        "StreamingOutputCall": grpc.unary_stream_rpc_method_handler(
            service.StreamingOutputCall, _decoder(m.StreamingOutputCallRequest),
            m.StreamingOutputCallResponse.SerializeToString),
        "StreamingInputCall": grpc.stream_unary_rpc_method_handler(
            service.StreamingInputCall, _decoder(m.StreamingInputCallRequest),
            m.StreamingInputCallResponse.SerializeToString),
        "FullDuplexCall": grpc.stream_stream_rpc_method_handler(
            service.FullDuplexCall, _decoder(m.StreamingOutputCallRequest),
            m.StreamingOutputCallResponse.SerializeToString),
        "HalfDuplexCall": grpc.stream_stream_rpc_method_handler(
            service.HalfDuplexCall, _decoder(m.StreamingOutputCallRequest),
            m.StreamingOutputCallResponse.SerializeToString),
    }
    # UnimplementedCall is left out on purpose: the unimplemented_method case expects UNIMPLEMENTED.
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("grpc.testing.TestService", handlers),))
    address = "127.0.0.1:%d" % args.port
    if args.use_tls == "true":
        with open(args.tls_cert_file, "rb") as f:
            cert = f.read()
        with open(args.tls_key_file, "rb") as f:
            key = f.read()
        port = server.add_secure_port(address, grpc.ssl_server_credentials(((key, cert),)))
    else:
        port = server.add_insecure_port(address)
    server.start()
    # A child inherits the test process's blocked signal mask, SIGTERM included: unblock it and exit at
    # once on it, so a test's stop() ends the server; exit too when the test process is gone.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    parent = os.getppid()

    def watch_parent():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch_parent, daemon=True).start()
    print("listening on %d" % port, flush=True)
    server.wait_for_termination()


# ---------------------------------------------------------------- client

class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def expect_status(code, fn, message=None):
    try:
        fn()
    except grpc.RpcError as error:
        check(error.code() == code, "expected %s, got %s: %s" % (code, error.code(), error.details()))
        if message is not None:
            check(error.details() == message, "expected message %r, got %r" % (message, error.details()))
        return
    raise Failure("expected %s, the call succeeded" % code)


def check_payload(p, size):
    check(len(p.body) == size, "payload of %d bytes, expected %d" % (len(p.body), size))
    check(p.body == b"\0" * size, "payload bytes are not all zero")


def simple(response_size, payload_size, **fields):
    return messages_pb2.SimpleRequest(response_type=messages_pb2.COMPRESSABLE, response_size=response_size,
                                      payload=payload(payload_size), **fields)


def streaming(response_size, payload_size):
    return messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=response_size)], payload=payload(payload_size))


def case_empty_unary(stub, channel):
    check(stub.EmptyCall(empty_pb2.Empty()) == empty_pb2.Empty(), "EmptyCall returned a non-empty message")


def case_large_unary(stub, channel):
    check_payload(stub.UnaryCall(simple(314159, 271828)).payload, 314159)


def case_client_compressed_unary(stub, channel):
    expect_status(grpc.StatusCode.INVALID_ARGUMENT,
                  lambda: stub.UnaryCall(simple(314159, 271828, expect_compressed=messages_pb2.BoolValue(value=True))))
    response = stub.UnaryCall(simple(314159, 271828, expect_compressed=messages_pb2.BoolValue(value=True)),
                              compression=grpc.Compression.Gzip)
    check_payload(response.payload, 314159)
    response = stub.UnaryCall(simple(314159, 271828, expect_compressed=messages_pb2.BoolValue(value=False)))
    check_payload(response.payload, 314159)


def case_server_compressed_unary(stub, channel):
    for compressed in (True, False):
        response = stub.UnaryCall(simple(314159, 271828, response_compressed=messages_pb2.BoolValue(value=compressed)))
        check_payload(response.payload, 314159)


def case_client_streaming(stub, channel):
    requests = [messages_pb2.StreamingInputCallRequest(payload=payload(s)) for s in (27182, 8, 1828, 45904)]
    response = stub.StreamingInputCall(iter(requests))
    check(response.aggregated_payload_size == 74922, "aggregated %d, expected 74922" % response.aggregated_payload_size)


def case_client_compressed_streaming(stub, channel):
    probe = [messages_pb2.StreamingInputCallRequest(expect_compressed=messages_pb2.BoolValue(value=True),
                                                    payload=payload(27182))]
    expect_status(grpc.StatusCode.INVALID_ARGUMENT, lambda: stub.StreamingInputCall(iter(probe)))
    requests = [
        messages_pb2.StreamingInputCallRequest(expect_compressed=messages_pb2.BoolValue(value=True), payload=payload(27182)),
        messages_pb2.StreamingInputCallRequest(expect_compressed=messages_pb2.BoolValue(value=False), payload=payload(45904)),
    ]
    response = stub.StreamingInputCall(iter(requests), compression=grpc.Compression.Gzip)
    check(response.aggregated_payload_size == 73086, "aggregated %d, expected 73086" % response.aggregated_payload_size)


def case_server_streaming(stub, channel):
    sizes = [31415, 9, 2653, 58979]
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=s) for s in sizes])
    received = [len(r.payload.body) for r in stub.StreamingOutputCall(request)]
    check(received == sizes, "received %s, expected %s" % (received, sizes))


def case_server_compressed_streaming(stub, channel):
    request = messages_pb2.StreamingOutputCallRequest(response_parameters=[
        messages_pb2.ResponseParameters(size=31415, compressed=messages_pb2.BoolValue(value=True)),
        messages_pb2.ResponseParameters(size=92653, compressed=messages_pb2.BoolValue(value=False))])
    received = [len(r.payload.body) for r in stub.StreamingOutputCall(request)]
    check(received == [31415, 92653], "received %s" % received)


class _Pipe:
    """A request iterator fed one message at a time, for ping-pong."""

    def __init__(self):
        self._cond = threading.Condition()
        self._items = []
        self._open = True

    def add(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def close(self):
        with self._cond:
            self._open = False
            self._cond.notify()

    def __iter__(self):
        return self

    def __next__(self):
        with self._cond:
            while not self._items and self._open:
                self._cond.wait()
            if self._items:
                return self._items.pop(0)
            raise StopIteration


def case_ping_pong(stub, channel):
    pipe = _Pipe()
    responses = stub.FullDuplexCall(pipe)
    for response_size, payload_size in zip((31415, 9, 2653, 58979), (27182, 8, 1828, 45904)):
        pipe.add(streaming(response_size, payload_size))
        check_payload(next(responses).payload, response_size)
    pipe.close()
    check(next(responses, None) is None, "more responses than requests")


def case_empty_stream(stub, channel):
    check(list(stub.FullDuplexCall(iter([]))) == [], "a response to an empty stream")


def case_custom_metadata(stub, channel):
    metadata = ((ECHO_INITIAL, "test_initial_metadata_value"), (ECHO_TRAILING, b"\xab\xab\xab"))
    response, call = stub.UnaryCall.with_call(simple(314159, 271828), metadata=metadata)
    check_payload(response.payload, 314159)
    _check_echo(call.initial_metadata(), call.trailing_metadata())
    responses = stub.FullDuplexCall(iter([streaming(314159, 271828)]), metadata=metadata)
    check_payload(next(responses).payload, 314159)
    check(next(responses, None) is None, "more than one response")
    _check_echo(responses.initial_metadata(), responses.trailing_metadata())


def _check_echo(initial, trailing):
    initial, trailing = dict(initial), dict(trailing)
    check(initial.get(ECHO_INITIAL) == "test_initial_metadata_value", "initial echo: %r" % initial.get(ECHO_INITIAL))
    check(trailing.get(ECHO_TRAILING) == b"\xab\xab\xab", "trailing echo: %r" % trailing.get(ECHO_TRAILING))


def _status_case(stub, message):
    status = messages_pb2.EchoStatus(code=2, message=message)
    expect_status(grpc.StatusCode.UNKNOWN, lambda: stub.UnaryCall(messages_pb2.SimpleRequest(response_status=status)), message)
    expect_status(grpc.StatusCode.UNKNOWN,
                  lambda: list(stub.FullDuplexCall(iter([messages_pb2.StreamingOutputCallRequest(response_status=status)]))),
                  message)


def case_status_code_and_message(stub, channel):
    _status_case(stub, "test status message")


def case_special_status_message(stub, channel):
    _status_case(stub, "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n")


def case_unimplemented_method(stub, channel):
    expect_status(grpc.StatusCode.UNIMPLEMENTED, lambda: stub.UnimplementedCall(empty_pb2.Empty()))


def case_unimplemented_service(stub, channel):
    other = test_pb2_grpc.UnimplementedServiceStub(channel)
    expect_status(grpc.StatusCode.UNIMPLEMENTED, lambda: other.UnimplementedCall(empty_pb2.Empty()))


def case_cancel_after_begin(stub, channel):
    pipe = _Pipe()
    future = stub.StreamingInputCall.future(pipe)
    future.cancel()
    check(future.cancelled(), "the call was not cancelled")
    pipe.close()


def case_cancel_after_first_response(stub, channel):
    pipe = _Pipe()
    responses = stub.FullDuplexCall(pipe)
    pipe.add(streaming(31415, 27182))
    check_payload(next(responses).payload, 31415)
    responses.cancel()
    try:
        next(responses)
        raise Failure("a response after cancel")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.CANCELLED, "expected CANCELLED, got %s" % error.code())
    pipe.close()


def case_timeout_on_sleeping_server(stub, channel):
    pipe = _Pipe()
    pipe.add(streaming(0, 27182))

    def run():
        for _ in stub.FullDuplexCall(pipe, timeout=0.001):
            pass
    expect_status(grpc.StatusCode.DEADLINE_EXCEEDED, run)
    pipe.close()


CASES = [name[len("case_"):] for name in list(globals()) if name.startswith("case_")]


def run_client(args):
    target = "%s:%d" % (args.server_host, args.server_port)
    if args.use_tls == "true":
        with open(args.ca_file, "rb") as f:
            credentials = grpc.ssl_channel_credentials(root_certificates=f.read())
        options = (("grpc.ssl_target_name_override", args.server_host_override),) if args.server_host_override else ()
        channel = grpc.secure_channel(target, credentials, options=options)
    else:
        channel = grpc.insecure_channel(target)
    grpc.channel_ready_future(channel).result(timeout=20)
    stub = test_pb2_grpc.TestServiceStub(channel)
    names = CASES if args.test_case == "all" else args.test_case.split(",")
    passed = failed = 0
    for name in names:
        try:
            globals()["case_" + name](stub, channel)
            passed += 1
            print("PASS " + name, flush=True)
        except Exception as error:  # noqa: a failing case must not stop the others
            failed += 1
            print("FAIL %s: %s" % (name, error), flush=True)
    print("%d passed, %d failed" % (passed, failed), flush=True)
    channel.close()
    return 0 if failed == 0 else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=["server", "client"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--server_host", default="127.0.0.1")
    parser.add_argument("--server_port", type=int)
    parser.add_argument("--test_case", default="all")
    parser.add_argument("--use_tls", default="false")
    parser.add_argument("--use_test_ca", default="false")
    parser.add_argument("--tls_cert_file")
    parser.add_argument("--tls_key_file")
    parser.add_argument("--ca_file")
    parser.add_argument("--server_host_override")
    args = parser.parse_args()
    if args.role == "server":
        serve(args)
    else:
        sys.exit(run_client(args))


if __name__ == "__main__":
    main()
