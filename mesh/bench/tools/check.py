#!/usr/bin/env python3
"""One real gRPC client (Python grpcio) against a benchmark server: a UnaryCall, a StreamingOutputCall
and a FullDuplexCall, each of which must end with grpc-status 0 (OK) and carry the responses asked for.
h2load only checks the HTTP status, so run.sh runs this once per server and run.

Messages are encoded and decoded by hand (raw bytes through grpcio), so no generated code is needed.

usage: check.py --port N [--tls CERT_PEM]
"""
import argparse
import sys

import grpc

SERVICE = "/grpc.testing.TestService/"


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def field(number: int, payload: bytes) -> bytes:
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def fields(message: bytes) -> dict:
    """Top-level fields of a protobuf message: number -> list of values (ints or bytes)."""
    out, i = {}, 0

    def read_varint():
        nonlocal i
        value, shift = 0, 0
        while True:
            byte = message[i]
            i += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    while i < len(message):
        key = read_varint()
        number, wire = key >> 3, key & 7
        if wire == 0:
            value = read_varint()
        elif wire == 2:
            length = read_varint()
            value = message[i:i + length]
            i += length
        else:
            raise ValueError(f"unexpected wire type {wire}")
        out.setdefault(number, []).append(value)
    return out


def payload_size(response: bytes) -> int:
    """Size of Payload.body inside a SimpleResponse or StreamingOutputCallResponse (field 1)."""
    payload = fields(response).get(1, [b""])[-1]
    return len(fields(payload).get(2, [b""])[-1])


def output_request(sizes) -> bytes:
    return b"".join(field(2, varint(1 << 3 | 0) + varint(s)) for s in sizes)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tls", help="PEM certificate the server presents (self-signed)")
    args = parser.parse_args()
    target = f"127.0.0.1:{args.port}"
    if args.tls:
        with open(args.tls, "rb") as f:
            channel = grpc.secure_channel(target, grpc.ssl_channel_credentials(root_certificates=f.read()))
    else:
        channel = grpc.insecure_channel(target)
    with channel:
        unary = channel.unary_unary(SERVICE + "UnaryCall")
        request = varint(2 << 3) + varint(16) + field(3, field(2, bytes(16)))  # response_size 16, 16-byte payload
        response, call = unary.with_call(request, timeout=10)
        if call.code() != grpc.StatusCode.OK or payload_size(response) != 16:
            raise SystemExit(f"UnaryCall: status {call.code()}, payload {payload_size(response)} bytes")

        streaming = channel.unary_stream(SERVICE + "StreamingOutputCall")
        responses = streaming(output_request([8, 64, 4096]), timeout=10)
        sizes = [payload_size(r) for r in responses]
        if responses.code() != grpc.StatusCode.OK or sizes != [8, 64, 4096]:
            raise SystemExit(f"StreamingOutputCall: status {responses.code()}, sizes {sizes}")

        duplex = channel.stream_stream(SERVICE + "FullDuplexCall")
        responses = duplex(iter([output_request([31]), output_request([59])]), timeout=10)
        sizes = [payload_size(r) for r in responses]
        if responses.code() != grpc.StatusCode.OK or sizes != [31, 59]:
            raise SystemExit(f"FullDuplexCall: status {responses.code()}, sizes {sizes}")
    print(f"check ok: {target}{' (TLS)' if args.tls else ''}: UnaryCall, StreamingOutputCall, FullDuplexCall -> grpc-status 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
