#!/usr/bin/env python3
"""An HTTP/2 server (Python `h2`) that refuses every stream with RST_STREAM(REFUSED_STREAM), as a
server over its stream limit or shutting down does: the upstream cluster must retry such calls on
another endpoint, transparently, since the server never saw them.

    upstream_refusing_peer.py

Prints "listening on PORT", then "refused N" after each refusal.
"""
import os, sys, threading

# The raw HTTP/2 peers' listener and connection loop live with the transport's tests.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "MeshTransportTests", "Peers"))
from peer_server import h2_server, serve_forever

import h2.errors, h2.events

lock = threading.Lock()
refused = 0


def serve(sock):
    global refused
    for conn, events in h2_server(sock):
        for event in events:
            if isinstance(event, h2.events.RequestReceived):
                conn.reset_stream(event.stream_id, error_code=h2.errors.ErrorCodes.REFUSED_STREAM)
                with lock:
                    refused += 1
                    print(f"refused {refused}", flush=True)
            elif isinstance(event, h2.events.DataReceived):
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)


serve_forever(serve)
