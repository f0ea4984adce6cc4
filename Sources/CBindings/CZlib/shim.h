// zlib (zlib1g-dev), for gRPC's gzip and deflate message encodings.
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
#include <zlib.h>
#endif
