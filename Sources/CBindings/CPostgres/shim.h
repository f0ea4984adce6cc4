// libpq (libpq-dev), plus one libc declaration the server-process launcher needs.
#ifndef CPOSTGRES_SHIM_H
#define CPOSTGRES_SHIM_H
#include <libpq-fe.h>

#if defined(__linux__)
#include <spawn.h>
// glibc >= 2.34 exports it, but only declares it under _GNU_SOURCE, which Swift's Glibc module lacks.
// The embedded cluster's launcher uses it so that the daemonised server inherits none of our descriptors.
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);
static inline int cpostgres_spawn_close_from(posix_spawn_file_actions_t *actions, int from) {
  return posix_spawn_file_actions_addclosefrom_np(actions, from);
}
#endif
#endif
