#!/usr/bin/env python3
"""A Python `h2` client that announces SETTINGS_MAX_FRAME_SIZE and a large window, makes one unary call to
the echo service, and reports the size of each DATA frame of the response.

    data_frames_peer.py PORT MAX_FRAME_SIZE MESSAGE_BYTES

Prints one JSON object: `frames` (each response DATA frame's payload length, in order), `grpc_status`,
`response_bytes`, then exits.
"""
import json, socket, struct, sys, time

import h2.config, h2.connection, h2.events, h2.settings

PORT, MAX_FRAME, SIZE = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
WINDOW = 4 * 1024 * 1024

sock = socket.create_connection(("127.0.0.1", PORT), timeout=10)
conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
conn.initiate_connection()
if MAX_FRAME != 16384:
    conn.update_settings({h2.settings.SettingCodes.MAX_FRAME_SIZE: MAX_FRAME,
                          h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: WINDOW})
    conn.increment_flow_control_window(WINDOW)
sock.sendall(conn.data_to_send())
result = {"frames": [], "grpc_status": None, "response_bytes": 0}

# h2 applies a raised SETTINGS_MAX_FRAME_SIZE of its own when the server acknowledges it, but its frame reader
# takes the new limit only at the start of the next receive_data(): a server that (rightly, RFC 9113 6.5.3)
# sends a large DATA frame right behind that ACK, read in the same recv(), would trip h2's old 16 KiB limit.
# So the call starts once the ACK of the raised size has been read on its own.
if MAX_FRAME != 16384:
    deadline = time.time() + 10
    while conn.max_inbound_frame_size < MAX_FRAME and time.time() < deadline:
        data = sock.recv(1 << 16)
        if not data:
            break
        conn.receive_data(data)
        pending = conn.data_to_send()
        if pending:
            sock.sendall(pending)


def handle(events, stream):
    """Records the response; True once the stream ended."""
    done = False
    for event in events:
        if isinstance(event, h2.events.DataReceived) and event.stream_id == stream:
            result["frames"].append(event.flow_controlled_length)
            result["response_bytes"] += len(event.data)
            conn.acknowledge_received_data(event.flow_controlled_length, stream)
        elif isinstance(event, (h2.events.ResponseReceived, h2.events.TrailersReceived)) and event.stream_id == stream:
            for name, value in event.headers:
                if name == "grpc-status":
                    result["grpc_status"] = int(value)
        elif isinstance(event, (h2.events.StreamEnded, h2.events.StreamReset)) and event.stream_id == stream:
            done = True
        elif isinstance(event, h2.events.ConnectionTerminated):
            done = True
    data = conn.data_to_send()
    if data:
        sock.sendall(data)
    return done


def read(stream):
    data = sock.recv(1 << 20)
    if not data:
        return True
    return handle(conn.receive_data(data), stream)


stream = conn.get_next_available_stream_id()
conn.send_headers(stream, [(":method", "POST"), (":scheme", "http"), (":path", "/mesh.test.Echo/Unary"),
                           (":authority", "localhost"), ("content-type", "application/grpc"), ("te", "trailers")])
body = struct.pack(">BI", 0, SIZE) + bytes(i % 251 for i in range(SIZE))
sent = 0
deadline = time.time() + 20
done = False
# The request goes out as far as the server's windows and frame size allow, reading its grants between.
while sent < len(body) and not done and time.time() < deadline:
    room = min(conn.local_flow_control_window(stream), conn.max_outbound_frame_size, len(body) - sent)
    if room > 0:
        conn.send_data(stream, body[sent:sent + room], end_stream=sent + room == len(body))
        sent += room
        sock.sendall(conn.data_to_send())
    else:
        done = read(stream)
while not done and time.time() < deadline:
    done = read(stream)
sock.close()
print(json.dumps(result), flush=True)
