// Attention and LayerNorm, each compiled three times (AVX-512, AVX2, portable) from the bodies in
// targets.h and chosen at run time like the products.
#include "mesh_kernels.h"
#include "targets.h"

static MESH_AVX512 void attention512(const float *qkv, int tokens, int hidden, int heads, float scale, float *context,
                                     int ldc, float *s) {
  mesh_attention_body(qkv, tokens, hidden, heads, scale, context, ldc, s);
}
static MESH_AVX2 void attention256(const float *qkv, int tokens, int hidden, int heads, float scale, float *context,
                                   int ldc, float *s) {
  mesh_attention_body(qkv, tokens, hidden, heads, scale, context, ldc, s);
}
static void attention_portable(const float *qkv, int tokens, int hidden, int heads, float scale, float *context,
                               int ldc, float *s) {
  mesh_attention_body(qkv, tokens, hidden, heads, scale, context, ldc, s);
}

static mesh_isa lowered(mesh_isa isa) {
  mesh_isa best = mesh_kernels_supported();
  return (int)isa > (int)best || (int)isa < 0 ? best : isa;
}

void mesh_attention(const float *qkv, int tokens, int hidden, int heads, float scale, float *context, int ldc,
                    float *scratch) {
  mesh_attention_isa(mesh_kernels_isa(), qkv, tokens, hidden, heads, scale, context, ldc, scratch);
}

void mesh_attention_isa(mesh_isa isa, const float *qkv, int tokens, int hidden, int heads, float scale,
                        float *context, int ldc, float *scratch) {
  if (tokens <= 0 || heads <= 0) return;
  switch (lowered(isa)) {
  case MESH_ISA_AVX512: attention512(qkv, tokens, hidden, heads, scale, context, ldc, scratch); break;
  case MESH_ISA_AVX2: attention256(qkv, tokens, hidden, heads, scale, context, ldc, scratch); break;
  default: attention_portable(qkv, tokens, hidden, heads, scale, context, ldc, scratch); break;
  }
}

static MESH_AVX512 void layernorm512(float *x, const float *delta, int rows, int width, const float *scale,
                                     const float *shift, float epsilon) {
  mesh_layernorm_body(x, delta, rows, width, scale, shift, epsilon);
}
static MESH_AVX2 void layernorm256(float *x, const float *delta, int rows, int width, const float *scale,
                                   const float *shift, float epsilon) {
  mesh_layernorm_body(x, delta, rows, width, scale, shift, epsilon);
}
static void layernorm_portable(float *x, const float *delta, int rows, int width, const float *scale,
                               const float *shift, float epsilon) {
  mesh_layernorm_body(x, delta, rows, width, scale, shift, epsilon);
}

void mesh_residual_layernorm(float *x, const float *delta, int rows, int width, const float *scale,
                             const float *shift, float epsilon) {
  mesh_residual_layernorm_isa(mesh_kernels_isa(), x, delta, rows, width, scale, shift, epsilon);
}

void mesh_residual_layernorm_isa(mesh_isa isa, float *x, const float *delta, int rows, int width,
                                 const float *scale, const float *shift, float epsilon) {
  if (rows <= 0 || width <= 0) return;
  switch (lowered(isa)) {
  case MESH_ISA_AVX512: layernorm512(x, delta, rows, width, scale, shift, epsilon); break;
  case MESH_ISA_AVX2: layernorm256(x, delta, rows, width, scale, shift, epsilon); break;
  default: layernorm_portable(x, delta, rows, width, scale, shift, epsilon); break;
  }
}
