"""HTTP/1.1 clients over TLS against the gateway's TLS listener (issue 9: ALPN `http/1.1`).

usage: tls_http1_client.py https://127.0.0.1:PORT CA_FILE
Prints one line per check; exits 1 on the first failure.
  ALPN <protocol>       a raw TLS socket offering only http/1.1: what the server chose, then a GET over it
  REQUESTS CONNECT ...  requests (urllib3) calling a Connect unary method with JSON
  URLLIB STATIC ...     urllib.request fetching a static file
"""
import json
import socket
import ssl
import sys
import urllib.request

import requests


def main():
    base, ca = sys.argv[1], sys.argv[2]
    host, port = base.removeprefix("https://").split(":")

    context = ssl.create_default_context(cafile=ca)
    context.set_alpn_protocols(["http/1.1"])
    with socket.create_connection((host, int(port)), timeout=20) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            print("ALPN", tls.selected_alpn_protocol())
            tls.sendall(f"GET /index.html HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            response = b""
            while chunk := tls.recv(65536):
                response += chunk
            print("RAW", response.split(b"\r\n", 1)[0].decode())

    reply = requests.post(f"{base}/grpc.testing.TestService/UnaryCall", data=json.dumps({"responseSize": 3}),
                          headers={"content-type": "application/json", "connect-protocol-version": "1"},
                          verify=ca, timeout=20)
    version = "HTTP/1.1" if reply.raw.version == 11 else str(reply.raw.version)
    print("REQUESTS CONNECT", reply.status_code, version, reply.text)

    static_context = ssl.create_default_context(cafile=ca)
    with urllib.request.urlopen(f"{base}/index.html", context=static_context, timeout=20) as page:
        hsts = page.headers.get("strict-transport-security") is not None
        print("URLLIB STATIC", page.status, page.read().decode().strip(), "HSTS" if hsts else "NO-HSTS")


if __name__ == "__main__":
    main()
