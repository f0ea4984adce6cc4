#!/usr/bin/env python3
"""A raw HTTP/2 gRPC server (Python `h2`) that sends its status while the client still sends, for the tests of
the client's half of RFC 9113 8.1: a client that gets END_STREAM with its request open resets it, NO_ERROR.

    early_status_peer.py

It grants no stream window for request DATA (only the connection's), so a large request stays mostly
queued in the client. Per method:
`Early` answers (headers, then trailers `grpc-status: 0` with END_STREAM) at the request's first DATA;
`AfterEnd` answers once the request ended. Prints `listening on PORT`, then one line per stream when it ends
on the client's side: `stream ID reset CODE received N` (RST_STREAM) or `stream ID ended received N`
(END_STREAM), N the request DATA bytes it got. Exits on SIGTERM and when its parent process is gone.
"""
from peer_server import h2_server, serve_forever

import h2.events


def answer(conn, stream):
    conn.send_headers(stream, [(":status", "200"), ("content-type", "application/grpc")])
    conn.send_headers(stream, [("grpc-status", "0")], end_stream=True)


def serve(sock):
    methods, received, answered = {}, {}, set()
    for conn, events in h2_server(sock):
        for event in events:
            if isinstance(event, h2.events.RequestReceived):
                methods[event.stream_id] = dict(event.headers)[":path"].rsplit("/", 1)[-1]
                received[event.stream_id] = 0
            elif isinstance(event, h2.events.DataReceived):
                # Counted and granted back on the connection only: a stream can send one window's worth at
                # most, and the streams after it still find room on the connection.
                received[event.stream_id] = received.get(event.stream_id, 0) + len(event.data)
                if event.flow_controlled_length:
                    conn.increment_flow_control_window(event.flow_controlled_length)
                if methods.get(event.stream_id) == "Early" and event.stream_id not in answered:
                    answered.add(event.stream_id)
                    answer(conn, event.stream_id)
            elif isinstance(event, h2.events.StreamEnded):
                print(f"stream {event.stream_id} ended received {received.get(event.stream_id, 0)}", flush=True)
                if event.stream_id not in answered:
                    answered.add(event.stream_id)
                    answer(conn, event.stream_id)
            elif isinstance(event, h2.events.StreamReset):
                print(f"stream {event.stream_id} reset {int(event.error_code)} received "
                      f"{received.get(event.stream_id, 0)}", flush=True)


if __name__ == "__main__":
    serve_forever(serve)
