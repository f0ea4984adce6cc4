// TLS macro shims, used by MeshTransport.
#ifndef COPENSSL_TLS_SHIMS_H
#define COPENSSL_TLS_SHIMS_H
#include <openssl/ssl.h>
#endif
