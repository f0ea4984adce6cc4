#!/usr/bin/env python3
"""A raw HTTP/2 gRPC server (Python `h2`) that turns the first request away before any application sees
it, then echoes every later one, for the client's transparent-retry tests.

    refusing_peer.py MODE      MODE: refuse (RST_STREAM REFUSED_STREAM) or goaway (GOAWAY last-stream 0)

Prints `listening on PORT`, then one line `request N previous=V` per request it receives (V: its
grpc-previous-rpc-attempts). Exits on SIGTERM (the main thread waits in accept, which the signal interrupts) and when its
parent process is gone.
"""
import os, signal, socket, sys, threading, time

import h2.config, h2.connection, h2.errors, h2.events, h2.exceptions

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
    # A child inherits its spawner's signal mask: the test process's threads block SIGTERM, which is why
    # peers used to outlive `terminate()`. Unblock it.
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
