// Linux APIs that Glibc's Swift module does not export: epoll, eventfd, malloc_trim, prctl.
#ifndef CLINUX_SHIM_H
#define CLINUX_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <malloc.h>

// accept4 is declared by glibc only under _GNU_SOURCE; declare it here so Swift sees it.
extern int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);

// The CPUs this process may run on (taskset, a container's cpuset); 0 when the mask cannot be read.
// sched_getaffinity and CPU_COUNT need _GNU_SOURCE, which the Swift module does not define: the kernel
// call is used directly, with a mask large enough for 1024 CPUs.
#include <sys/syscall.h>
#include <unistd.h>
static inline int mesh_allowed_cpu_count(void) {
  unsigned long mask[1024 / (8 * sizeof(unsigned long))] = {0};
  long bytes = syscall(SYS_sched_getaffinity, 0, sizeof mask, mask);
  if (bytes <= 0) return 0;
  int count = 0;
  for (unsigned i = 0; i < (unsigned long)bytes / sizeof(unsigned long); i++) count += __builtin_popcountl(mask[i]);
  return count;
}

// The Swift runtime's strong retain that fails on an object whose deinitialization has begun (what loading a
// weak reference does): the object, retained, or NULL. Exported by libswiftCore; reached through this C
// function because Swift code may not name a runtime symbol (`GRPCChannelLink` uses it).
extern void *swift_tryRetain(void *object);
static inline void *mesh_try_retain(void *object) { return swift_tryRetain(object); }

// prctl is variadic, which Swift cannot call: the parent-death signal (PR_SET_PDEATHSIG) through a function with
// fixed arguments. 0 on success, -1 with errno set.
#include <sys/prctl.h>
static inline int mesh_set_parent_death_signal(int signal) {
  return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL);
}
#endif
