// OpenSSL 3 (libssl-dev). Each user of the module keeps its macro shims in its own header.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>
#include <openssl/hmac.h>
#include <openssl/crypto.h>
#include "tls_shims.h"
#include "crypto_shims.h"
#endif
