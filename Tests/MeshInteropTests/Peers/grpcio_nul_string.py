#!/usr/bin/env python3
"""A grpcio peer that puts U+0000 inside protobuf strings (valid UTF-8, kept whole by grpcio), to check
that our side never cuts such a string silently.

    grpcio_nul_string.py client --server_port N
        UnaryCall with response_status.message = "before\\0after" (code 2), then the same without the NUL;
        prints one line per call: `nul|plain <status code name> <details as repr>`.
    grpcio_nul_string.py server --port 0
        prints `listening on N`; UnaryCall answers SimpleResponse(username="user\\0name"); runs until stopped.

The interop stubs come from grpcio_interop.py (generated from Protos/ at import).
"""
import argparse, os, sys, time
from concurrent import futures

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import grpc
import grpcio_interop as interop

messages_pb2, test_pb2_grpc = interop.messages_pb2, interop.test_pb2_grpc


def run_client(port):
    with grpc.insecure_channel("127.0.0.1:%d" % port) as channel:
        stub = test_pb2_grpc.TestServiceStub(channel)
        for label, text in [("nul", "before\0after"), ("plain", "before after")]:
            request = messages_pb2.SimpleRequest(response_status=messages_pb2.EchoStatus(code=2, message=text))
            try:
                stub.UnaryCall(request, timeout=30)
                print("%s OK %r" % (label, ""), flush=True)
            except grpc.RpcError as error:
                print("%s %s %r" % (label, error.code().name, error.details()), flush=True)


class NulService(test_pb2_grpc.TestServiceServicer):
    def UnaryCall(self, request, context):
        return messages_pb2.SimpleResponse(username="user\0name")


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    test_pb2_grpc.add_TestServiceServicer_to_server(NulService(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print("listening on %d" % port, flush=True)
    # Ends when the test stops it, or when the test process is gone (then this one is re-parented).
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.5)
    server.stop(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=["server", "client"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--server_port", type=int)
    args = parser.parse_args()
    if args.role == "server":
        serve()
    else:
        run_client(args.server_port)


if __name__ == "__main__":
    main()
