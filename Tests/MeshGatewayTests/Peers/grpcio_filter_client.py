"""An independent gRPC client (grpcio) for the filter tests: calls one method with the given metadata and
prints, as one JSON line, the status code name, its details and the trailing metadata.

Usage: grpcio_filter_client.py HOST:PORT METHOD_PATH [KEY=VALUE ...]
The request is the empty protobuf message (valid for grpc.testing.Empty and SimpleRequest).
"""
import json
import sys

import grpc


def main():
    target, path, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
    metadata = [tuple(pair.split("=", 1)) for pair in pairs]
    with grpc.insecure_channel(target) as channel:
        call = channel.unary_unary(path, request_serializer=lambda m: m, response_deserializer=lambda b: b)
        try:
            _, outcome = call.with_call(b"", metadata=metadata, timeout=10)
            code, details, trailers = outcome.code(), outcome.details(), outcome.trailing_metadata()
        except grpc.RpcError as error:
            code, details, trailers = error.code(), error.details(), error.trailing_metadata()
    print(json.dumps({"code": code.name, "details": details or "",
                      "trailers": {key: value for key, value in (trailers or []) if not key.endswith("-bin")}}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
