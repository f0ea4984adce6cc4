"""A grpcio server of grpc.testing.TestService with server reflection on (grpcio-reflection), for the
`mesh call` tests: the interop peer's service implementation, registered through the generated servicer
so that its descriptors are in Python's default pool. Optional TLS (--tls CERT KEY) and mutual TLS
(--client-ca CA: a client certificate signed by CA is required)."""
import argparse, importlib.util, os, signal, sys, threading, time
from concurrent import futures

HERE = os.path.dirname(os.path.abspath(__file__))
INTEROP = os.path.normpath(os.path.join(HERE, "..", "..", "MeshInteropTests", "Peers", "grpcio_interop.py"))

spec = importlib.util.spec_from_file_location("grpcio_interop", INTEROP)
interop = importlib.util.module_from_spec(spec)
sys.argv, saved = [INTEROP], sys.argv
spec.loader.exec_module(interop)
sys.argv = saved

import grpc
from grpc_reflection.v1alpha import reflection


class Servicer:
    """The generated servicer's methods, answered by the interop peer's implementation (which takes each
    request as (message, compressed), as its own decoder makes them)."""

    def __init__(self):
        self.service = interop.TestService()

    def __getattr__(self, name):
        if name == "CacheableUnaryCall":
            name = "UnaryCall"
        if not hasattr(self.service, name):  # UnimplementedCall: UNIMPLEMENTED, as the interop cases expect
            return lambda request, context: context.abort(grpc.StatusCode.UNIMPLEMENTED, name)
        method = getattr(self.service, name)
        if name in ("StreamingInputCall", "FullDuplexCall", "HalfDuplexCall"):
            return lambda requests, context: method(((r, False) for r in requests), context)
        return lambda request, context: method((request, False), context)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--client-ca")
    args = parser.parse_args()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    interop.test_pb2_grpc.add_TestServiceServicer_to_server(Servicer(), server)
    test_pb2 = sys.modules["grpc.testing.test_pb2"]
    names = (test_pb2.DESCRIPTOR.services_by_name["TestService"].full_name, reflection.SERVICE_NAME)
    reflection.enable_server_reflection(names, server)
    if args.tls:
        with open(args.tls[0], "rb") as f:
            cert = f.read()
        with open(args.tls[1], "rb") as f:
            key = f.read()
        ca = None
        if args.client_ca:
            with open(args.client_ca, "rb") as f:
                ca = f.read()
        credentials = grpc.ssl_server_credentials(((key, cert),), root_certificates=ca, require_client_auth=ca is not None)
        port = server.add_secure_port("127.0.0.1:0", credentials)
    else:
        port = server.add_insecure_port("127.0.0.1:0")
    server.start()
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


if __name__ == "__main__":
    main()
