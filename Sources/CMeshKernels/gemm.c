// Products against packed weights. W is stored as 32-column panels, each k-major, so a micro-kernel
// streams one panel with aligned loads while a few rows of the activations are broadcast against it;
// the accumulators stay in registers for a whole block of k. The k dimension is cut into blocks of
// KC so a panel's block (KC × 32 floats, 32 KiB) stays in L1 while every row block passes over it.
#include "mesh_kernels.h"
#include "targets.h"
#include <immintrin.h>
#include <string.h>

enum { NR = 32, KC = 256, MAX_MR = 12 };

typedef void (*tile_fn)(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc, int accumulate,
                        const float *bias);

// MARK: AVX-512: up to 12 rows × 32 columns in 24 zmm accumulators.

/// 16 weights of a panel row as floats (converted from half precision when `half`).
MESH_INLINE MESH_AVX512 __m512 load512(const void *b, size_t index, const int half) {
  return half ? _mm512_cvtph_ps(_mm256_load_si256((const __m256i *)((const uint16_t *)b + index)))
              : _mm512_load_ps((const float *)b + index);
}

MESH_INLINE MESH_AVX512 void tile512_rows(const int mr, const int half, int kc, const float *a, int lda, const void *b,
                                          float *c, int ldc, int accumulate, const float *bias) {
  __m512 lo[MAX_MR], hi[MAX_MR];
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    lo[r] = accumulate ? _mm512_loadu_ps(c + (size_t)r * ldc) : _mm512_setzero_ps();
    hi[r] = accumulate ? _mm512_loadu_ps(c + (size_t)r * ldc + 16) : _mm512_setzero_ps();
  }
  for (int kk = 0; kk < kc; kk++) {
    // Half panels are streamed from memory by few rows: fetch 32 panel rows (2 KiB) ahead.
    if (half) _mm_prefetch((const char *)b + (size_t)kk * NR * 2 + 2048, _MM_HINT_T0);
    const __m512 b0 = load512(b, (size_t)kk * NR, half), b1 = load512(b, (size_t)kk * NR + 16, half);
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      const __m512 x = _mm512_set1_ps(a[(size_t)r * lda + kk]);
      lo[r] = _mm512_fmadd_ps(x, b0, lo[r]);
      hi[r] = _mm512_fmadd_ps(x, b1, hi[r]);
    }
  }
  if (bias) {
    const __m512 c0 = _mm512_loadu_ps(bias), c1 = _mm512_loadu_ps(bias + 16);
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      lo[r] = _mm512_add_ps(lo[r], c0);
      hi[r] = _mm512_add_ps(hi[r], c1);
    }
  }
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    _mm512_storeu_ps(c + (size_t)r * ldc, lo[r]);
    _mm512_storeu_ps(c + (size_t)r * ldc + 16, hi[r]);
  }
}

static MESH_AVX512 void tile512(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                                int accumulate, const float *bias) {
  switch (mr) {
  case 12: tile512_rows(12, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 11: tile512_rows(11, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 10: tile512_rows(10, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 9: tile512_rows(9, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 8: tile512_rows(8, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 7: tile512_rows(7, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 6: tile512_rows(6, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 5: tile512_rows(5, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 4: tile512_rows(4, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 3: tile512_rows(3, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 2: tile512_rows(2, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  default: tile512_rows(1, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  }
}

static MESH_AVX512 void tile512h(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                                int accumulate, const float *bias) {
  switch (mr) {
  case 12: tile512_rows(12, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 11: tile512_rows(11, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 10: tile512_rows(10, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 9: tile512_rows(9, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 8: tile512_rows(8, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 7: tile512_rows(7, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 6: tile512_rows(6, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 5: tile512_rows(5, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 4: tile512_rows(4, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 3: tile512_rows(3, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 2: tile512_rows(2, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  default: tile512_rows(1, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  }
}

static MESH_AVX512 void gelu512(float *x, size_t count) { mesh_gelu_body(x, count); }

// MARK: AVX2 + FMA: the panel in two halves of 16 columns, up to 6 rows each (12 ymm accumulators).

/// 8 weights of a panel row as floats (converted from half precision by F16C when `half`).
MESH_INLINE MESH_AVX2 __m256 load256(const void *b, size_t index, const int half) {
  return half ? _mm256_cvtph_ps(_mm_load_si128((const __m128i *)((const uint16_t *)b + index)))
              : _mm256_load_ps((const float *)b + index);
}

MESH_INLINE MESH_AVX2 void tile256_rows(const int mr, const int half, int kc, const float *a, int lda, const void *b,
                                        float *c, int ldc, int accumulate, const float *bias) {
  __m256 lo[6], hi[6];
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    lo[r] = accumulate ? _mm256_loadu_ps(c + (size_t)r * ldc) : _mm256_setzero_ps();
    hi[r] = accumulate ? _mm256_loadu_ps(c + (size_t)r * ldc + 8) : _mm256_setzero_ps();
  }
  for (int kk = 0; kk < kc; kk++) {
    if (half) _mm_prefetch((const char *)b + (size_t)kk * NR * 2 + 2048, _MM_HINT_T0);
    const __m256 b0 = load256(b, (size_t)kk * NR, half), b1 = load256(b, (size_t)kk * NR + 8, half);
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      const __m256 x = _mm256_broadcast_ss(a + (size_t)r * lda + kk);
      lo[r] = _mm256_fmadd_ps(x, b0, lo[r]);
      hi[r] = _mm256_fmadd_ps(x, b1, hi[r]);
    }
  }
  if (bias) {
    const __m256 c0 = _mm256_loadu_ps(bias), c1 = _mm256_loadu_ps(bias + 8);
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      lo[r] = _mm256_add_ps(lo[r], c0);
      hi[r] = _mm256_add_ps(hi[r], c1);
    }
  }
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    _mm256_storeu_ps(c + (size_t)r * ldc, lo[r]);
    _mm256_storeu_ps(c + (size_t)r * ldc + 8, hi[r]);
  }
}

static MESH_AVX2 void tile256_block(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                                   int accumulate, const float *bias) {
  switch (mr) {
  case 6: tile256_rows(6, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 5: tile256_rows(5, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 4: tile256_rows(4, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 3: tile256_rows(3, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 2: tile256_rows(2, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  default: tile256_rows(1, 0, kc, a, lda, b, c, ldc, accumulate, bias); break;
  }
}

/// The panel's two halves of 16 columns.
static MESH_AVX2 void tile256(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                              int accumulate, const float *bias) {
  const size_t size = sizeof(float);
  tile256_block(mr, kc, a, lda, b, c, ldc, accumulate, bias);
  tile256_block(mr, kc, a, lda, (const char *)b + 16 * size, c + 16, ldc, accumulate, bias ? bias + 16 : NULL);
}

static MESH_AVX2 void tile256h_block(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                                   int accumulate, const float *bias) {
  switch (mr) {
  case 6: tile256_rows(6, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 5: tile256_rows(5, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 4: tile256_rows(4, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 3: tile256_rows(3, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 2: tile256_rows(2, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  default: tile256_rows(1, 1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  }
}

/// The panel's two halves of 16 columns.
static MESH_AVX2 void tile256h(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc,
                              int accumulate, const float *bias) {
  const size_t size = sizeof(uint16_t);
  tile256h_block(mr, kc, a, lda, b, c, ldc, accumulate, bias);
  tile256h_block(mr, kc, a, lda, (const char *)b + 16 * size, c + 16, ldc, accumulate, bias ? bias + 16 : NULL);
}

static MESH_AVX2 void gelu256(float *x, size_t count) { mesh_gelu_body(x, count); }

// MARK: Portable C: any x86-64 (SSE2, which the compiler vectorises these loops to) or other CPU.

/// A half-precision value as float (portable code; the SIMD paths convert in hardware).
static inline float float_from_half(uint16_t h) {
  const uint32_t sign = (uint32_t)(h & 0x8000u) << 16, exponent = (h >> 10) & 0x1fu, mantissa = h & 0x3ffu;
  uint32_t bits;
  if (exponent == 0x1f) bits = sign | 0x7f800000u | (mantissa << 13);
  else if (exponent != 0) bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
  else if (mantissa == 0) bits = sign;
  else {
    float f = (float)mantissa * (1.0f / 16777216.0f);  // mantissa × 2^-24
    return sign ? -f : f;
  }
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}

static inline void tile_portable_rows(int mr, const int half, int kc, const float *a, int lda, const void *b, float *c,
                                      int ldc, int accumulate, const float *bias) {
  float acc[4][NR], row[NR];
  for (int r = 0; r < mr; r++)
    for (int j = 0; j < NR; j++) acc[r][j] = accumulate ? c[(size_t)r * ldc + j] : 0.0f;
  for (int kk = 0; kk < kc; kk++) {
    for (int j = 0; j < NR; j++)
      row[j] = half ? float_from_half(((const uint16_t *)b)[(size_t)kk * NR + j]) : ((const float *)b)[(size_t)kk * NR + j];
    for (int r = 0; r < mr; r++) {
      const float x = a[(size_t)r * lda + kk];
      for (int j = 0; j < NR; j++) acc[r][j] += x * row[j];
    }
  }
  for (int r = 0; r < mr; r++)
    for (int j = 0; j < NR; j++) c[(size_t)r * ldc + j] = acc[r][j] + (bias ? bias[j] : 0.0f);
}

static void tile_portable(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc, int accumulate,
                          const float *bias) {
  tile_portable_rows(mr, 0, kc, a, lda, b, c, ldc, accumulate, bias);
}

static void tile_portable_h(int mr, int kc, const float *a, int lda, const void *b, float *c, int ldc, int accumulate,
                            const float *bias) {
  tile_portable_rows(mr, 1, kc, a, lda, b, c, ldc, accumulate, bias);
}

static void gelu_portable(float *x, size_t count) { mesh_gelu_body(x, count); }

// MARK: Half-precision panels for many rows: converted once per block into floats in L1, so the
// conversions (which share ports with the FMAs) are not repeated for every row block.

static MESH_AVX512 void widen512(const uint16_t *src, size_t count, float *dst) {
  for (size_t i = 0; i < count; i += 16) _mm512_store_ps(dst + i, _mm512_cvtph_ps(_mm256_load_si256((const __m256i *)(src + i))));
}

static MESH_AVX2 void widen256(const uint16_t *src, size_t count, float *dst) {
  for (size_t i = 0; i < count; i += 8) _mm256_store_ps(dst + i, _mm256_cvtph_ps(_mm_load_si128((const __m128i *)(src + i))));
}

static void widen_portable(const uint16_t *src, size_t count, float *dst) {
  for (size_t i = 0; i < count; i++) dst[i] = float_from_half(src[i]);
}

// MARK: The driver.

static mesh_isa lowered(mesh_isa isa) {
  mesh_isa best = mesh_kernels_supported();
  return (int)isa > (int)best || (int)isa < 0 ? best : isa;
}

void mesh_gelu(float *x, size_t count) { mesh_gelu_isa(mesh_kernels_isa(), x, count); }

void mesh_gelu_isa(mesh_isa isa, float *x, size_t count) {
  switch (lowered(isa)) {
  case MESH_ISA_AVX512: gelu512(x, count); break;
  case MESH_ISA_AVX2: gelu256(x, count); break;
  default: gelu_portable(x, count); break;
  }
}

void mesh_gemm_packed(int m, int n, int k, const float *a, int lda, const void *packed, mesh_weights format,
                      const float *bias, float *c, int ldc, int gelu) {
  mesh_gemm_packed_isa(mesh_kernels_isa(), m, n, k, a, lda, packed, format, bias, c, ldc, gelu);
}

void mesh_gemm_packed_isa(mesh_isa isa, int m, int n, int k, const float *a, int lda, const void *packed,
                          mesh_weights format, const float *bias, float *c, int ldc, int gelu) {
  if (m <= 0 || n <= 0) return;
  const int half = format == MESH_WEIGHTS_HALF;
  const size_t size = half ? sizeof(uint16_t) : sizeof(float);
  tile_fn tile;
  void (*activate)(float *, size_t);
  int mr;
  tile_fn floatTile;
  void (*widen)(const uint16_t *, size_t, float *);
  switch (lowered(isa)) {
  case MESH_ISA_AVX512: tile = half ? tile512h : tile512; floatTile = tile512; widen = widen512; activate = gelu512; mr = 12; break;
  case MESH_ISA_AVX2: tile = half ? tile256h : tile256; floatTile = tile256; widen = widen256; activate = gelu256; mr = 6; break;
  default:
    tile = half ? tile_portable_h : tile_portable; floatTile = tile_portable; widen = widen_portable; activate = gelu_portable;
    mr = 4;
    break;
  }
  // Several row blocks over each panel block: widen half-precision panels once per block instead.
  const int widenFirst = half && m > mr;
  float widened[KC * NR] __attribute__((aligned(64)));
  if (k <= 0) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) c[(size_t)i * ldc + j] = bias ? bias[j] : 0.0f;
      if (gelu) activate(c + (size_t)i * ldc, (size_t)n);
    }
    return;
  }
  const int panels = (n + NR - 1) / NR;
  // One row block (a sentence or two): nothing to reuse a panel block for, so each panel is read whole,
  // in one pass with the accumulators in registers, and the weights stream sequentially from memory.
  const int blockK = m <= mr ? k : KC;
  for (int k0 = 0; k0 < k; k0 += blockK) {
    const int kc = k - k0 < blockK ? k - k0 : blockK, last = k0 + kc == k;
    for (int p = 0; p < panels; p++) {
      const void *b = (const char *)packed + ((size_t)p * k + k0) * NR * size;
      tile_fn blockTile = tile;
      if (widenFirst) {
        widen((const uint16_t *)b, (size_t)kc * NR, widened);
        b = widened;
        blockTile = floatTile;
      }
      const int col0 = p * NR, columns = n - col0 < NR ? n - col0 : NR;
      // Row blocks of near-equal height: a lone short block would leave too few independent
      // accumulators to hide the FMA latency while it streams the whole panel again.
      for (int i = 0, left = m, blocks = (m + mr - 1) / mr; left > 0; blocks--) {
        const int rows = (left + blocks - 1) / blocks;
        const float *rowsA = a + (size_t)i * lda + k0;
        float *rowsC = c + (size_t)i * ldc + col0;
        if (columns == NR) {
          blockTile(rows, kc, rowsA, lda, b, rowsC, ldc, k0 > 0, last ? (bias ? bias + col0 : NULL) : NULL);
        } else {
          // The last, partial panel: through a whole tile, then only the real columns.
          float tmp[MAX_MR * NR] __attribute__((aligned(64)));
          memset(tmp, 0, sizeof tmp);
          for (int r = 0; r < rows && k0 > 0; r++) memcpy(tmp + r * NR, rowsC + (size_t)r * ldc, sizeof(float) * columns);
          blockTile(rows, kc, rowsA, lda, b, tmp, NR, k0 > 0, NULL);
          for (int r = 0; r < rows; r++)
            for (int j = 0; j < columns; j++)
              rowsC[(size_t)r * ldc + j] = tmp[r * NR + j] + (last && bias ? bias[col0 + j] : 0.0f);
        }
        if (last && gelu)
          for (int r = 0; r < rows; r++) activate(rowsC + (size_t)r * ldc, (size_t)columns);
        i += rows;
        left -= rows;
      }
    }
  }
}
