// Counts the bytes a process copies with memcpy and memmove (an LD_PRELOAD shim): load-independent, where a
// time profile on the shared machine is not. Calls from inside libc itself are not seen (they do not go through
// the PLT); calls from the program, the Swift runtime, protobuf-c, nghttp2 and OpenSSL are. The totals are written
// on SIGUSR2, as a line appended to $COPIES_OUT (or stderr), and zeroed: signal once after a warm-up, once after the
// calls counted, and read the last line.
// Build: cc -O2 -shared -fPIC -o copies.so copies.c -ldl     Use: mesh/bench/tools/copies.sh
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void *(*copy_fn)(void *, const void *, size_t);
static copy_fn real_memcpy, real_memmove;
static atomic_ulong calls, bytes, large_calls, large_bytes;  // large: 4 KiB or more

static void *slow_copy(void *d, const void *s, size_t n) {  // before dlsym has answered
  unsigned char *dst = d; const unsigned char *src = s;
  if (dst < src) { for (size_t i = 0; i < n; i++) dst[i] = src[i]; }
  else { for (size_t i = n; i > 0; i--) dst[i - 1] = src[i - 1]; }
  return d;
}

static inline void note(size_t n) {
  atomic_fetch_add_explicit(&calls, 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&bytes, n, memory_order_relaxed);
  if (n >= 4096) {
    atomic_fetch_add_explicit(&large_calls, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&large_bytes, n, memory_order_relaxed);
  }
}

void *memcpy(void *d, const void *s, size_t n) {
  note(n);
  return real_memcpy ? real_memcpy(d, s, n) : slow_copy(d, s, n);
}

void *memmove(void *d, const void *s, size_t n) {
  note(n);
  return real_memmove ? real_memmove(d, s, n) : slow_copy(d, s, n);
}

// Not async-signal-safe in general (stdio), but the benchmark signals a server that is idle between two loads.
static void report_and_reset(int sig) {
  (void)sig;
  const char *path = getenv("COPIES_OUT");
  FILE *f = path ? fopen(path, "a") : stderr;
  if (f) {
    fprintf(f, "calls %lu bytes %lu large_calls %lu large_bytes %lu\n", atomic_exchange(&calls, 0),
            atomic_exchange(&bytes, 0), atomic_exchange(&large_calls, 0), atomic_exchange(&large_bytes, 0));
    if (f != stderr) fclose(f);
  }
}

__attribute__((constructor)) static void start(void) {
  real_memcpy = (copy_fn)dlsym(RTLD_NEXT, "memcpy");
  real_memmove = (copy_fn)dlsym(RTLD_NEXT, "memmove");
  signal(SIGUSR2, report_and_reset);
}
