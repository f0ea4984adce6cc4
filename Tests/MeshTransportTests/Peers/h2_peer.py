#!/usr/bin/env python3
"""A raw HTTP/2 peer (Python `h2`) that misbehaves on purpose, for the server's bad-input tests.

    h2_peer.py PORT SCENARIO

Prints one JSON object: what the server answered (`http_status`, `grpc_status`, `grpc_message`, `reset`
error code, `goaway`, `closed`), then exits. Scenarios: see SCENARIOS below.
"""
import collections, json, socket, struct, sys, time

import h2.config, h2.connection, h2.events, h2.exceptions, h2.settings

PORT = int(sys.argv[1])
SCENARIO = sys.argv[2]


def frame(message, flag=0):
    return struct.pack(">BI", flag, len(message)) + message


class Peer:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
        self.conn.initiate_connection()
        self.flush()
        self.result = {"closed": False, "goaway": None}

    def flush(self):
        data = self.conn.data_to_send()
        if data:
            self.sock.sendall(data)

    def request(self, path, content_type="application/grpc", extra=()):
        stream = self.conn.get_next_available_stream_id()
        headers = [(":method", "POST"), (":scheme", "http"), (":path", path), (":authority", "localhost"),
                   ("content-type", content_type), ("te", "trailers")] + list(extra)
        self.conn.send_headers(stream, headers)
        self.flush()
        return stream

    def receive(self, seconds, handle):
        """Reads for up to `seconds`, handing each read's events to `handle`, until it returns True, the socket
        stays quiet for its timeout, or the connection closes (`closed` in the result); flushes after each read."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return
            if not data:
                self.result["closed"] = True
                return
            done = handle(self.conn.receive_data(data))
            self.flush()
            if done:
                return

    def pump(self, stream, seconds=3, acknowledge=True):
        """Reads events until `stream` ends (or the connection does), recording what the server said."""
        def handle(events):
            for event in events:
                if isinstance(event, (h2.events.ResponseReceived, h2.events.TrailersReceived)) and event.stream_id == stream:
                    for name, value in event.headers:
                        if name == ":status":
                            self.result["http_status"] = int(value)
                        elif name == "grpc-status":
                            self.result["grpc_status"] = int(value)
                        elif name == "grpc-message":
                            self.result["grpc_message"] = value
                elif isinstance(event, h2.events.DataReceived):
                    self.result["data_bytes"] = self.result.get("data_bytes", 0) + len(event.data)
                    if acknowledge:
                        self.conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                elif isinstance(event, h2.events.StreamReset) and event.stream_id == stream:
                    self.result["reset"] = int(event.error_code)
                    return True
                elif isinstance(event, h2.events.StreamEnded) and event.stream_id == stream:
                    return True
                elif isinstance(event, h2.events.ConnectionTerminated):
                    self.note_goaway(event)
            return False
        self.receive(seconds, handle)

    def note_goaway(self, event):
        """Records a GOAWAY: its code, the last stream the server processed (a later one may be retried
        elsewhere) and nghttp2's debug data (why it ended the connection)."""
        self.result["goaway"] = int(event.error_code)
        self.result["goaway_last_stream"] = event.last_stream_id
        if event.additional_data:
            self.result["goaway_debug"] = event.additional_data.decode("utf-8", "replace")


def unary_ok(peer):
    """A well-formed call on the same connection: proves the server still serves it."""
    stream = peer.request("/mesh.test.Echo/Unary")
    peer.conn.send_data(stream, frame(b"ok"), end_stream=True)
    peer.flush()
    before = dict(peer.result)
    peer.result = {"closed": False, "goaway": None}
    peer.pump(stream)
    after = peer.result
    peer.result = before
    peer.result["followup_grpc_status"] = after.get("grpc_status")


def one_write(peer, *messages):
    """A unary call whose HEADERS, DATA and END_STREAM leave in one write: the server has the whole
    request before the handler runs, so the handler reads it (and answers) without waiting."""
    stream = peer.conn.get_next_available_stream_id()
    peer.conn.send_headers(stream, [(":method", "POST"), (":scheme", "http"), (":path", "/mesh.test.Echo/Unary"),
                                    (":authority", "localhost"), ("content-type", "application/grpc"), ("te", "trailers")])
    peer.conn.send_data(stream, b"".join(frame(message) for message in messages), end_stream=True)
    peer.flush()
    peer.pump(stream)


def unary_in_one_write(peer):
    one_write(peer, b"ok")
    unary_ok(peer)


def two_messages_in_one_write(peer):
    one_write(peer, b"one", b"two")
    unary_ok(peer)


def length_prefix_past_body(peer):
    stream = peer.request("/mesh.test.Echo/Unary")
    peer.conn.send_data(stream, struct.pack(">BI", 0, 100) + b"0123456789", end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def wrong_content_type(peer):
    stream = peer.request("/mesh.test.Echo/Unary", content_type="application/json")
    peer.conn.send_data(stream, b"{}", end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def unknown_method(peer):
    stream = peer.request("/mesh.test.Echo/DoesNotExist")
    peer.conn.send_data(stream, frame(b""), end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def reset_mid_stream(peer):
    stream = peer.request("/mesh.test.Echo/Collect")
    peer.conn.send_data(stream, frame(b"first"))
    peer.flush()
    time.sleep(0.2)
    peer.conn.reset_stream(stream, error_code=8)
    peer.flush()
    time.sleep(0.2)
    unary_ok(peer)


def never_reads(peer):
    # Ask for 2,000 messages of 64 KiB and never give window back.
    stream = peer.request("/mesh.test.Echo/Expand")
    peer.conn.send_data(stream, frame(struct.pack(">II", 2000, 64 << 10)), end_stream=True)
    peer.flush()
    peer.pump(stream, seconds=1.5, acknowledge=False)
    unary_ok(peer)


def garbage(peer):
    peer.sock.sendall(b"\x00\x00\x05\x07\x00\x00\x00\x00\x00GARBAGE-NOT-A-FRAME" * 4)
    peer.pump(0, seconds=2)


def oversized_headers(peer):
    stream = peer.request("/mesh.test.Echo/Unary", extra=[("x-big", "v" * 20000)])
    peer.conn.send_data(stream, frame(b"x"), end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def message_over_limit(peer):
    stream = peer.request("/mesh.test.Echo/Unary")
    # The prefix announces 64 MiB; the server must refuse from the prefix alone.
    peer.conn.send_data(stream, struct.pack(">BI", 0, 64 << 20) + b"x" * 1000)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def get_request(peer):
    stream = peer.conn.get_next_available_stream_id()
    peer.conn.send_headers(stream, [(":method", "GET"), (":scheme", "http"), (":path", "/mesh.test.Echo/Unary"),
                                    (":authority", "localhost")], end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def many_metadata_entries(peer):
    stream = peer.request("/mesh.test.Echo/Unary", extra=[("x-entry-%d" % i, "v") for i in range(10000)])
    peer.conn.send_data(stream, frame(b"x"), end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def long_path(peer):
    stream = peer.conn.get_next_available_stream_id()
    peer.conn.send_headers(stream, [(":method", "POST"), (":scheme", "http"), (":path", "/" + "p" * (64 << 10)),
                                    (":authority", "localhost"), ("content-type", "application/grpc"),
                                    ("te", "trailers")])
    peer.conn.send_data(stream, frame(b"x"), end_stream=True)
    peer.flush()
    peer.pump(stream)
    unary_ok(peer)


def too_many_streams(peer):
    """Opens 30 streams at once (before the server's SETTINGS arrive, so h2 does not hold them back)
    on a server that allows 10, and counts how many are refused."""
    streams = []
    for _ in range(30):
        stream = peer.request("/mesh.test.Echo/Collect")
        streams.append(stream)
    refused, deadline = 0, time.time() + 3
    while time.time() < deadline and refused < 20:
        try:
            data = peer.sock.recv(65536)
        except socket.timeout:
            break
        if not data:
            break
        for event in peer.conn.receive_data(data):
            if isinstance(event, h2.events.StreamReset) and event.error_code == 7:
                refused += 1
        peer.flush()
    peer.result["refused"] = refused
    # The streams the server took still work: end one and read its answer.
    peer.conn.send_data(streams[0], frame(b"a"), end_stream=True)
    peer.flush()
    peer.pump(streams[0])


def wait_for_close(peer, seconds, answer=True):
    """Reads (answering PINGs and SETTINGS) until the server closes the connection; records the
    GOAWAY it sent, its debug data, and how long the close took."""
    start = time.time()
    peer.sock.settimeout(0.5)
    while time.time() - start < seconds:
        try:
            data = peer.sock.recv(65536)
        except socket.timeout:
            continue
        except ConnectionResetError:
            data = b""
        if not data:
            peer.result["closed"] = True
            break
        try:
            events = peer.conn.receive_data(data)
        except Exception:
            events = []
        for event in events:
            if isinstance(event, h2.events.ConnectionTerminated):
                peer.result["goaway"] = int(event.error_code)
                if event.additional_data:
                    peer.result["goaway_debug"] = event.additional_data.decode("utf-8", "replace")
        if answer:
            try:
                peer.flush()
            except OSError:
                pass
    peer.result["seconds"] = round(time.time() - start, 2)


def partial_preface(peer):
    """Half a preface, then silence (the client's own preface and SETTINGS are not sent)."""
    peer.sock.close()
    peer.sock = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    peer.sock.sendall(b"PRI * HTTP/2.0\r\n")
    wait_for_close(peer, 20)


def idle_connection(peer):
    """A whole preface, then nothing: no call."""
    wait_for_close(peer, 20)


def slow_headers(peer):
    """A HEADERS frame without END_HEADERS, and no CONTINUATION ever."""
    import hpack
    block = hpack.Encoder().encode([(":method", "POST"), (":scheme", "http"), (":path", "/mesh.test.Echo/Unary"),
                                    (":authority", "localhost")])
    peer.sock.sendall(struct.pack(">I", len(block))[1:] + bytes([1, 0]) + struct.pack(">I", 1) + block)
    # Nothing more is sent, not even the SETTINGS acknowledgement: only a CONTINUATION may follow.
    wait_for_close(peer, 20, answer=False)


def ping_flood(peer):
    """Ten PINGs in a row, with no call open."""
    for i in range(10):
        peer.conn.ping(struct.pack(">Q", i))
    peer.flush()
    wait_for_close(peer, 10)


def old_connection(peer):
    """Opens a call that never ends; the server's maximum age and grace period end the connection."""
    stream = peer.request("/mesh.test.Echo/Collect")
    peer.conn.send_data(stream, frame(b"a"))
    peer.flush()
    wait_for_close(peer, 20)


def over_budget(peer):
    """Pushes most of a 3 MiB message on one stream, as far as the server grants window, then opens a
    second stream: over its memory budget the server must refuse it (REFUSED_STREAM)."""
    first = peer.request("/mesh.test.Echo/Collect")
    peer.conn.send_data(first, struct.pack(">BI", 0, 3 << 20))
    sent, deadline = 0, time.time() + 3
    peer.sock.settimeout(0.1)
    while time.time() < deadline and sent < (3 << 20) - 1:
        window = min(peer.conn.local_flow_control_window(first), peer.conn.max_outbound_frame_size, (3 << 20) - 1 - sent)
        if window > 0:
            peer.conn.send_data(first, b"x" * window)
            sent += window
            peer.flush()
            continue
        try:
            data = peer.sock.recv(65536)
        except socket.timeout:
            continue
        if not data:
            break
        peer.conn.receive_data(data)
        peer.flush()
    peer.result["data_bytes"] = sent
    peer.sock.settimeout(5)
    second = peer.request("/mesh.test.Echo/Unary")
    peer.conn.send_data(second, frame(b"x"), end_stream=True)
    peer.flush()
    peer.pump(second)
    peer.result["refused"] = 1 if peer.result.get("reset") == 7 else 0


def over_server_budget(peer):
    """As over_budget, but the second stream goes on a second connection: the server's bound (over
    all its connections) must refuse it too."""
    other = Peer(PORT)
    holder = peer.result
    over_budget(peer)  # pushes on `peer`, then tries a stream on it (refused as well)
    peer.result = holder
    stream = other.request("/mesh.test.Echo/Unary")
    other.conn.send_data(stream, frame(b"x"), end_stream=True)
    other.flush()
    other.pump(stream)
    peer.result["refused"] = 1 if other.result.get("reset") == 7 else 0


def abandoned_calls(peer):
    """Six calls whose deadline (500 ms) ends them while their handler has read nothing: each sends a
    stream window (1 MiB) of 64 KiB messages and never half-closes nor resets, as a client that stops
    sending once it has the status (`statuses`; `resets`: what the server reset them with after it).
    Then a call on the same connection and one on a new connection (`followup_grpc_status`,
    `other_connection_grpc_status`), with the six never closed from this side."""
    message = frame(b"m" * ((64 << 10) - 5))
    # The server's SETTINGS (a 1 MiB stream window) and connection WINDOW_UPDATE first.
    deadline = time.time() + 5
    while time.time() < deadline and (peer.conn.remote_settings.initial_window_size < (1 << 20)
                                      or peer.conn.outbound_flow_control_window < (6 << 20)):
        peer.conn.receive_data(peer.sock.recv(65536))
        peer.flush()
    streams = []
    for _ in range(6):
        stream = peer.request("/mesh.test.Stall/Stall", extra=[("grpc-timeout", "500m")])
        sent = 0
        while len(message) <= peer.conn.local_flow_control_window(stream):
            for offset in range(0, len(message), 16384):
                peer.conn.send_data(stream, message[offset:offset + 16384])
            sent += len(message)
        peer.flush()
        streams.append(stream)
        peer.result["data_bytes"] = peer.result.get("data_bytes", 0) + sent
    # Each stream's grpc-status, or 100 + the RST_STREAM code it got.
    statuses, resets = {}, {}
    deadline = time.time() + 10
    while len(statuses) < len(streams) and time.time() < deadline:
        data = peer.sock.recv(65536)
        if not data:
            peer.result["closed"] = True
            break
        for event in peer.conn.receive_data(data):
            if isinstance(event, (h2.events.ResponseReceived, h2.events.TrailersReceived)):
                for name, value in event.headers:
                    if name == "grpc-status":
                        statuses[event.stream_id] = int(value)
            elif isinstance(event, h2.events.StreamReset):
                statuses.setdefault(event.stream_id, 100 + int(event.error_code))
                resets[event.stream_id] = int(event.error_code)
        peer.flush()
    # After its status, a stream the server wants no more of is reset (NO_ERROR) rather than left open.
    peer.sock.settimeout(0.2)
    deadline = time.time() + 3
    while len(resets) < len(streams) and time.time() < deadline:
        try:
            data = peer.sock.recv(65536)
        except socket.timeout:
            continue
        for event in peer.conn.receive_data(data):
            if isinstance(event, h2.events.StreamReset):
                resets[event.stream_id] = int(event.error_code)
        peer.flush()
    peer.sock.settimeout(5)
    peer.result["resets"] = [resets.get(stream, -1) for stream in streams]
    peer.result["statuses"] = [statuses.get(stream, -1) for stream in streams]
    peer.result["deadline_exceeded"] = sum(1 for stream in streams if statuses.get(stream) == 4)
    stream = peer.request("/mesh.test.Stall/Echo")
    peer.conn.send_data(stream, frame(b"ok"), end_stream=True)
    peer.flush()
    holder = dict(peer.result)
    peer.result = {"closed": False, "goaway": None}
    peer.pump(stream, seconds=5)
    holder["followup_grpc_status"] = peer.result.get("grpc_status")
    holder["followup_reset"] = peer.result.get("reset")
    other = Peer(PORT)
    stream = other.request("/mesh.test.Stall/Echo")
    other.conn.send_data(stream, frame(b"ok"), end_stream=True)
    other.flush()
    other.pump(stream, seconds=5)
    holder["other_connection_grpc_status"] = other.result.get("grpc_status")
    holder["other_connection_reset"] = other.result.get("reset")
    peer.result = holder


def answered_uploads(peer):
    """Raw HTTP exchanges (`application/x-early`: answered 413 before the body is read) on a server that
    allows 4 streams. First one whose client keeps sending 1 KiB every 50-100 ms for 2.5 s after its
    answer, then ends its request (`sender`: its reset code or -1, streams h2 counts open after it). Then 4
    whose client sends 1 KiB and never ends its request nor resets it: after their answers, what the
    server reset them with within 5 s (`resets`, -1: none), how many h2 still counts open (`held`),
    whether h2 would open a fifth (`followup_client_refused`), and what the server answered to a fifth
    opened anyway (`followup_http_status`, or `followup_reset`). Optional arguments after the scenario,
    to run it against another server (a gateway): PATH EARLY_TYPE FOLLOWUP_TYPE."""
    chunk = b"u" * 1024
    path, early, followup = (sys.argv[3:6] if len(sys.argv) >= 6 else ("/upload", "application/x-early", "application/x-read"))

    def read(seconds, events_of):
        peer.sock.settimeout(0.05)
        peer.receive(seconds, events_of)

    answered, resets, ended = set(), {}, set()
    # What each side did when (seconds from the start), so a GOAWAY can be read against what preceded it.
    started, trace = time.time(), []

    def mark(what, stream):
        trace.append([round(time.time() - started, 2), what, stream])

    def note(events):
        for event in events:
            if isinstance(event, h2.events.StreamEnded):
                answered.add(event.stream_id)
                mark("ended", event.stream_id)
            elif isinstance(event, h2.events.StreamReset):
                resets[event.stream_id] = int(event.error_code)
                mark("reset %d" % event.error_code, event.stream_id)
            elif isinstance(event, h2.events.RemoteSettingsChanged):
                mark("settings", 0)
            elif isinstance(event, h2.events.ConnectionTerminated):
                peer.note_goaway(event)
                mark("goaway %d" % event.error_code, event.last_stream_id)

    sender = peer.request(path, content_type=early)
    peer.conn.send_data(sender, chunk)
    peer.flush()
    finish = time.time() + 2.5
    while time.time() < finish and sender not in resets:
        read(0.1, note)
        if sender not in resets and peer.conn.local_flow_control_window(sender) >= len(chunk):
            peer.conn.send_data(sender, chunk)
            peer.flush()
    if sender not in resets:
        peer.conn.end_stream(sender)
        peer.flush()
        mark("sent end", sender)
        read(0.5, note)
    peer.result["sender"] = {"answered": sender in answered, "reset": resets.get(sender, -1),
                             "open_after": peer.conn.open_outbound_streams}
    quiet = []
    for _ in range(4):
        stream = peer.request(path, content_type=early)
        peer.conn.send_data(stream, chunk)
        quiet.append(stream)
    peer.flush()
    mark("sent 4 heads, open %d" % peer.conn.open_outbound_streams, quiet[0])
    deadline = time.time() + 5
    while time.time() < deadline and not all(stream in resets for stream in quiet):
        read(0.2, note)
    peer.result["answered"] = sum(1 for stream in quiet if stream in answered)
    peer.result["resets"] = [resets.get(stream, -1) for stream in quiet]
    peer.result["held"] = peer.conn.open_outbound_streams
    peer.result["trace"] = trace
    try:
        stream = peer.request(path, content_type=followup)
        peer.result["followup_client_refused"] = False
    except h2.exceptions.TooManyStreamsError:
        # As a client that ignored the server's limit: what does the server do with a fifth stream?
        peer.result["followup_client_refused"] = True
        peer.conn.remote_settings._settings[h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS] = collections.deque([100])
        stream = peer.request(path, content_type=followup)
    peer.conn.send_data(stream, chunk, end_stream=True)
    peer.flush()
    peer.sock.settimeout(5)
    holder = dict(peer.result)
    peer.result = {"closed": False, "goaway": None}
    started = time.time()
    try:
        peer.pump(stream, seconds=5)
    except (ConnectionError, OSError) as error:
        # The server closes right after its GOAWAY; a reset (ECONNRESET) may follow the GOAWAY the
        # pump already read. Caught here, not in `main`, or `main` printed the pump's result in place
        # of the scenario's (a GOAWAY, and none of the first phase's answers).
        peer.result["closed"] = True
        holder["followup_error"] = str(error)
    holder["followup_stream"] = stream
    holder["followup_http_status"] = peer.result.get("http_status")
    holder["followup_reset"] = peer.result.get("reset")
    # A fifth stream past the acknowledged limit ends the connection in nghttp2 (GOAWAY PROTOCOL_ERROR):
    # what the client learns, and how soon.
    holder["followup_goaway"] = peer.result.get("goaway")
    holder["followup_goaway_last_stream"] = peer.result.get("goaway_last_stream")
    holder["followup_goaway_debug"] = peer.result.get("goaway_debug")
    holder["followup_closed"] = peer.result.get("closed")
    holder["followup_seconds"] = round(time.time() - started, 2)
    peer.result = holder


def early_answer_in_one_read(peer):
    """A raw exchange answered early (`application/x-early`: 413 before its body is read) while its client
    still sends: `reads` lists, for each read that carried something of the stream, its events in order
    (`head`, `data`, `end`, `reset`); with the head, the body and END_STREAM in one write of the server's
    they come in one read, so nothing can come between them. Also `http_status` and `body`."""
    stream = peer.request("/upload", content_type="application/x-early")
    peer.conn.send_data(stream, b"u" * 1024)
    peer.flush()
    reads, body = [], bytearray()

    def note(events):
        seen = []
        for event in events:
            if getattr(event, "stream_id", None) != stream:
                continue
            if isinstance(event, h2.events.ResponseReceived):
                seen.append("head")
                peer.result["http_status"] = int(dict(event.headers).get(":status", "0"))
            elif isinstance(event, h2.events.DataReceived):
                seen.append("data")
                body.extend(event.data)
                peer.conn.acknowledge_received_data(event.flow_controlled_length, stream)
            elif isinstance(event, h2.events.StreamEnded):
                seen.append("end")
            elif isinstance(event, h2.events.StreamReset):
                seen.append("reset")
        if seen:
            reads.append(seen)
        return "end" in seen or "reset" in seen

    peer.receive(5, note)
    peer.result["reads"] = reads
    peer.result["body"] = body.decode("utf-8", "replace")


SCENARIOS = {f.__name__: f for f in [over_budget, over_server_budget, partial_preface, idle_connection, slow_headers, ping_flood, old_connection,
                                      unary_in_one_write, two_messages_in_one_write, length_prefix_past_body, wrong_content_type, unknown_method, reset_mid_stream,
                                      never_reads, garbage, oversized_headers, message_over_limit, get_request,
                                      many_metadata_entries, long_path, too_many_streams, abandoned_calls, answered_uploads,
                                      early_answer_in_one_read]}

peer = Peer(PORT)
try:
    SCENARIOS[SCENARIO](peer)
except (ConnectionError, OSError) as error:
    peer.result["closed"] = True
    peer.result["error"] = str(error)
print(json.dumps(peer.result), flush=True)
