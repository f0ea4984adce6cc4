"""What the raw HTTP/2 server peers share: a listener on a free port, a thread per connection, and an exit on
SIGTERM or when the test process that started the peer is gone."""
import os, signal, socket, threading, time

import h2.config, h2.connection


def serve_forever(serve):
    """Prints `listening on PORT`, then runs `serve(sock)` on a thread per accepted connection; never returns."""
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


def h2_server(sock):
    """An HTTP/2 server connection on `sock`: yields `(conn, events)` per read, and sends what the caller queued
    on `conn` before reading again; ends when the socket does."""
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
        yield conn, conn.receive_data(data)
        out = conn.data_to_send()
        if out:
            sock.sendall(out)
