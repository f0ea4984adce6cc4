#!/usr/bin/env python3
"""Writes gRPC-framed request bodies for h2load: a 5-byte prefix (flag 0, big-endian length) and a
grpc.testing.SimpleRequest encoded by hand, so no protobuf library is needed.

usage: make_bodies.py OUT_DIR
writes unary-0.bin (0-byte payloads), unary-1k.bin (1 KiB both ways), unary-64k.bin (64 KiB both ways).
"""
import os
import struct
import sys


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def simple_request(size: int) -> bytes:
    """SimpleRequest{response_size = size, payload = Payload{body = size zero bytes}}."""
    if size == 0:
        return b""
    payload = b"\x12" + varint(size) + bytes(size)  # Payload.body = 2
    return b"\x10" + varint(size) + b"\x1a" + varint(len(payload)) + payload  # response_size = 2, payload = 3


def frame(message: bytes) -> bytes:
    return struct.pack(">BI", 0, len(message)) + message


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, size in (("unary-0.bin", 0), ("unary-1k.bin", 1024), ("unary-64k.bin", 65536)):
        with open(os.path.join(out, name), "wb") as f:
            f.write(frame(simple_request(size)))


if __name__ == "__main__":
    main()
