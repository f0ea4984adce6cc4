#!/usr/bin/env python3
"""An HTTP/2 server (Python `h2`) that refuses every stream with RST_STREAM(REFUSED_STREAM), as a
server over its stream limit or shutting down does: the upstream cluster must retry such calls on
another endpoint, transparently, since the server never saw them.

    upstream_refusing_peer.py

Prints "upstream_refusing_peer: listening on PORT", then "refused N" after each refusal.
"""
import socket, sys, threading

import h2.config, h2.connection, h2.errors, h2.events

lock = threading.Lock()
refused = 0


def serve(sock):
    global refused
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        if not data:
            return
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.RequestReceived):
                conn.reset_stream(event.stream_id, error_code=h2.errors.ErrorCodes.REFUSED_STREAM)
                with lock:
                    refused += 1
                    print(f"refused {refused}", flush=True)
            elif isinstance(event, h2.events.DataReceived):
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
        outgoing = conn.data_to_send()
        if outgoing:
            sock.sendall(outgoing)


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(f"upstream_refusing_peer: listening on {listener.getsockname()[1]}", flush=True)
while True:
    client, _ = listener.accept()
    threading.Thread(target=serve, args=(client,), daemon=True).start()
