#!/usr/bin/env python3
"""A raw HTTP/2 gRPC server (Python `h2`) that turns the first request away before any application sees
it, then echoes every later one, for the client's transparent-retry tests.

    refusing_peer.py MODE      MODE: refuse (RST_STREAM REFUSED_STREAM) or goaway (GOAWAY last-stream 0)

Prints `listening on PORT`, then one line `request N previous=V` per request it receives (V: its
grpc-previous-rpc-attempts). Exits on SIGTERM and when its parent dies.
"""
import ctypes, os, signal, socket, sys, threading

import h2.config, h2.connection, h2.errors, h2.events

MODE = sys.argv[1]
lock = threading.Lock()
requests = 0


def serve(sock):
    global requests
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    bodies, previous = {}, {}
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        if not data:
            return
        for event in conn.receive_data(data):
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
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                if event.stream_id in bodies:
                    bodies[event.stream_id] += event.data
            elif isinstance(event, h2.events.StreamEnded) and event.stream_id in bodies:
                body = bodies.pop(event.stream_id)
                conn.send_headers(event.stream_id, [(":status", "200"), ("content-type", "application/grpc")])
                conn.send_data(event.stream_id, body)
                conn.send_headers(event.stream_id, [("grpc-status", "0")], end_stream=True)
        out = conn.data_to_send()
        if out:
            sock.sendall(out)


def main():
    try:
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
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
