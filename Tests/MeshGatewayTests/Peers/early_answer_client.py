#!/usr/bin/env python3
"""A client that uploads a body too large for the gateway and keeps sending after the early answer, as a
careless or slow client does; prints one JSON object with what came back.

    early_answer_client.py h2 PORT PATH SIZE length|none     # h2c (prior knowledge), the `h2` package
    early_answer_client.py http1 PORT PATH SIZE length|chunked  # HTTP/1.1 over a plain socket

Over h2, `reads` lists, for each read that carried something of the stream, its events in order (`head`,
`data`, `end`, `reset`): an answer written whole (head, body and END_STREAM in one write) comes in one read.
"""
import json, os, socket, sys

import h2.config, h2.connection, h2.events

# The HTTP/1.1 client is MeshHTTP's tests' own.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "MeshHTTPTests", "Peers"))
from http_peer import upload  # noqa: E402


def over_h2(port, path, size, framing):
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    headers = [(":method", "POST"), (":path", path), (":scheme", "http"), (":authority", "127.0.0.1:%d" % port),
               ("content-type", "application/json")]
    if framing == "length":
        headers.append(("content-length", str(size)))
    conn.send_headers(1, headers)
    sock.sendall(conn.data_to_send())
    sent, status, body, ended, reset, goaway, ending = 0, None, b"", False, None, None, "timeout"
    reads = []
    try:
        while not ended and reset is None and goaway is None:
            # Sends whatever window it has, answered or not.
            while sent < size and conn.local_flow_control_window(1) > 0:
                n = min(conn.local_flow_control_window(1), conn.max_outbound_frame_size, size - sent)
                conn.send_data(1, b"z" * n, end_stream=sent + n == size)
                sent += n
            sock.sendall(conn.data_to_send())
            data = sock.recv(65536)
            if not data:
                ending = "eof"
                break
            seen = []
            for event in conn.receive_data(data):
                if isinstance(event, h2.events.ResponseReceived):
                    status = int(dict(event.headers)[b":status"])
                    seen.append("head")
                elif isinstance(event, h2.events.DataReceived):
                    body += event.data
                    conn.acknowledge_received_data(event.flow_controlled_length, 1)
                    seen.append("data")
                elif isinstance(event, h2.events.StreamEnded):
                    ended = True
                    seen.append("end")
                elif isinstance(event, h2.events.StreamReset):
                    reset = int(event.error_code)
                    seen.append("reset")
                elif isinstance(event, h2.events.ConnectionTerminated):
                    goaway = int(event.error_code)
            if seen:
                reads.append(seen)
            sock.sendall(conn.data_to_send())
        if ended:
            ending = "end_stream"
    except socket.timeout:
        pass
    except OSError as error:
        ending = error.__class__.__name__
    sock.close()
    return {"status": status, "body": body.decode("latin-1"), "ending": ending, "reset": reset, "goaway": goaway,
            "sent": sent, "reads": reads}


def main():
    mode, port, path, size, framing = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
    if mode == "h2":
        result = over_h2(port, path, size, framing)
    else:
        result = upload(port, size, framing == "chunked", path, b"Content-Type: application/json\r\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
