#!/usr/bin/env python3
"""HTTP/1.1 peers for MeshHTTP's tests: raw sockets (smuggling attempts, pipelining) and real clients.

Every mode prints one JSON object on stdout.
  raw PORT HEX [WAIT]     send the bytes, read until the server closes (or WAIT s of silence)
  upload PORT SIZE MODE   send a SIZE-byte body (MODE: length or chunked) whatever comes back, then read
  httpclient PORT         http.client: several requests on one kept-alive connection
  requests PORT           the requests package: JSON, chunked upload, streamed download
"""
import binascii
import http.client
import json
import re
import socket
import sys
import time


def raw(port, payload, wait):
    sock = socket.create_connection(("127.0.0.1", port), timeout=wait)
    sock.sendall(payload)
    received = b""
    closed = False
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            data = sock.recv(65536)
        except socket.timeout:
            break
        if not data:
            closed = True
            break
        received += data
    sock.close()
    # A status line follows the previous body directly (bodies end without CRLF).
    statuses = [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", received)]
    return {"statuses": statuses, "closed": closed, "text": received.decode("latin-1")}


def upload(port, size, chunked, path="/echo", headers=b""):
    """A client that sends its whole body whatever the server answered early (as a slow or careless
    client does), then reads the response: whether every send went through, and whether the response
    ended with the server's close (EOF) rather than a reset. `headers`: more header lines, CRLF-ended.
    (The gateway's early_answer_client.py runs it too.)"""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: %d" % size
    sock.sendall(b"POST " + path.encode() + b" HTTP/1.1\r\nHost: a\r\n" + headers + framing + b"\r\n\r\n")
    piece = b"z" * 65536
    sent, send_error = 0, None
    while sent < size and send_error is None:
        data = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
        try:
            sock.sendall(data)
            sent += len(piece)
        except OSError as error:
            send_error = error.__class__.__name__
        # Leaves the server time to answer and act while the body is still coming.
        time.sleep(0.005)
    received, ending = read_to_end(sock)
    sock.close()
    statuses = [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", received)]
    return {"statuses": statuses, "sent": sent, "send_error": send_error, "ending": ending,
            "text": received.decode("latin-1")}


def read_to_end(sock):
    """Reads until the server's end: the bytes, and how it ended ("eof", "timeout", or the read error's
    class, such as ConnectionResetError). (linger_peer.py reads its last part with it too.)"""
    received = b""
    while True:
        try:
            data = sock.recv(65536)
        except socket.timeout:
            return received, "timeout"
        except OSError as error:
            return received, error.__class__.__name__
        if not data:
            return received, "eof"
        received += data


def with_http_client(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    results = []
    first_socket = None
    same = True
    for i in range(5):
        conn.request("GET", "/items/%d" % i)
        response = conn.getresponse()
        results.append([response.status, json.loads(response.read())])
        if first_socket is None:
            first_socket = conn.sock
        same = same and conn.sock is first_socket
    conn.request("POST", "/echo", body=b"x" * 100000, headers={"Content-Type": "application/octet-stream"})
    response = conn.getresponse()
    echoed = len(response.read())
    conn.request("HEAD", "/hello")
    response = conn.getresponse()
    head = [response.status, response.getheader("Content-Length"), len(response.read())]
    conn.close()
    return {"results": results, "same_connection": same, "echoed": echoed, "head": head}


def with_requests(port):
    import requests
    base = "http://127.0.0.1:%d" % port
    session = requests.Session()
    out = {}
    response = session.post(base + "/echo", json={"name": "café", "n": [1, 2, 3]})
    out["json"] = [response.status_code, response.json(), response.headers.get("Content-Type")]

    def pieces():
        for i in range(10):
            yield ("piece %d;" % i).encode()
    response = session.post(base + "/echo", data=pieces())  # sent chunked
    out["chunked_upload"] = [response.status_code, response.text]
    response = session.get(base + "/stream", stream=True)
    out["stream"] = [response.status_code, response.headers.get("Transfer-Encoding"),
                     [line.decode() for line in response.iter_lines()]]
    out["missing"] = session.get(base + "/nowhere").status_code
    out["method"] = [session.delete(base + "/hello").status_code]
    try:
        session.get(base + "/fail-stream").content
        out["failed_stream"] = "completed"
    except requests.exceptions.RequestException as error:
        out["failed_stream"] = "error"
    return out


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    if mode == "raw":
        wait = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
        result = raw(port, binascii.unhexlify(sys.argv[3]), wait)
    elif mode == "upload":
        result = upload(port, int(sys.argv[3]), sys.argv[4] == "chunked")
    elif mode == "httpclient":
        result = with_http_client(port)
    else:
        result = with_requests(port)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
