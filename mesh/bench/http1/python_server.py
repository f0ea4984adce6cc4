#!/usr/bin/env python3
"""The Python baseline for mesh/bench/http1: http.server with HTTP/1.1 keep-alive, one thread per
connection, answering GET /hello like HTTPBenchServer. Prints "listening on PORT"."""
import http.server
import sys


class Hello(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes: without this, delayed ACKs cost 40 ms
    body = b"hello, world\n"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        if not self.close_connection:
            # An HTTP/1.0 client (ab) keeps the connection only when told so.
            self.send_header("Connection", "keep-alive")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Hello)
print("listening on %d" % server.server_address[1], flush=True)
server.serve_forever()
