// mimalloc (libmimalloc-dev), the process's malloc in every executable the package ships: importing this
// module from an executable's main file puts libmimalloc before libc in the binary's NEEDED list, so the
// dynamic linker binds malloc, free, realloc and the rest to mimalloc for the whole process (the Swift
// runtime, nghttp2, OpenSSL included). Why: docs/ARCHITECTURE.md, "The process's allocator".
#ifndef CMIMALLOC_SHIM_H
#define CMIMALLOC_SHIM_H
#include <stdlib.h>
#include <mimalloc.h>

// How long mimalloc keeps freed pages committed before giving them back to the kernel (milliseconds).
// Its default, 25 ms, is shorter than a busy server's pauses: freed pages were given back between calls
// and faulted in again by the next (about 6-11 page faults per 64 KiB call on a loaded machine, 0.1 at
// 100 ms; mesh/bench/README.md, "allocator"). mimalloc gives pages back only when a thread allocates
// again, so a server that goes idle after a burst calls `mi_collect` itself (MeshTransport's
// `FreedMemoryRelease`, when a connection that held megabytes closes).
#define CMIMALLOC_DECOMMIT_DELAY_MS 100

// Sets the process's mimalloc options, first thing in main; MIMALLOC_DECOMMIT_DELAY in the environment
// still wins, as mimalloc documents.
static inline void CMimalloc_configure(void) {
  if (getenv("MIMALLOC_DECOMMIT_DELAY") == NULL) mi_option_set(mi_option_decommit_delay, CMIMALLOC_DECOMMIT_DELAY_MS);
}
#endif
