// Crypto macro shims, used by MeshCrypto.
#ifndef COPENSSL_CRYPTO_SHIMS_H
#define COPENSSL_CRYPTO_SHIMS_H
#include <openssl/evp.h>
#endif
