/*
 * loadgen: the benchmark's load client for what h2load cannot do, on raw nghttp2 with gRPC framing
 * written by hand (no gRPC library), so every server sees the same client.
 *
 *   loadgen stream   --port N [--size S] [--duration SEC] [--batch K]
 *       Server streaming on one connection, one stream at a time: StreamingOutputCall calls asking for
 *       K messages of S bytes each, back to back, until SEC seconds have passed. Prints messages/s.
 *   loadgen pingpong --port N [--size S] [--duration SEC]
 *       One FullDuplexCall stream: send one request asking for one S-byte response, wait for it, repeat.
 *       Prints round trips/s and the p50/p99 round-trip latency.
 *   loadgen idle     --port N [--connections C] [--hold SEC]
 *       Opens C connections, makes one EmptyCall on each so the server has set the connection up
 *       fully, prints "ready" and keeps them open and idle for SEC seconds (or until stdin closes).
 *   loadgen unary    --port N [--connections C] [--concurrency M] [--duration SEC] [--header "name: value"]...
 *       Closed-loop unary load: C connections, each keeping M UnaryCall calls (an empty SimpleRequest) in
 *       flight, a new call as soon as one ends, for SEC seconds. Extra headers (an authorization token
 *       for a gateway) go on every call. Prints calls/s and the p50/p99 call latency.
 *
 * Output is one JSON object on stdout. Every call must end with grpc-status 0, or the exit code is 1.
 * Only 127.0.0.1 is ever dialled.
 */
#include <nghttp2/nghttp2.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_PAYLOAD (4 * 1024 * 1024)

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *message) {
  fprintf(stderr, "loadgen: %s\n", message);
  exit(2);
}

/* ---- protobuf encoding of the few messages we send ---- */

typedef struct {
  uint8_t *data;
  size_t len, cap;
} buffer;

static void buf_reserve(buffer *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra) cap *= 2;
  b->data = realloc(b->data, cap);
  if (!b->data) die("out of memory");
  b->cap = cap;
}

static void buf_put(buffer *b, const void *p, size_t n) {
  buf_reserve(b, n);
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

static void buf_byte(buffer *b, uint8_t v) { buf_put(b, &v, 1); }

static void buf_varint(buffer *b, uint64_t v) {
  while (v >= 0x80) {
    buf_byte(b, (uint8_t)(v | 0x80));
    v >>= 7;
  }
  buf_byte(b, (uint8_t)v);
}

static size_t varint_len(uint64_t v) {
  size_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    n++;
  }
  return n;
}

/* StreamingOutputCallRequest{response_parameters = count x {size}, payload = {body = payload zeros}},
 * framed with the 5-byte gRPC prefix. */
static void encode_output_request(buffer *out, int count, int size, int payload) {
  buffer msg = {0};
  size_t params_len = size > 0 ? 1 + varint_len((uint64_t)size) : 0;
  for (int i = 0; i < count; i++) {
    buf_byte(&msg, 0x12); /* response_parameters = 2 */
    buf_varint(&msg, params_len);
    if (size > 0) {
      buf_byte(&msg, 0x08); /* size = 1 */
      buf_varint(&msg, (uint64_t)size);
    }
  }
  if (payload > 0) {
    size_t body_len = 1 + varint_len((uint64_t)payload) + (size_t)payload;
    buf_byte(&msg, 0x1a); /* payload = 3 */
    buf_varint(&msg, body_len);
    buf_byte(&msg, 0x12); /* body = 2 */
    buf_varint(&msg, (uint64_t)payload);
    buf_reserve(&msg, (size_t)payload);
    memset(msg.data + msg.len, 0, (size_t)payload);
    msg.len += (size_t)payload;
  }
  uint8_t prefix[5] = {0, (uint8_t)(msg.len >> 24), (uint8_t)(msg.len >> 16), (uint8_t)(msg.len >> 8),
                       (uint8_t)msg.len};
  buf_put(out, prefix, 5);
  buf_put(out, msg.data, msg.len);
  free(msg.data);
}

/* ---- connections and calls ---- */

typedef struct call {
  int32_t stream_id;
  buffer out;          /* request bytes queued for this stream */
  size_t out_sent;     /* bytes of `out` handed to nghttp2 */
  int end_when_sent;   /* send END_STREAM once `out` is drained */
  uint8_t header[5];   /* gRPC prefix of the message being received */
  int header_have;
  uint32_t body_left;  /* bytes of the current message still to come */
  long messages;       /* complete response messages received */
  int grpc_status;     /* -1 until the trailers name one */
  int closed;
  uint32_t close_error;
} call;

typedef struct {
  int fd;
  nghttp2_session *session;
  int broken;
} connection;

static ssize_t send_cb(nghttp2_session *session, const uint8_t *data, size_t length, int flags,
                       void *user_data) {
  (void)session, (void)flags;
  connection *c = user_data;
  ssize_t n = send(c->fd, data, length, MSG_NOSIGNAL);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) return NGHTTP2_ERR_WOULDBLOCK;
    c->broken = 1;
    return NGHTTP2_ERR_CALLBACK_FAILURE;
  }
  return n;
}

static int on_data_chunk_cb(nghttp2_session *session, uint8_t flags, int32_t stream_id, const uint8_t *data,
                            size_t len, void *user_data) {
  (void)flags, (void)user_data;
  call *k = nghttp2_session_get_stream_user_data(session, stream_id);
  if (!k) return 0;
  while (len > 0) {
    if (k->header_have < 5) {
      size_t take = 5 - (size_t)k->header_have;
      if (take > len) take = len;
      memcpy(k->header + k->header_have, data, take);
      k->header_have += (int)take;
      data += take;
      len -= take;
      if (k->header_have == 5) {
        k->body_left = ((uint32_t)k->header[1] << 24) | ((uint32_t)k->header[2] << 16) |
                       ((uint32_t)k->header[3] << 8) | k->header[4];
        if (k->body_left == 0) {
          k->messages++;
          k->header_have = 0;
        }
      }
    } else {
      size_t take = k->body_left < len ? k->body_left : len;
      k->body_left -= (uint32_t)take;
      data += take;
      len -= take;
      if (k->body_left == 0) {
        k->messages++;
        k->header_have = 0;
      }
    }
  }
  return 0;
}

static int on_header_cb(nghttp2_session *session, const nghttp2_frame *frame, const uint8_t *name, size_t namelen,
                        const uint8_t *value, size_t valuelen, uint8_t flags, void *user_data) {
  (void)flags, (void)user_data;
  call *k = nghttp2_session_get_stream_user_data(session, frame->hd.stream_id);
  if (!k) return 0;
  if (namelen == 11 && memcmp(name, "grpc-status", 11) == 0) {
    int status = 0;
    for (size_t i = 0; i < valuelen; i++) status = status * 10 + (value[i] - '0');
    k->grpc_status = status;
  }
  return 0;
}

static int on_stream_close_cb(nghttp2_session *session, int32_t stream_id, uint32_t error_code, void *user_data) {
  (void)user_data;
  call *k = nghttp2_session_get_stream_user_data(session, stream_id);
  if (k) {
    k->closed = 1;
    k->close_error = error_code;
  }
  return 0;
}

static ssize_t read_body_cb(nghttp2_session *session, int32_t stream_id, uint8_t *buf, size_t length,
                            uint32_t *data_flags, nghttp2_data_source *source, void *user_data) {
  (void)session, (void)stream_id, (void)user_data;
  call *k = source->ptr;
  size_t left = k->out.len - k->out_sent;
  if (left == 0) {
    if (k->end_when_sent) {
      *data_flags |= NGHTTP2_DATA_FLAG_EOF;
      return 0;
    }
    return NGHTTP2_ERR_DEFERRED;
  }
  size_t n = left < length ? left : length;
  memcpy(buf, k->out.data + k->out_sent, n);
  k->out_sent += n;
  if (k->out_sent == k->out.len) {
    /* Drop what was sent so a long ping-pong does not grow the buffer. */
    k->out.len = 0;
    k->out_sent = 0;
    if (k->end_when_sent) *data_flags |= NGHTTP2_DATA_FLAG_EOF;
  }
  return (ssize_t)n;
}

static nghttp2_session_callbacks *callbacks(void) {
  static nghttp2_session_callbacks *cbs;
  if (!cbs) {
    nghttp2_session_callbacks_new(&cbs);
    nghttp2_session_callbacks_set_send_callback(cbs, send_cb);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, on_data_chunk_cb);
    nghttp2_session_callbacks_set_on_header_callback(cbs, on_header_cb);
    nghttp2_session_callbacks_set_on_stream_close_callback(cbs, on_stream_close_cb);
  }
  return cbs;
}

static void connection_open(connection *c, int port) {
  memset(c, 0, sizeof *c);
  c->fd = socket(AF_INET, SOCK_STREAM, 0);
  if (c->fd < 0) die("socket failed (raise ulimit -n?)");
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(c->fd, (struct sockaddr *)&addr, sizeof addr) != 0) die("cannot connect to 127.0.0.1");
  int one = 1;
  setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
  nghttp2_session_client_new(&c->session, callbacks(), c);
  /* Large windows, like h2load's defaults, so the client's flow control never paces the server. */
  nghttp2_settings_entry settings[] = {
      {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100},
      {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, (1U << 30) - 1},
  };
  nghttp2_submit_settings(c->session, NGHTTP2_FLAG_NONE, settings, 2);
  nghttp2_session_set_local_window_size(c->session, NGHTTP2_FLAG_NONE, 0, (1 << 30) - 1);
}

static void connection_close(connection *c) {
  nghttp2_session_del(c->session);
  close(c->fd);
}

/* Sends what nghttp2 has queued, then reads what arrived, waiting at most timeout_ms. */
static void connection_pump(connection *c, int timeout_ms) {
  if (nghttp2_session_send(c->session) != 0 || c->broken) die("send failed: server closed the connection?");
  struct pollfd p = {.fd = c->fd, .events = POLLIN};
  if (nghttp2_session_want_write(c->session)) p.events |= POLLOUT;
  int ready = poll(&p, 1, timeout_ms);
  if (ready < 0 && errno != EINTR) die("poll failed");
  if (ready <= 0) return;
  if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
    static uint8_t in[256 * 1024];
    for (;;) {
      ssize_t n = recv(c->fd, in, sizeof in, 0);
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
      if (n <= 0) die("server closed the connection");
      if (nghttp2_session_mem_recv(c->session, in, (size_t)n) < 0) die("HTTP/2 protocol error from server");
      if ((size_t)n < sizeof in) break;
    }
  }
  if (nghttp2_session_send(c->session) != 0 || c->broken) die("send failed");
}

#define MAX_EXTRA_HEADERS 8
static nghttp2_nv extra_headers[MAX_EXTRA_HEADERS];
static size_t extra_header_count;

/* "name: value" from the command line, sent on every call (names lower case, as HTTP/2 requires). */
static void add_extra_header(const char *text) {
  const char *colon = strchr(text, ':');
  if (!colon || colon == text || extra_header_count == MAX_EXTRA_HEADERS) die("bad --header (\"name: value\", at most 8)");
  size_t name_len = (size_t)(colon - text);
  uint8_t *name = malloc(name_len);
  if (!name) die("out of memory");
  for (size_t i = 0; i < name_len; i++) name[i] = (uint8_t)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
  const char *value = colon + 1;
  while (*value == ' ') value++;
  extra_headers[extra_header_count++] =
      (nghttp2_nv){name, (uint8_t *)value, name_len, strlen(value), NGHTTP2_NV_FLAG_NONE};
}

static void start_call(connection *c, call *k, const char *path) {
  nghttp2_nv headers[6 + MAX_EXTRA_HEADERS] = {
#define NV(n, v) {(uint8_t *)(n), (uint8_t *)(v), sizeof(n) - 1, strlen(v), NGHTTP2_NV_FLAG_NONE}
      NV(":method", "POST"),
      NV(":scheme", "http"),
      NV(":authority", "127.0.0.1"),
      NV(":path", path),
      NV("content-type", "application/grpc"),
      NV("te", "trailers"),
#undef NV
  };
  for (size_t i = 0; i < extra_header_count; i++) headers[6 + i] = extra_headers[i];
  nghttp2_data_provider provider = {.source.ptr = k, .read_callback = read_body_cb};
  k->grpc_status = -1;
  k->stream_id = nghttp2_submit_request(c->session, NULL, headers, 6 + extra_header_count, &provider, k);
  if (k->stream_id < 0) die("cannot submit request");
}

static void require_ok(const call *k) {
  if (k->grpc_status != 0 || k->close_error != 0) {
    fprintf(stderr, "loadgen: call ended with grpc-status %d, HTTP/2 error %u\n", k->grpc_status, k->close_error);
    exit(1);
  }
}

/* ---- modes ---- */

static void run_stream(int port, int size, double duration, int batch) {
  connection c;
  connection_open(&c, port);
  buffer request = {0};
  encode_output_request(&request, batch, size, 0);
  long messages = 0, calls = 0;
  double start = now_seconds(), end = start + duration, elapsed;
  do {
    call k = {0};
    buf_put(&k.out, request.data, request.len);
    k.end_when_sent = 1;
    start_call(&c, &k, "/grpc.testing.TestService/StreamingOutputCall");
    while (!k.closed) connection_pump(&c, 1000);
    require_ok(&k);
    if (k.messages != batch) die("server sent a different number of messages than asked");
    messages += k.messages;
    calls++;
    free(k.out.data);
    elapsed = now_seconds() - start;
  } while (now_seconds() < end);
  printf("{\"mode\":\"stream\",\"size\":%d,\"calls\":%ld,\"messages\":%ld,\"seconds\":%.4f,\"rate\":%.1f}\n", size,
         calls, messages, elapsed, (double)messages / elapsed);
  connection_close(&c);
  free(request.data);
}

static int compare_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void run_pingpong(int port, int size, double duration) {
  connection c;
  connection_open(&c, port);
  buffer request = {0};
  encode_output_request(&request, 1, size, size);
  call k = {0};
  start_call(&c, &k, "/grpc.testing.TestService/FullDuplexCall");
  size_t cap = 1 << 20, count = 0;
  double *rtt = malloc(cap * sizeof *rtt);
  double start = now_seconds(), end = start + duration;
  while (now_seconds() < end) {
    long expect = k.messages + 1;
    double sent = now_seconds();
    buf_put(&k.out, request.data, request.len);
    nghttp2_session_resume_data(c.session, k.stream_id);
    while (k.messages < expect) {
      if (k.closed) {
        require_ok(&k);
        die("server ended the ping-pong stream early");
      }
      connection_pump(&c, 1000);
    }
    if (count == cap) {
      cap *= 2;
      rtt = realloc(rtt, cap * sizeof *rtt);
      if (!rtt) die("out of memory");
    }
    rtt[count++] = now_seconds() - sent;
  }
  double elapsed = now_seconds() - start;
  k.end_when_sent = 1;
  nghttp2_session_resume_data(c.session, k.stream_id);
  while (!k.closed) connection_pump(&c, 1000);
  require_ok(&k);
  if (count == 0) die("no round trip completed");
  qsort(rtt, count, sizeof *rtt, compare_double);
  double sum = 0;
  for (size_t i = 0; i < count; i++) sum += rtt[i];
  printf("{\"mode\":\"pingpong\",\"size\":%d,\"round_trips\":%zu,\"seconds\":%.4f,\"rate\":%.1f,"
         "\"p50_us\":%.1f,\"p99_us\":%.1f,\"mean_us\":%.1f}\n",
         size, count, elapsed, (double)count / elapsed, rtt[count / 2] * 1e6, rtt[(size_t)(count * 0.99)] * 1e6,
         sum / (double)count * 1e6);
  connection_close(&c);
  free(rtt);
  free(request.data);
  free(k.out.data);
}

static void run_idle(int port, int count, double hold) {
  connection *conns = calloc((size_t)count, sizeof *conns);
  call *calls = calloc((size_t)count, sizeof *calls);
  if (!conns || !calls) die("out of memory");
  buffer empty = {0};
  uint8_t prefix[5] = {0, 0, 0, 0, 0};
  buf_put(&empty, prefix, 5);
  for (int i = 0; i < count; i++) {
    connection_open(&conns[i], port);
    buf_put(&calls[i].out, empty.data, empty.len);
    calls[i].end_when_sent = 1;
    start_call(&conns[i], &calls[i], "/grpc.testing.TestService/EmptyCall");
    /* Finish each call before the next connection so the server never sees a burst of handshakes. */
    while (!calls[i].closed) connection_pump(&conns[i], 1000);
    require_ok(&calls[i]);
  }
  printf("ready\n");
  fflush(stdout);
  /* Idle: answer only what the server sends (pings, settings) until the hold ends or stdin closes. */
  struct pollfd *fds = calloc((size_t)count + 1, sizeof *fds);
  double end = now_seconds() + hold;
  while (now_seconds() < end) {
    fds[0] = (struct pollfd){.fd = 0, .events = POLLIN};
    for (int i = 0; i < count; i++) fds[i + 1] = (struct pollfd){.fd = conns[i].fd, .events = POLLIN};
    if (poll(fds, (nfds_t)count + 1, 200) < 0 && errno != EINTR) die("poll failed");
    if (fds[0].revents) {
      char scratch[64];
      if (read(0, scratch, sizeof scratch) <= 0) break;
    }
    for (int i = 0; i < count; i++)
      if (fds[i + 1].revents) connection_pump(&conns[i], 0);
  }
  printf("{\"mode\":\"idle\",\"connections\":%d}\n", count);
  for (int i = 0; i < count; i++) {
    connection_close(&conns[i]);
    free(calls[i].out.data);
  }
  free(fds);
  free(conns);
  free(calls);
  free(empty.data);
}

/* Reads what arrived on every connection that has something, waiting at most timeout_ms, then sends. */
static void pump_all(connection *conns, struct pollfd *fds, int count, int timeout_ms) {
  for (int i = 0; i < count; i++) {
    if (nghttp2_session_send(conns[i].session) != 0 || conns[i].broken) die("send failed: server closed the connection?");
    fds[i] = (struct pollfd){.fd = conns[i].fd, .events = POLLIN};
    if (nghttp2_session_want_write(conns[i].session)) fds[i].events |= POLLOUT;
  }
  int ready = poll(fds, (nfds_t)count, timeout_ms);
  if (ready < 0 && errno != EINTR) die("poll failed");
  if (ready <= 0) return;
  static uint8_t in[256 * 1024];
  for (int i = 0; i < count; i++) {
    if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    for (;;) {
      ssize_t n = recv(conns[i].fd, in, sizeof in, 0);
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
      if (n <= 0) die("server closed the connection");
      if (nghttp2_session_mem_recv(conns[i].session, in, (size_t)n) < 0) die("HTTP/2 protocol error from server");
      if ((size_t)n < sizeof in) break;
    }
  }
}

static void run_unary(int port, int count, int concurrency, double duration) {
  connection *conns = calloc((size_t)count, sizeof *conns);
  size_t slots = (size_t)count * (size_t)concurrency;
  call *calls = calloc(slots, sizeof *calls);
  double *started = calloc(slots, sizeof *started);
  struct pollfd *fds = calloc((size_t)count, sizeof *fds);
  if (!conns || !calls || !started || !fds) die("out of memory");
  static const uint8_t empty_request[5] = {0, 0, 0, 0, 0}; /* an empty SimpleRequest */
  for (int i = 0; i < count; i++) connection_open(&conns[i], port);
  size_t cap = 1 << 20, done = 0;
  double *latency = malloc(cap * sizeof *latency);
  if (!latency) die("out of memory");
  double start = now_seconds(), end = start + duration;
  for (size_t s = 0; s < slots; s++) {
    buf_put(&calls[s].out, empty_request, sizeof empty_request);
    calls[s].end_when_sent = 1;
    started[s] = now_seconds();
    start_call(&conns[s / (size_t)concurrency], &calls[s], "/grpc.testing.TestService/UnaryCall");
  }
  size_t open = slots;
  while (open > 0) {
    pump_all(conns, fds, count, 1000);
    double now = now_seconds();
    for (size_t s = 0; s < slots; s++) {
      call *k = &calls[s];
      if (!k->closed || k->stream_id == 0) continue;
      require_ok(k);
      if (k->messages != 1) die("a unary call ended without exactly one response");
      if (done == cap) {
        cap *= 2;
        latency = realloc(latency, cap * sizeof *latency);
        if (!latency) die("out of memory");
      }
      latency[done++] = now - started[s];
      buffer out = k->out;
      *k = (call){0};
      k->out = out;
      k->out.len = 0;
      k->out_sent = 0;
      if (now >= end) {
        open--;
        continue;
      }
      buf_put(&k->out, empty_request, sizeof empty_request);
      k->end_when_sent = 1;
      started[s] = now;
      start_call(&conns[s / (size_t)concurrency], k, "/grpc.testing.TestService/UnaryCall");
    }
  }
  double elapsed = now_seconds() - start;
  if (done == 0) die("no call completed");
  qsort(latency, done, sizeof *latency, compare_double);
  double sum = 0;
  for (size_t i = 0; i < done; i++) sum += latency[i];
  printf("{\"mode\":\"unary\",\"connections\":%d,\"concurrency\":%d,\"calls\":%zu,\"seconds\":%.4f,"
         "\"rate\":%.1f,\"p50_us\":%.1f,\"p99_us\":%.1f,\"mean_us\":%.1f}\n",
         count, concurrency, done, elapsed, (double)done / elapsed, latency[done / 2] * 1e6,
         latency[(size_t)(done * 0.99)] * 1e6, sum / (double)done * 1e6);
  for (int i = 0; i < count; i++) connection_close(&conns[i]);
  for (size_t s = 0; s < slots; s++) free(calls[s].out.data);
  free(latency);
  free(fds);
  free(started);
  free(calls);
  free(conns);
}

static void usage(void) {
  fprintf(stderr,
          "usage: loadgen stream   --port N [--size S] [--duration SEC] [--batch K]\n"
          "       loadgen pingpong --port N [--size S] [--duration SEC]\n"
          "       loadgen idle     --port N [--connections C] [--hold SEC]\n"
          "       loadgen unary    --port N [--connections C] [--concurrency M] [--duration SEC] [--header \"n: v\"]...\n");
  exit(2);
}

int main(int argc, char **argv) {
  if (argc < 2) usage();
  const char *mode = argv[1];
  int port = 0, size = 64, batch = 10000, connections = -1, concurrency = 1;
  double duration = 5, hold = 30;
  for (int i = 2; i < argc; i++) {
    if (i + 1 >= argc) usage();
    const char *name = argv[i], *value = argv[++i];
    if (strcmp(name, "--port") == 0) port = atoi(value);
    else if (strcmp(name, "--size") == 0) size = atoi(value);
    else if (strcmp(name, "--duration") == 0) duration = atof(value);
    else if (strcmp(name, "--batch") == 0) batch = atoi(value);
    else if (strcmp(name, "--connections") == 0) connections = atoi(value);
    else if (strcmp(name, "--hold") == 0) hold = atof(value);
    else if (strcmp(name, "--concurrency") == 0) concurrency = atoi(value);
    else if (strcmp(name, "--header") == 0) add_extra_header(value);
    else usage();
  }
  if (port <= 0 || port > 65535 || size < 0 || size > MAX_PAYLOAD || batch <= 0 || batch > 100000 ||
      connections == 0 || connections < -1 || concurrency <= 0 || concurrency > 100 || duration <= 0)
    usage();
  if (strcmp(mode, "stream") == 0) run_stream(port, size, duration, batch);
  else if (strcmp(mode, "pingpong") == 0) run_pingpong(port, size, duration);
  else if (strcmp(mode, "idle") == 0) run_idle(port, connections < 0 ? 1000 : connections, hold);
  else if (strcmp(mode, "unary") == 0) run_unary(port, connections < 0 ? 1 : connections, concurrency, duration);
  else usage();
  return 0;
}
