/* h2frames.so: counts the HTTP/2 frames a process's nghttp2 sessions send and receive, by side and type
 * (issue 9: frames per relayed call, ours beside nghttpx's, without a packet capture; the guest has no tcpdump).
 *
 * LD_PRELOADed by counts.py --frames. It wraps each session's on_frame_send and on_frame_recv callbacks
 * (installing them where the program set none: our transport sets no on_frame_send) and counts every call in a
 * file mapped shared, H2FRAMES_DIR/h2frames.PID, which counts.py reads before and after the measured calls.
 * Counters: [side][direction][frame type], side 0 = server sessions (the proxy's front), 1 = client sessions
 * (its upstream connections); direction 0 = received, 1 = sent; types 0-9 as RFC 9113, 15 = any other.
 * Only for counting runs: every frame takes a lock to find its session's own callbacks.
 *
 * Build: cc -O2 -shared -fPIC -o h2frames.so h2frames.c -ldl -lpthread
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <nghttp2/nghttp2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*frame_cb)(nghttp2_session *, const nghttp2_frame *, void *);

enum { TYPES = 16, SLOTS = 1 << 16, CALLBACK_SETS = 256 };

static uint64_t *counters; /* 2 * 2 * TYPES, in the shared file; NULL when H2FRAMES_DIR is unset */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The program's own callbacks, by callbacks object (copied into its sessions when they are made). */
static struct { const nghttp2_session_callbacks *callbacks; frame_cb send, recv; } sets[CALLBACK_SETS];
/* By session (open addressing; a deleted slot keeps its place with session = TOMBSTONE). */
static struct { nghttp2_session *session; frame_cb send, recv; int side; } sessions[SLOTS];
#define TOMBSTONE ((nghttp2_session *)1)

static void open_counters(void) {
  const char *folder = getenv("H2FRAMES_DIR");
  if (!folder) return;
  char path[4096];
  snprintf(path, sizeof path, "%s/h2frames.%d", folder, (int)getpid());
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  size_t size = 2 * 2 * TYPES * sizeof(uint64_t);
  if (fd < 0 || ftruncate(fd, (off_t)size) != 0) return;
  void *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  close(fd);
  if (map != MAP_FAILED) counters = map;
}

static pthread_once_t opened = PTHREAD_ONCE_INIT;

static size_t slot_of(nghttp2_session *session) { return ((uintptr_t)session >> 4) * 2654435761u % SLOTS; }

static int count(nghttp2_session *session, const nghttp2_frame *frame, void *user_data, int direction) {
  frame_cb original = NULL;
  int side = 0;
  pthread_mutex_lock(&lock);
  for (size_t i = slot_of(session), n = 0; n < SLOTS && sessions[i].session; i = (i + 1) % SLOTS, n++) {
    if (sessions[i].session == session) {
      original = direction ? sessions[i].send : sessions[i].recv;
      side = sessions[i].side;
      break;
    }
  }
  pthread_mutex_unlock(&lock);
  if (counters) {
    unsigned type = frame->hd.type < 10 ? frame->hd.type : TYPES - 1;
    __atomic_fetch_add(&counters[(side * 2 + direction) * TYPES + type], 1, __ATOMIC_RELAXED);
  }
  return original ? original(session, frame, user_data) : 0;
}

static int on_send(nghttp2_session *s, const nghttp2_frame *f, void *u) { return count(s, f, u, 1); }
static int on_recv(nghttp2_session *s, const nghttp2_frame *f, void *u) { return count(s, f, u, 0); }

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

static int set_index(const nghttp2_session_callbacks *callbacks, int create) {
  for (int i = 0; i < CALLBACK_SETS; i++)
    if (sets[i].callbacks == callbacks) return i;
  if (!create) return -1;
  for (int i = 0; i < CALLBACK_SETS; i++)
    if (!sets[i].callbacks) {
      sets[i].callbacks = callbacks;
      sets[i].send = sets[i].recv = NULL;
      return i;
    }
  return -1;
}

int nghttp2_session_callbacks_new(nghttp2_session_callbacks **callbacks) {
  pthread_once(&opened, open_counters);
  int result = REAL(nghttp2_session_callbacks_new)(callbacks);
  if (result == 0) {
    pthread_mutex_lock(&lock);
    set_index(*callbacks, 1);
    pthread_mutex_unlock(&lock);
    REAL(nghttp2_session_callbacks_set_on_frame_send_callback)(*callbacks, on_send);
    REAL(nghttp2_session_callbacks_set_on_frame_recv_callback)(*callbacks, on_recv);
  }
  return result;
}

void nghttp2_session_callbacks_del(nghttp2_session_callbacks *callbacks) {
  pthread_mutex_lock(&lock);
  int i = set_index(callbacks, 0);
  if (i >= 0) sets[i].callbacks = NULL;
  pthread_mutex_unlock(&lock);
  REAL(nghttp2_session_callbacks_del)(callbacks);
}

void nghttp2_session_callbacks_set_on_frame_send_callback(nghttp2_session_callbacks *callbacks,
                                                          nghttp2_on_frame_send_callback cb) {
  pthread_mutex_lock(&lock);
  int i = set_index(callbacks, 1);
  if (i >= 0) sets[i].send = cb;
  pthread_mutex_unlock(&lock);
  REAL(nghttp2_session_callbacks_set_on_frame_send_callback)(callbacks, on_send);
}

void nghttp2_session_callbacks_set_on_frame_recv_callback(nghttp2_session_callbacks *callbacks,
                                                          nghttp2_on_frame_recv_callback cb) {
  pthread_mutex_lock(&lock);
  int i = set_index(callbacks, 1);
  if (i >= 0) sets[i].recv = cb;
  pthread_mutex_unlock(&lock);
  REAL(nghttp2_session_callbacks_set_on_frame_recv_callback)(callbacks, on_recv);
}

static void remember(nghttp2_session *session, const nghttp2_session_callbacks *callbacks, int side) {
  pthread_mutex_lock(&lock);
  int i = set_index(callbacks, 0);
  for (size_t j = slot_of(session), n = 0; n < SLOTS; j = (j + 1) % SLOTS, n++) {
    if (!sessions[j].session || sessions[j].session == TOMBSTONE) {
      sessions[j].session = session;
      sessions[j].send = i >= 0 ? sets[i].send : NULL;
      sessions[j].recv = i >= 0 ? sets[i].recv : NULL;
      sessions[j].side = side;
      break;
    }
  }
  pthread_mutex_unlock(&lock);
}

void nghttp2_session_del(nghttp2_session *session) {
  pthread_mutex_lock(&lock);
  for (size_t i = slot_of(session), n = 0; n < SLOTS && sessions[i].session; i = (i + 1) % SLOTS, n++)
    if (sessions[i].session == session) {
      sessions[i].session = TOMBSTONE;
      break;
    }
  pthread_mutex_unlock(&lock);
  REAL(nghttp2_session_del)(session);
}

#define SESSION_NEW(name, side, params, args)                                                   \
  int name params {                                                                            \
    int result = REAL(name) args;                                                              \
    if (result == 0) remember(*session, callbacks, side);                                      \
    return result;                                                                             \
  }

SESSION_NEW(nghttp2_session_server_new, 0,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data),
            (session, callbacks, user_data))
SESSION_NEW(nghttp2_session_server_new2, 0,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data,
             const nghttp2_option *option),
            (session, callbacks, user_data, option))
SESSION_NEW(nghttp2_session_server_new3, 0,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data,
             const nghttp2_option *option, nghttp2_mem *mem),
            (session, callbacks, user_data, option, mem))
SESSION_NEW(nghttp2_session_client_new, 1,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data),
            (session, callbacks, user_data))
SESSION_NEW(nghttp2_session_client_new2, 1,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data,
             const nghttp2_option *option),
            (session, callbacks, user_data, option))
SESSION_NEW(nghttp2_session_client_new3, 1,
            (nghttp2_session **session, const nghttp2_session_callbacks *callbacks, void *user_data,
             const nghttp2_option *option, nghttp2_mem *mem),
            (session, callbacks, user_data, option, mem))
