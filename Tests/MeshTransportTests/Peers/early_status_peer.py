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
import os, signal, socket, sys, threading, time

import h2.config, h2.connection, h2.events


def answer(conn, stream):
    conn.send_headers(stream, [(":status", "200"), ("content-type", "application/grpc")])
    conn.send_headers(stream, [("grpc-status", "0")], end_stream=True)


def serve(sock):
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    methods, received, answered = {}, {}, set()
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        if not data:
            return
        for event in conn.receive_data(data):
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
        out = conn.data_to_send()
        if out:
            sock.sendall(out)


def main():
    parent = os.getppid()
    def watch():  # exit when the test process is gone (see retry_peer.py for why not PR_SET_PDEATHSIG)
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    # The test process's threads block SIGTERM and a child inherits the mask: unblock it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(f"listening on {listener.getsockname()[1]}", flush=True)
    while True:
        sock, _ = listener.accept()
        threading.Thread(target=serve, args=(sock,), daemon=True).start()


if __name__ == "__main__":
    main()
