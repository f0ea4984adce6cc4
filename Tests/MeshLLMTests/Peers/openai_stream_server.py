#!/usr/bin/env python3
"""An OpenAI-compatible chat completions server that streams exactly as the OpenAI API does
(POST /v1/chat/completions with "stream": true -> text/event-stream, chunked, `data: {chunk}` events,
then `data: [DONE]`), with behaviours chosen by the request's "model":

  text      streams --text in pieces of 3 words, --delay seconds apart
  slow      streams one piece, then waits 120 s and ends without the rest (a client with a shorter timeout gives up)
  error     answers HTTP 500 with an OpenAI-style error body
  midstream streams one piece, then an error event inside the stream (and no [DONE])
  numbers   streams a text with a number no fact has ("Your order 99999 arrives on 12 May.")
  hold      answers the headers, then holds the call until GET /release (at most 120 s) before it
            streams --text: a turn held in its middle for as long as the test needs

GET /calls returns {"model": count, ...} and the last request's Authorization header and body, so a
test can see whether a call was made and what the prompt held. Prints "listening on PORT".
"""
import argparse
import json
import os
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=0)
parser.add_argument("--text", default="Hello there! I can help with your orders, products and refunds.")
parser.add_argument("--delay", type=float, default=0.05)
parser.add_argument("--key", default="", help="when set, requests must carry 'Authorization: Bearer KEY'")
args = parser.parse_args()

lock = threading.Lock()
calls = {}
last = {"authorization": None, "body": None}
released = threading.Event()


def chunk(piece, created=1700000000):
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": created,
        "model": "test",
        "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def send_chunk(self, data: bytes):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def event(self, obj):
        text = obj if isinstance(obj, str) else json.dumps(obj)
        self.send_chunk(("data: " + text + "\n\n").encode())

    def do_GET(self):
        if self.path == "/release":
            released.set()
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path != "/calls":
            self.send_error(404)
            return
        with lock:
            body = json.dumps({"calls": calls, "last": last}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        if self.path != "/v1/chat/completions":
            self.send_error(404)
            return
        try:
            request = json.loads(raw)
        except ValueError:
            self.send_error(400)
            return
        model = request.get("model", "")
        with lock:
            calls[model] = calls.get(model, 0) + 1
            last["authorization"] = self.headers.get("Authorization")
            last["body"] = request
        if args.key and self.headers.get("Authorization") != "Bearer " + args.key:
            self.reply_error(401, "invalid api key")
            return
        if not request.get("stream"):
            self.reply_error(400, "this server only streams")
            return
        if model == "error":
            self.reply_error(500, "the model is overloaded")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        # The first chunk carries the role only, as OpenAI's does.
        first = chunk("")
        first["choices"][0]["delta"] = {"role": "assistant", "content": ""}
        self.event(first)
        self.send_chunk(b": keep-alive comment\n\n")
        if model == "slow":
            self.event(chunk("Hello"))
            time.sleep(120)
            return
        if model == "midstream":
            self.event(chunk("Hello"))
            self.event({"error": {"message": "the model crashed", "type": "server_error"}})
            self.send_chunk(b"")
            return
        if model == "hold":
            released.wait(120)
        text = "Your order 99999 arrives on 12 May." if model == "numbers" else args.text
        words = text.split(" ")
        for start in range(0, len(words), 3):
            piece = " ".join(words[start:start + 3])
            if start + 3 < len(words):
                piece += " "
            self.event(chunk(piece))
            time.sleep(args.delay)
        done = chunk("")
        done["choices"][0]["delta"] = {}
        done["choices"][0]["finish_reason"] = "stop"
        self.event(done)
        self.event("[DONE]")
        self.send_chunk(b"")

    def reply_error(self, status, message):
        body = json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# Never outlive the test: SIGTERM ends the process at once (a handler thread may be sleeping in "slow"),
# and so does the death of the parent (a test process that crashed or was killed sends no SIGTERM).
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
parent = os.getppid()


def watch_parent():
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


threading.Thread(target=watch_parent, daemon=True).start()
server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
server.daemon_threads = True
print("listening on %d" % server.server_address[1], flush=True)
server.serve_forever()
