#!/usr/bin/env python3
"""The client of issue 8 §3: one connection, a ~4 MiB request on each of 100 streams asking for a
~4 MiB response, and the responses never read (no WINDOW_UPDATE is ever sent for them).

    never_read_flood.py PORT PID [STREAMS] [SECONDS]

Pushes request bytes for SECONDS (8) as far as the server's window allows, samples the resident memory
of process PID (the server) meanwhile, closes the connection, samples it again, and prints one JSON
object: `peak_rss_mib` while the client pushed, `after_close_rss_mib` once it settled after the client left,
`refused` streams, `sent_mib`.
"""
import json, select, socket, struct, sys, time

import h2.config, h2.connection, h2.events, h2.exceptions

PORT, PID = int(sys.argv[1]), int(sys.argv[2])
STREAMS = int(sys.argv[3]) if len(sys.argv) > 3 else 100
SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 8.0
SIZE = (4 << 20) - 64


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def rss_mib():
    with open("/proc/%d/status" % PID) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


# grpc.testing.SimpleRequest { response_size = SIZE, payload { body = SIZE - 16 bytes } }
body = b"\x00" * (SIZE - 16)
payload = b"\x12" + varint(len(body)) + body
request = b"\x10" + varint(SIZE) + b"\x1a" + varint(len(payload)) + payload
message = struct.pack(">BI", 0, len(request)) + request

sock = socket.create_connection(("127.0.0.1", PORT), timeout=5)
conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
conn.initiate_connection()
sock.sendall(conn.data_to_send())
offsets, refused = {}, 0
for _ in range(STREAMS):
    stream = conn.get_next_available_stream_id()
    conn.send_headers(stream, [(":method", "POST"), (":scheme", "http"), (":path", "/grpc.testing.TestService/UnaryCall"),
                               (":authority", "localhost"), ("content-type", "application/grpc"), ("te", "trailers")])
    offsets[stream] = 0
sock.sendall(conn.data_to_send())

sock.settimeout(30)  # sends may wait on a loaded machine; reads are polled with select
peak, sent, start = 0.0, 0, time.time()
while time.time() - start < SECONDS:
    for stream, offset in list(offsets.items()):
        if offset >= len(message):
            continue
        for _ in range(4):
            try:
                window = min(conn.local_flow_control_window(stream), conn.max_outbound_frame_size)
            except (h2.exceptions.StreamClosedError, KeyError):
                offsets[stream] = len(message)
                break
            if window <= 0 or offset >= len(message):
                break
            chunk = message[offset:offset + window]
            offset += len(chunk)
            conn.send_data(stream, chunk, end_stream=offset >= len(message))
            offsets[stream] = offset
            sent += len(chunk)
    data = conn.data_to_send()
    if data:
        sock.sendall(data)
    readable, _, _ = select.select([sock], [], [], 0.05)
    incoming = sock.recv(1 << 20) if readable else None
    if incoming == b"":
        break
    if incoming:
        for event in conn.receive_data(incoming):
            if isinstance(event, h2.events.StreamReset):
                if event.error_code == 7:
                    refused += 1
                offsets[event.stream_id] = len(message)
        data = conn.data_to_send()  # SETTINGS and PING acknowledgements only: DATA is never acknowledged
        if data:
            sock.sendall(data)
    peak = max(peak, rss_mib())
sock.close()
# The server gives freed pages back shortly after the connection closes; on a loaded machine that can take
# longer than a fixed wait (45.2 MiB once at load 9, 26.5 typically), so read the RSS once it stopped
# changing for a second (at most 10 s): memory that is never given back still reads high.
time.sleep(1.5)
closed_at, settled = time.monotonic(), [rss_mib()]
while time.monotonic() - closed_at < 8.5:
    time.sleep(0.25)
    settled = (settled + [rss_mib()])[-5:]
    if len(settled) == 5 and max(settled) - min(settled) < 0.5:
        break
print(json.dumps({"peak_rss_mib": round(peak, 1), "after_close_rss_mib": round(settled[-1], 1), "refused": refused,
                  "sent_mib": round(sent / (1 << 20), 1)}))
