// Counts the bytes a process copies with memcpy and memmove (an LD_PRELOAD shim): load-independent, where a
// time profile on the shared machine is not. Calls from inside libc itself are not seen (they do not go through
// the PLT); calls from the program, the Swift runtime, protobuf-c, nghttp2 and OpenSSL are. The totals are written
// on SIGUSR2, as a line appended to $COPIES_OUT (or stderr), and zeroed: signal once after a warm-up, once after the
// calls counted, and read the last line. Copies of 4 KiB or more are also counted by the address they were called
// from (the code that copied, as file and offset): on SIGUSR2 those lines replace $COPIES_OUT.callers (copies.sh
// names them with addr2line), so a profile's unattributed memmove says whose it is.
// Build: cc -O2 -shared -fPIC -o copies.so copies.c -ldl     Use: mesh/bench/tools/copies.sh
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void *(*copy_fn)(void *, const void *, size_t);
static copy_fn real_memcpy, real_memmove;
static atomic_ulong calls, bytes, large_calls, large_bytes;  // large: 4 KiB or more

// Large copies by the address they return to: a fixed open-addressed table (a few call sites copy large
// blocks; a site that finds the table full is counted under address 0).
#define CALLERS 64
static struct { _Atomic(void *) site; atomic_ulong calls, bytes; } callers[CALLERS];

static void note_caller(void *site, size_t n) {
  size_t start = ((uintptr_t)site >> 4) % CALLERS;
  for (size_t i = 0; i < CALLERS; i++) {
    size_t slot = (start + i) % CALLERS;
    void *seen = atomic_load_explicit(&callers[slot].site, memory_order_relaxed);
    if (seen == NULL) {
      void *expected = NULL;
      if (!atomic_compare_exchange_strong(&callers[slot].site, &expected, site)) {
        if (expected != site) continue;
      }
      seen = site;
    }
    if (seen == site) {
      atomic_fetch_add_explicit(&callers[slot].calls, 1, memory_order_relaxed);
      atomic_fetch_add_explicit(&callers[slot].bytes, n, memory_order_relaxed);
      return;
    }
  }
}

static void *slow_copy(void *d, const void *s, size_t n) {  // before dlsym has answered
  unsigned char *dst = d; const unsigned char *src = s;
  if (dst < src) { for (size_t i = 0; i < n; i++) dst[i] = src[i]; }
  else { for (size_t i = n; i > 0; i--) dst[i - 1] = src[i - 1]; }
  return d;
}

static inline void note(size_t n, void *site) {
  atomic_fetch_add_explicit(&calls, 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&bytes, n, memory_order_relaxed);
  if (n >= 4096) {
    atomic_fetch_add_explicit(&large_calls, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&large_bytes, n, memory_order_relaxed);
    note_caller(site, n);
  }
}

void *memcpy(void *d, const void *s, size_t n) {
  note(n, __builtin_return_address(0));
  return real_memcpy ? real_memcpy(d, s, n) : slow_copy(d, s, n);
}

void *memmove(void *d, const void *s, size_t n) {
  note(n, __builtin_return_address(0));
  return real_memmove ? real_memmove(d, s, n) : slow_copy(d, s, n);
}

// One line per call site of large copies since the last report: "FILE OFFSET calls N bytes B", the offset
// from the file's load address (what addr2line takes for a position-independent file).
static void report_callers(const char *path) {
  char name[4096];
  snprintf(name, sizeof name, "%s.callers", path);
  FILE *f = fopen(name, "w");
  for (size_t i = 0; i < CALLERS; i++) {
    void *site = atomic_exchange(&callers[i].site, NULL);
    unsigned long n = atomic_exchange(&callers[i].calls, 0), b = atomic_exchange(&callers[i].bytes, 0);
    if (site == NULL || f == NULL) continue;
    Dl_info info;
    if (dladdr(site, &info) && info.dli_fname) {
      fprintf(f, "%s 0x%lx calls %lu bytes %lu\n", info.dli_fname,
              (unsigned long)((char *)site - (char *)info.dli_fbase), n, b);
    } else {
      fprintf(f, "? %p calls %lu bytes %lu\n", site, n, b);
    }
  }
  if (f) fclose(f);
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
  if (path) report_callers(path);
}

__attribute__((constructor)) static void start(void) {
  real_memcpy = (copy_fn)dlsym(RTLD_NEXT, "memcpy");
  real_memmove = (copy_fn)dlsym(RTLD_NEXT, "memmove");
  signal(SIGUSR2, report_and_reset);
}
