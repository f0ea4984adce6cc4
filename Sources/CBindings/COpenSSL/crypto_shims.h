// Crypto macro shims, used by MeshCrypto.
#ifndef COPENSSL_CRYPTO_SHIMS_H
#define COPENSSL_CRYPTO_SHIMS_H
#include <openssl/evp.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>

// EVP_PKEY_PUBLIC_KEY and EVP_PKEY_KEYPAIR are OR-ed macro expressions Swift cannot import.
static inline int mesh_evp_pkey_selection_public(void) { return EVP_PKEY_PUBLIC_KEY; }
static inline int mesh_evp_pkey_selection_keypair(void) { return EVP_PKEY_KEYPAIR; }
#endif
