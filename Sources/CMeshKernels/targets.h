// Target attributes for the run-time selected variants, and the element-wise bodies they share.
#ifndef MESH_KERNELS_TARGETS_H
#define MESH_KERNELS_TARGETS_H

#include <math.h>
#include <stddef.h>

#define MESH_AVX512 __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl,avx2,fma,avx")))
#define MESH_AVX2 __attribute__((target("avx2,fma,avx,f16c")))
#define MESH_INLINE static inline __attribute__((always_inline))

/// erf(x) by the rational approximation Eigen and XLA use for float (x clamped to [-4, 4], where
/// erf is 1 to float precision); a few ulp from libm's erff, and it vectorises.
MESH_INLINE float mesh_erf(float x) {
  x = x < -4.0f ? -4.0f : (x > 4.0f ? 4.0f : x);
  const float x2 = x * x;
  float p = -2.72614225801306e-10f;
  p = p * x2 + 2.77068142495902e-08f;
  p = p * x2 + -2.10102402082508e-06f;
  p = p * x2 + -5.69250639462346e-05f;
  p = p * x2 + -7.34990630326855e-04f;
  p = p * x2 + -2.95459980854025e-03f;
  p = p * x2 + -1.60960333262415e-02f;
  p = p * x;
  float q = -1.45660718464996e-05f;
  q = q * x2 + -2.13374055278905e-04f;
  q = q * x2 + -1.68282697438203e-03f;
  q = q * x2 + -7.37332916720468e-03f;
  q = q * x2 + -1.42647390514189e-02f;
  return p / q;
}

/// gelu over a run of floats.
MESH_INLINE void mesh_gelu_body(float *x, size_t count) {
  for (size_t i = 0; i < count; i++) {
    const float v = x[i];
    x[i] = 0.5f * v * (1.0f + mesh_erf(v * 0.70710678118654752f));
  }
}

/// LayerNorm of rows after adding `delta` (may be NULL).
MESH_INLINE void mesh_layernorm_body(float *x, const float *delta, int rows, int width, const float *scale,
                                     const float *shift, float epsilon) {
  for (int r = 0; r < rows; r++) {
    float *row = x + (size_t)r * width;
    float sum = 0;
    if (delta) {
      const float *d = delta + (size_t)r * width;
#pragma clang loop vectorize(enable) interleave(enable)
      for (int j = 0; j < width; j++) {
        const float v = row[j] + d[j];
        row[j] = v;
        sum += v;
      }
    } else {
#pragma clang loop vectorize(enable) interleave(enable)
      for (int j = 0; j < width; j++) sum += row[j];
    }
    const float mean = sum / (float)width;
    float variance = 0;
#pragma clang loop vectorize(enable) interleave(enable)
    for (int j = 0; j < width; j++) {
      const float c = row[j] - mean;
      variance += c * c;
    }
    const float inv = 1.0f / sqrtf(variance / (float)width + epsilon);
    for (int j = 0; j < width; j++) row[j] = (row[j] - mean) * inv * scale[j] + shift[j];
  }
}

/// Attention of one sentence, head by head, query by query: scores against every key, a softmax, the
/// weighted sum of the values. Sentences are short, so this beats a BLAS call per head.
MESH_INLINE void mesh_attention_body(const float *qkv, int tokens, int hidden, int heads, float scale,
                                     float *context, int ldc, float *s) {
  const int d = hidden / heads, stride = 3 * hidden;
  for (int h = 0; h < heads; h++) {
    for (int i = 0; i < tokens; i++) {
      const float *q = qkv + (size_t)i * stride + h * d;
      float top = -INFINITY;
      for (int j = 0; j < tokens; j++) {
        const float *k = qkv + (size_t)j * stride + hidden + h * d;
        float dot = 0;
#pragma clang loop vectorize(enable) interleave(enable)
        for (int t = 0; t < d; t++) dot += q[t] * k[t];
        dot *= scale;
        s[j] = dot;
        top = dot > top ? dot : top;
      }
      float sum = 0;
      for (int j = 0; j < tokens; j++) {
        s[j] = expf(s[j] - top);
        sum += s[j];
      }
      const float inv = 1.0f / sum;
      float *out = context + (size_t)i * ldc + h * d;
      for (int t = 0; t < d; t++) out[t] = 0;
      for (int j = 0; j < tokens; j++) {
        const float *v = qkv + (size_t)j * stride + 2 * hidden + h * d;
        const float p = s[j] * inv;
        for (int t = 0; t < d; t++) out[t] += p * v[t];
      }
    }
  }
}

/// A product with k = 0: each row of `c` is the bias (or zeros), then GELU when asked; shared by the
/// reduced-precision products, which have nothing to multiply in that case.
MESH_INLINE void mesh_bias_only_rows(int m, int n, const float *bias, float *c, int ldc, int gelu) {
  for (int i = 0; i < m; i++) {
    for (int j = 0; j < n; j++) c[(size_t)i * ldc + j] = bias ? bias[j] : 0.0f;
    if (gelu) mesh_gelu_body(c + (size_t)i * ldc, (size_t)n);
  }
}

/// What every reduced-precision product settles before its kernel: nothing to write (m or n not positive),
/// or nothing to multiply (k not positive: the bias rows). Returns 1 when it settled the call.
MESH_INLINE int mesh_product_settled(int m, int n, int k, const float *bias, float *c, int ldc, int gelu) {
  if (m <= 0 || n <= 0) return 1;
  if (k > 0) return 0;
  mesh_bias_only_rows(m, n, bias, c, ldc, gelu);
  return 1;
}

#endif
