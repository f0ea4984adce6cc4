// Linux APIs that Glibc's Swift module does not export: epoll, eventfd, malloc_trim.
#ifndef CLINUX_SHIM_H
#define CLINUX_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <malloc.h>

// accept4 is declared by glibc only under _GNU_SOURCE; declare it here so Swift sees it.
extern int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
#endif
