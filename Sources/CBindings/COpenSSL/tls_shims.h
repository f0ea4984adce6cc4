// TLS macro shims, used by MeshTransport's TLS engine. OpenSSL spells many TLS settings as macros
// over SSL_CTX_ctrl/SSL_ctrl, and its stacks as type-generic macros, which Swift cannot import.
#ifndef COPENSSL_TLS_SHIMS_H
#define COPENSSL_TLS_SHIMS_H
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

static inline int mesh_tls_ctx_set_min_proto_version(SSL_CTX *ctx, int version) {
  return (int)SSL_CTX_set_min_proto_version(ctx, version);
}

static inline int mesh_tls_ctx_set_max_proto_version(SSL_CTX *ctx, int version) {
  return (int)SSL_CTX_set_max_proto_version(ctx, version);
}

static inline int mesh_tls_version_tls1_1(void) { return TLS1_1_VERSION; }
static inline int mesh_tls_version_tls1_2(void) { return TLS1_2_VERSION; }
static inline int mesh_tls_version_tls1_3(void) { return TLS1_3_VERSION; }

// HTTP/2 forbids renegotiation and TLS compression (RFC 7540 §9.2); idle connections give back
// their read and write buffers.
static inline void mesh_tls_ctx_set_defaults(SSL_CTX *ctx) {
  SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
}

static inline int mesh_tls_ctx_add1_chain_cert(SSL_CTX *ctx, X509 *cert) {
  return (int)SSL_CTX_add1_chain_cert(ctx, cert);
}

static inline int mesh_tls_set_server_name(SSL *ssl, const char *name) {
  return (int)SSL_set_tlsext_host_name(ssl, name);
}

// ALPN on the server: the protocols it speaks, in its order of preference, in wire format, and
// whether a client that shares none of them is refused with a no_application_protocol alert.
typedef struct {
  int required;
  unsigned int length;
  unsigned char protocols[512];
} mesh_tls_alpn_config;

static inline int mesh_tls_alpn_select(SSL *ssl, const unsigned char **out, unsigned char *out_length,
                                       const unsigned char *in, unsigned int in_length, void *arg) {
  (void)ssl;
  const mesh_tls_alpn_config *config = (const mesh_tls_alpn_config *)arg;
  unsigned char *selected = NULL;
  unsigned char selected_length = 0;
  if (SSL_select_next_proto(&selected, &selected_length, config->protocols, config->length, in, in_length)
      == OPENSSL_NPN_NEGOTIATED) {
    *out = selected;
    *out_length = selected_length;
    return SSL_TLSEXT_ERR_OK;
  }
  return config->required ? SSL_TLSEXT_ERR_ALERT_FATAL : SSL_TLSEXT_ERR_NOACK;
}

static inline void mesh_tls_ctx_set_alpn_select(SSL_CTX *ctx, mesh_tls_alpn_config *config) {
  SSL_CTX_set_alpn_select_cb(ctx, mesh_tls_alpn_select, config);
}

// Subject alternative names of a certificate: a GENERAL_NAMES stack to walk, then free.
static inline GENERAL_NAMES *mesh_tls_subject_alt_names(X509 *cert) {
  return (GENERAL_NAMES *)X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
}

static inline int mesh_tls_general_names_count(GENERAL_NAMES *names) { return sk_GENERAL_NAME_num(names); }

// The kind of the index-th name (GEN_DNS, GEN_IPADD, GEN_URI, GEN_EMAIL, ...) and its raw bytes for
// the kinds held as strings; other kinds give a NULL data pointer.
static inline int mesh_tls_general_name_at(GENERAL_NAMES *names, int index, const unsigned char **data, int *length) {
  const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, index);
  *data = NULL;
  *length = 0;
  const ASN1_STRING *value = NULL;
  switch (name->type) {
  case GEN_DNS: value = name->d.dNSName; break;
  case GEN_IPADD: value = name->d.iPAddress; break;
  case GEN_URI: value = name->d.uniformResourceIdentifier; break;
  case GEN_EMAIL: value = name->d.rfc822Name; break;
  default: break;
  }
  if (value != NULL) {
    *data = ASN1_STRING_get0_data(value);
    *length = ASN1_STRING_length(value);
  }
  return name->type;
}

static inline void mesh_tls_general_names_free(GENERAL_NAMES *names) { GENERAL_NAMES_free(names); }

static inline int mesh_tls_gen_dns(void) { return GEN_DNS; }
static inline int mesh_tls_gen_ipadd(void) { return GEN_IPADD; }
static inline int mesh_tls_gen_uri(void) { return GEN_URI; }

// An X509_NAME in RFC 2253 form, written into buffer; returns the length (truncated to capacity).
static inline int mesh_tls_name_rfc2253(X509_NAME *name, char *buffer, int capacity) {
  BIO *bio = BIO_new(BIO_s_mem());
  if (bio == NULL) return 0;
  X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  int length = BIO_read(bio, buffer, capacity);
  BIO_free(bio);
  return length < 0 ? 0 : length;
}

static inline void mesh_tls_free(void *pointer) { OPENSSL_free(pointer); }
#endif
