#!/usr/bin/env python3
"""Independent clients of the gateway's edge protocols, from PyPI: sonora (gRPC-Web) and connectrpc (the
Connect project's Python runtime), each calling grpc.testing.TestService through the gateway.

    edge_clients.py grpc-web URL    # sonora, application/grpc-web+proto
    edge_clients.py connect URL [h2|http1]   # connectrpc, proto and JSON, unary (POST and GET) and streaming;
                                             # h2: HTTP/2 with prior knowledge (h2c)

Stubs are generated from the repository's Protos/ into a temporary folder at start (grpcio-tools).
Prints one line per case and `N passed, M failed`; exits 1 when a case fails.
"""
import os, sys, tempfile, time, traceback

import grpc
from grpc_tools import protoc

HERE = os.path.dirname(os.path.abspath(__file__))
PROTOS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "Protos"))


def _import_generated():
    # The generated modules live in a package named `grpc.testing`, which grpcio also owns: load them by path.
    out = tempfile.mkdtemp(prefix="mesh-edge-py-")
    # Removed at exit: every run of the gateway tests left one such folder in /tmp.
    import atexit, shutil
    atexit.register(shutil.rmtree, out, True)
    import grpc_tools, importlib, types
    wkt = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    files = ["grpc/testing/empty.proto", "grpc/testing/messages.proto", "grpc/testing/test.proto"]
    if protoc.main(["protoc", "-I" + PROTOS, "-I" + wkt, "--python_out=" + out, "--grpc_python_out=" + out] + files) != 0:
        sys.exit("protoc failed for the interop protos")
    package = types.ModuleType("grpc.testing")
    package.__path__ = [os.path.join(out, "grpc", "testing")]
    sys.modules["grpc.testing"] = package
    grpc.testing = package
    return [importlib.import_module("grpc.testing." + name) for name in ["empty_pb2", "messages_pb2", "test_pb2_grpc"]]


empty_pb2, messages_pb2, test_pb2_grpc = _import_generated()
SERVICE = "grpc.testing.TestService"


def stream_request(*sizes, interval_us=0):
    return messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=s, interval_us=interval_us) for s in sizes])


def check(condition, what):
    if not condition:
        raise AssertionError(what)


# gRPC-Web through sonora ---------------------------------------------------------------------------------

def grpc_web_cases(url):
    import sonora.client
    channel = sonora.client.insecure_web_channel(url)

    class Stub:
        # grpcio-tools' stubs pass `_registered_method`, which sonora's channel does not take: build the calls here.
        def __init__(self):
            m = messages_pb2
            for name, kind, request, response in [
                ("EmptyCall", "unary_unary", empty_pb2.Empty, empty_pb2.Empty),
                ("UnaryCall", "unary_unary", m.SimpleRequest, m.SimpleResponse),
                ("UnimplementedCall", "unary_unary", empty_pb2.Empty, empty_pb2.Empty),
                ("StreamingOutputCall", "unary_stream", m.StreamingOutputCallRequest, m.StreamingOutputCallResponse),
            ]:
                setattr(self, name, getattr(channel, kind)(f"/{SERVICE}/{name}", request_serializer=request.SerializeToString,
                                                           response_deserializer=response.FromString))

    stub = Stub()

    def empty_unary():
        check(stub.EmptyCall(empty_pb2.Empty()) == empty_pb2.Empty(), "empty response")

    def large_unary():
        request = messages_pb2.SimpleRequest(response_size=314159,
                                             payload=messages_pb2.Payload(body=b"\0" * 271828))
        check(len(stub.UnaryCall(request).payload.body) == 314159, "payload size")

    def server_streaming():
        sizes = [len(r.payload.body) for r in stub.StreamingOutputCall(stream_request(31415, 9, 2653, 58979))]
        check(sizes == [31415, 9, 2653, 58979], f"sizes {sizes}")

    def error_with_metadata():
        request = messages_pb2.SimpleRequest(response_status=messages_pb2.EchoStatus(code=2, message="test status ✓"))
        try:
            stub.UnaryCall(request, metadata=[("x-grpc-test-echo-trailing-bin", "q83vAA==")])
        except grpc.RpcError as error:
            check(error.code() == grpc.StatusCode.UNKNOWN, f"code {error.code()}")
            check(error.details() == "test status ✓", f"details {error.details()!r}")
            return
        raise AssertionError("no error")

    def metadata_echo():
        _, call = stub.UnaryCall.with_call(messages_pb2.SimpleRequest(response_size=1),
                                           metadata=[("x-grpc-test-echo-initial", "test_initial_metadata_value"),
                                                     ("x-grpc-test-echo-trailing-bin", "q83vAA")])
        initial = dict(call.initial_metadata())
        check(initial.get("x-grpc-test-echo-initial") == "test_initial_metadata_value", f"initial {initial}")
        trailing = dict(call.trailing_metadata())
        check("x-grpc-test-echo-trailing-bin" in trailing, f"trailing {trailing}")

    def deadline():
        try:
            list(stub.StreamingOutputCall(stream_request(1, 1, interval_us=1_000_000), timeout=0.2))
        except grpc.RpcError as error:
            check(error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, f"code {error.code()}")
            return
        except Exception as error:  # sonora may surface the client's own timeout instead
            raise AssertionError(f"not a deadline status: {error!r}")
        raise AssertionError("no error")

    def unimplemented():
        try:
            stub.UnimplementedCall(empty_pb2.Empty())
        except grpc.RpcError as error:
            check(error.code() == grpc.StatusCode.UNIMPLEMENTED, f"code {error.code()}")
            return
        raise AssertionError("no error")

    return [empty_unary, large_unary, server_streaming, error_with_metadata, metadata_echo, deadline, unimplemented]


# Connect through connectrpc ------------------------------------------------------------------------------

def connect_cases(url, version):
    from connectrpc.client import ConnectClientSync
    from connectrpc.compat import google_protobuf_binary_codec, google_protobuf_json_codec
    from connectrpc.errors import ConnectError
    from connectrpc.code import Code
    from connectrpc.method import IdempotencyLevel, MethodInfo, StreamType

    def method(name, input, output, stream_type=StreamType.UNARY, idempotency=IdempotencyLevel.UNKNOWN):
        return MethodInfo(name=name, service_name=SERVICE, input=input, output=output,
                          idempotency_level=idempotency, stream_type=stream_type)

    m = messages_pb2
    empty = method("EmptyCall", empty_pb2.Empty, empty_pb2.Empty)
    unary = method("UnaryCall", m.SimpleRequest, m.SimpleResponse)
    cacheable = method("CacheableUnaryCall", m.SimpleRequest, m.SimpleResponse,
                       idempotency=IdempotencyLevel.NO_SIDE_EFFECTS)
    output = method("StreamingOutputCall", m.StreamingOutputCallRequest, m.StreamingOutputCallResponse,
                    StreamType.SERVER_STREAM)
    input = method("StreamingInputCall", m.StreamingInputCallRequest, m.StreamingInputCallResponse,
                   StreamType.CLIENT_STREAM)
    duplex = method("FullDuplexCall", m.StreamingOutputCallRequest, m.StreamingOutputCallResponse,
                    StreamType.BIDI_STREAM)
    def http_client():
        import pyqwest
        if version != "h2":
            return None
        return pyqwest.SyncClient(pyqwest.SyncHTTPTransport(http_version=pyqwest.HTTPVersion.HTTP2))

    clients = {
        # The proto client keeps connectrpc's default of gzip-compressed requests.
        "proto": ConnectClientSync(url, codec=google_protobuf_binary_codec(), http_client=http_client()),
        "json": ConnectClientSync(url, codec=google_protobuf_json_codec(), send_compression=None,
                                  http_client=http_client()),
    }
    cases = []

    for name, client in clients.items():
        def empty_unary(client=client):
            check(client.execute_unary(request=empty_pb2.Empty(), method=empty) == empty_pb2.Empty(), "empty")

        def large_unary(client=client):
            request = m.SimpleRequest(response_size=314159, payload=m.Payload(body=b"\0" * 271828))
            check(len(client.execute_unary(request=request, method=unary).payload.body) == 314159, "size")

        def get(client=client):
            response = client.execute_unary(request=m.SimpleRequest(response_size=7), method=cacheable, use_get=True)
            check(len(response.payload.body) == 7, "size")

        def server_streaming(client=client):
            sizes = [len(r.payload.body) for r in
                     client.execute_server_stream(request=stream_request(31415, 9, 2653, 58979), method=output)]
            check(sizes == [31415, 9, 2653, 58979], f"sizes {sizes}")

        def client_streaming(client=client):
            requests = (m.StreamingInputCallRequest(payload=m.Payload(body=b"\0" * s)) for s in [27182, 8, 1828, 45904])
            response = client.execute_client_stream(request=requests, method=input)
            check(response.aggregated_payload_size == 74922, f"total {response.aggregated_payload_size}")

        def bidi_half_duplex(client=client):
            requests = (stream_request(s) for s in [31415, 9, 2653, 58979])
            sizes = [len(r.payload.body) for r in client.execute_bidi_stream(request=requests, method=duplex)]
            check(sizes == [31415, 9, 2653, 58979], f"sizes {sizes}")

        def error_with_metadata(client=client):
            request = m.SimpleRequest(response_status=m.EchoStatus(code=5, message="not here ✓"))
            try:
                client.execute_unary(request=request, method=unary,
                                     headers={"x-grpc-test-echo-initial": "hello"})
            except ConnectError as error:
                check(error.code == Code.NOT_FOUND, f"code {error.code}")
                check(error.message == "not here ✓", f"message {error.message!r}")
                return
            raise AssertionError("no error")

        def stream_error(client=client):
            request = m.StreamingOutputCallRequest(response_status=m.EchoStatus(code=7, message="denied"))
            try:
                list(client.execute_server_stream(request=request, method=output))
            except ConnectError as error:
                check(error.code == Code.PERMISSION_DENIED, f"code {error.code}")
                return
            raise AssertionError("no error")

        def deadline(client=client):
            try:
                list(client.execute_server_stream(request=stream_request(1, 1, interval_us=1_000_000), method=output,
                                                  timeout_ms=200))
            except ConnectError as error:
                check(error.code == Code.DEADLINE_EXCEEDED, f"code {error.code}")
                return
            raise AssertionError("no error")

        for case in [empty_unary, large_unary, get, server_streaming, client_streaming, bidi_half_duplex,
                     error_with_metadata, stream_error, deadline]:
            case.__name__ = f"{name}_{case.__name__}"
            cases.append(case)
    return cases


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in ("grpc-web", "connect"):
        sys.exit(__doc__)
    version = sys.argv[3] if len(sys.argv) == 4 else "http1"
    cases = grpc_web_cases(sys.argv[2]) if sys.argv[1] == "grpc-web" else connect_cases(sys.argv[2], version)
    passed = failed = 0
    for case in cases:
        try:
            case()
            print(f"PASS {case.__name__}", flush=True)
            passed += 1
        except Exception as error:
            print(f"FAIL {case.__name__}: {error!r}", flush=True)
            traceback.print_exc(file=sys.stdout)
            failed += 1
    print(f"{passed} passed, {failed} failed", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
