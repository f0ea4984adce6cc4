#!/usr/bin/env python3
"""A client that goes on sending after the server's last words, reading between its sends, for the
lingering-close tests (the gateway's tests run it too). Prints one JSON object.

    linger_peer.py h2 PORT SECONDS           # h2c: preface, SETTINGS, then DATA on stream 0 (PROTOCOL_ERROR)
    linger_peer.py http1 PORT PATH SECONDS   # POST announcing a 1 GiB body: the server answers 413 at once

It sends (16 KiB pieces, about 16 MB/s) for SECONDS, reading meanwhile, whether or not the server's end of
sending (its FIN) came, until a send or a read fails (the server closed and reset the connection). Result:
`goaway` (the error code of the GOAWAY read, h2), `statuses` (HTTP/1.1), `sent`, `send_error` and
`read_error` (the exception's class, or null), `eof` (the server's end was read cleanly), `cut` (a send or
read failed: the server closed while the client still sent), `elapsed` (seconds to the cut, or to the end
of the sending).
"""
import json, os, re, select, socket, struct, sys, time

# The read to the end is MeshHTTP's tests' own.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "MeshHTTPTests", "Peers"))
from http_peer import read_to_end  # noqa: E402

PIECE = 16384


def h2_opening():
    settings = struct.pack(">I", 0)[1:] + bytes([4, 0]) + struct.pack(">I", 0)
    bad_data = struct.pack(">I", 1)[1:] + bytes([0, 0]) + struct.pack(">I", 0) + b"x"
    return b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + settings + bad_data


def h2_filler():
    # More DATA frames on stream 0: a server still reading them would answer each as an error.
    return struct.pack(">I", PIECE)[1:] + bytes([0, 0]) + struct.pack(">I", 0) + b"z" * PIECE


def goaway_code(received):
    offset = 0
    while offset + 9 <= len(received):
        length = int.from_bytes(received[offset:offset + 3], "big")
        kind = received[offset + 3]
        payload = received[offset + 9:offset + 9 + length]
        if kind == 7 and len(payload) >= 8:
            return int.from_bytes(payload[4:8], "big")
        offset += 9 + length
    return None


def run(opening, filler, seconds):
    sock = socket.create_connection(("127.0.0.1", PORT), timeout=10)
    start = time.time()
    sock.sendall(opening)
    sock.setblocking(False)
    received, sent, send_error, read_error, eof, pending = b"", 0, None, None, False, b""
    # Sends on after the server's end of sending (its FIN after the last words), as a client busy with
    # its upload does; only a send or read error (the server's reset) stops it before SECONDS.
    while time.time() - start < seconds and send_error is None and read_error is None:
        readable, writable, _ = select.select([] if eof else [sock], [sock], [], 0.05)
        if readable:
            try:
                data = sock.recv(65536)
                eof = not data
                received += data
            except BlockingIOError:
                pass
            except OSError as error:
                read_error = error.__class__.__name__
        if writable and read_error is None:
            if not pending:
                pending = filler
            try:
                count = sock.send(pending)
                sent += count
                pending = pending[count:]
            except BlockingIOError:
                pass
            except OSError as error:
                send_error = error.__class__.__name__
            time.sleep(0.001)
    elapsed = time.time() - start
    if not eof and send_error is None and read_error is None:
        sock.setblocking(True)
        sock.settimeout(20)
        rest, ending = read_to_end(sock)
        received += rest
        eof = ending == "eof"
        read_error = None if eof else ending
    sock.close()
    return received, {"sent": sent, "send_error": send_error, "read_error": read_error, "eof": eof,
                      "cut": send_error is not None or read_error is not None, "elapsed": elapsed}


MODE, PORT = sys.argv[1], int(sys.argv[2])
if MODE == "h2":
    received, result = run(h2_opening(), h2_filler(), float(sys.argv[3]))
    result["goaway"] = goaway_code(received)
else:
    path = sys.argv[3]
    head = ("POST %s HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
            % (path, 1 << 30)).encode()
    received, result = run(head, b"z" * PIECE, float(sys.argv[4]))
    result["statuses"] = [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", received)]
    result["text"] = received.decode("latin-1")[:2000]
print(json.dumps(result))
