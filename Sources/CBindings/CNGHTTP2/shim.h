// nghttp2 (libnghttp2-dev). Shims for what Swift cannot import (macros) go here as static inline functions.
#ifndef CNGHTTP2_SHIM_H
#define CNGHTTP2_SHIM_H
#include <nghttp2/nghttp2.h>
#endif
