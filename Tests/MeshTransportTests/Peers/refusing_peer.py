#!/usr/bin/env python3
"""A raw HTTP/2 gRPC server (Python `h2`) that turns the first request away before any application sees
it, then echoes every later one, for the client's transparent-retry tests.

    refusing_peer.py MODE      MODE: refuse (RST_STREAM REFUSED_STREAM) or goaway (GOAWAY last-stream 0)

Prints `listening on PORT`, then one line `request N previous=V` per request it receives (V: its
grpc-previous-rpc-attempts). Exits on SIGTERM (the main thread waits in accept, which the signal interrupts) and when its
parent process is gone.
"""
import sys, threading

from peer_server import h2_server, serve_forever

import h2.errors, h2.events, h2.exceptions

MODE = sys.argv[1]
lock = threading.Lock()
requests = 0


def serve(sock):
    global requests
    bodies, previous = {}, {}
    for conn, events in h2_server(sock):
        for event in events:
            if isinstance(event, h2.events.RequestReceived):
                with lock:
                    requests += 1
                    number = requests
                headers = dict(event.headers)
                print(f"request {number} previous={headers.get('grpc-previous-rpc-attempts', '0')}", flush=True)
                if number == 1 and MODE == "refuse":
                    conn.reset_stream(event.stream_id, h2.errors.ErrorCodes.REFUSED_STREAM)
                elif number == 1 and MODE == "goaway":
                    conn.close_connection(error_code=h2.errors.ErrorCodes.NO_ERROR, last_stream_id=0)
                    sock.sendall(conn.data_to_send())
                    sock.close()
                    return
                else:
                    bodies[event.stream_id] = b""
            elif isinstance(event, h2.events.DataReceived):
                try:
                    conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                except h2.exceptions.StreamClosedError:
                    pass  # data that was in flight on the stream it refused
                if event.stream_id in bodies:
                    bodies[event.stream_id] += event.data
            elif isinstance(event, h2.events.StreamEnded) and event.stream_id in bodies:
                body = bodies.pop(event.stream_id)
                conn.send_headers(event.stream_id, [(":status", "200"), ("content-type", "application/grpc")])
                conn.send_data(event.stream_id, body)
                conn.send_headers(event.stream_id, [("grpc-status", "0")], end_stream=True)


if __name__ == "__main__":
    serve_forever(serve)
