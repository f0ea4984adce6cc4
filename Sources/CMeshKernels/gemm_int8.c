// Products in int8 on AVX512-VNNI (vpdpbusd): each instruction multiplies 16 groups of four unsigned bytes
// (activations) by 16 groups of four signed bytes (weights) and adds each group's sum into an int32 lane:
// four multiply-adds per lane and instruction (twice vdpbf16ps's), with a quarter of float weights' bytes to
// stream, which is what a product of a few rows waits on.
//
// Weights are quantized once at load time, symmetric, one scale per output column (max |w| / 127), and
// packed as 32-column panels of k-quads (each column's four weights side by side, as vpdpbusd reads them),
// followed by each column's scale and the sum of its quantized weights. Activations are quantized per row
// when each product starts, asymmetric (u = round(a / s) + z in 0..255, with 0 inside the range): the
// accumulators start at -z · Σq so that they end holding Σ (u - z) · q exactly, which is converted to float
// and scaled by the row's and the column's scales, and the bias (and GELU) added, on the way out.
// Integer sums cannot overflow: |u - z| ≤ 255, |q| ≤ 127, k ≤ 65,000 terms fit in 31 bits.
#include "mesh_kernels.h"
#include "targets.h"
#include <immintrin.h>
#include <math.h>
#include <string.h>

enum { NR = 32, MAX_MR = 12 };

#define MESH_AVX512VNNI __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl,avx512vnni,avx2,fma,avx")))

static size_t quads_of(int k) { return (size_t)(k + 3) / 4; }
static size_t columns_of(int n) { return (size_t)(n + NR - 1) / NR * NR; }

size_t mesh_packed_int8_bytes(int k, int n) {
  if (k <= 0 || n <= 0) return 0;
  // The panels, then a float scale and an int32 sum per (padded) column.
  return quads_of(k) * 4 * columns_of(n) + columns_of(n) * (sizeof(float) + sizeof(int32_t));
}

size_t mesh_int8_scratch_bytes(int m, int k) {
  if (m <= 0 || k <= 0) return 0;
  // The rows' bytes (k padded to quads, so the per-row figures after them stay 4-byte aligned), then each
  // row's scale and zero point.
  return (size_t)m * quads_of(k) * 4 + (size_t)m * (sizeof(float) + sizeof(int32_t));
}

void mesh_pack_int8(const float *w, int k, int n, int ldw, void *out) {
  if (k <= 0 || n <= 0) return;
  const size_t quads = quads_of(k), columns = columns_of(n);
  int8_t *panel = (int8_t *)out;
  float *scales = (float *)(panel + quads * 4 * columns);
  int32_t *sums = (int32_t *)(scales + columns);
  // Each column's largest magnitude, read row by row (the matrix is row-major), kept in `scales` for now.
  memset(scales, 0, columns * sizeof(float));
  for (int row = 0; row < k; row++)
    for (int col = 0; col < n; col++) {
      const float v = fabsf(w[(size_t)row * ldw + col]);
      scales[col] = v > scales[col] ? v : scales[col];
    }
  // Then the scales, and the weights quantized row by row into their panels (padding stays 0).
  for (size_t col = 0; col < columns; col++) {
    const float top = scales[col];
    // A column of zeros (or a padding column) keeps scale 0: its products are 0 whatever the bytes.
    scales[col] = top > 0 && isfinite(top) ? top / 127.0f : 0.0f;
    sums[col] = 0;
  }
  memset(panel, 0, quads * 4 * columns);
  for (int row = 0; row < k; row++) {
    const size_t q = (size_t)row / 4, t = (size_t)row % 4;
    for (int col = 0; col < n; col++) {
      if (!(scales[col] > 0)) continue;
      long v = lrintf(w[(size_t)row * ldw + col] / scales[col]);
      v = v > 127 ? 127 : (v < -127 ? -127 : v);
      panel[((size_t)col / NR * quads + q) * NR * 4 + (size_t)col % NR * 4 + t] = (int8_t)v;
      sums[col] += (int32_t)v;
    }
  }
}

/// Rows of `a` quantized to unsigned bytes, `padded` a row (the pad past k zero), with each row's scale and
/// zero point: the range is widened to hold 0, so a row of zeros has scale 0 and all bytes 0.
static MESH_AVX512VNNI void quantize_rows(int m, int k, const float *a, int lda, uint8_t *out, int padded,
                                          float *scales, int32_t *zeros) {
  for (int i = 0; i < m; i++) {
    const float *row = a + (size_t)i * lda;
    uint8_t *dst = out + (size_t)i * padded;
    __m512 low = _mm512_setzero_ps(), high = _mm512_setzero_ps();
    for (int j = 0; j < k; j += 16) {
      const __mmask16 mask = k - j >= 16 ? 0xffff : (__mmask16)((1u << (k - j)) - 1);
      const __m512 v = _mm512_maskz_loadu_ps(mask, row + j);  // masked lanes are 0, inside the range anyway
      low = _mm512_min_ps(low, v);
      high = _mm512_max_ps(high, v);
    }
    const float lo = _mm512_reduce_min_ps(low), range = _mm512_reduce_max_ps(high) - lo;
    memset(dst, 0, (size_t)padded);
    if (!(range > 0) || !isfinite(range)) {  // all zeros (or not a number): every product is just the bias
      scales[i] = 0;
      zeros[i] = 0;
      continue;
    }
    const float inverse = 255.0f / range;
    long zero = lrintf(-lo * inverse);
    zero = zero < 0 ? 0 : (zero > 255 ? 255 : zero);
    const __m512 scale = _mm512_set1_ps(inverse);
    const __m512i z = _mm512_set1_epi32((int)zero), none = _mm512_setzero_si512();
    for (int j = 0; j < k; j += 16) {
      const __mmask16 mask = k - j >= 16 ? 0xffff : (__mmask16)((1u << (k - j)) - 1);
      __m512i u = _mm512_add_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(_mm512_maskz_loadu_ps(mask, row + j), scale)), z);
      u = _mm512_max_epi32(u, none);  // then vpmovusdb saturates above at 255
      _mm_mask_storeu_epi8(dst + j, mask, _mm512_cvtusepi32_epi8(u));
    }
    scales[i] = range / 255.0f;
    zeros[i] = (int32_t)zero;
  }
}

/// `mr` rows × 32 columns: int32 accumulators started at -z · Σq, the whole k in one pass, then scaled to
/// float with the bias added.
MESH_INLINE MESH_AVX512VNNI void tile_rows(const int mr, int quads, const uint8_t *a, int lda, const int8_t *b,
                                           const float *rowScales, const int32_t *rowZeros, const float *colScales,
                                           const int32_t *colSums, float *c, int ldc, const float *bias) {
  __m512i lo[MAX_MR], hi[MAX_MR];
  const __m512i sum0 = _mm512_loadu_si512(colSums), sum1 = _mm512_loadu_si512(colSums + 16);
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    const __m512i z = _mm512_set1_epi32(-rowZeros[r]);
    lo[r] = _mm512_mullo_epi32(z, sum0);
    hi[r] = _mm512_mullo_epi32(z, sum1);
  }
  for (int q = 0; q < quads; q++) {
    // A few rows stream the panel from memory: fetch 16 quads (2 KiB) ahead.
    _mm_prefetch((const char *)(b + (size_t)q * NR * 4) + 2048, _MM_HINT_T0);
    const __m512i b0 = _mm512_load_si512((const void *)(b + (size_t)q * NR * 4));
    const __m512i b1 = _mm512_load_si512((const void *)(b + (size_t)q * NR * 4 + 64));
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      int32_t group;
      memcpy(&group, a + (size_t)r * lda + (size_t)q * 4, sizeof group);
      const __m512i x = _mm512_set1_epi32(group);
      lo[r] = _mm512_dpbusd_epi32(lo[r], x, b0);
      hi[r] = _mm512_dpbusd_epi32(hi[r], x, b1);
    }
  }
  const __m512 scale0 = _mm512_loadu_ps(colScales), scale1 = _mm512_loadu_ps(colScales + 16);
  const __m512 bias0 = bias ? _mm512_loadu_ps(bias) : _mm512_setzero_ps();
  const __m512 bias1 = bias ? _mm512_loadu_ps(bias + 16) : _mm512_setzero_ps();
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    const __m512 s = _mm512_set1_ps(rowScales[r]);
    _mm512_storeu_ps(c + (size_t)r * ldc, _mm512_fmadd_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(lo[r]), scale0), s, bias0));
    _mm512_storeu_ps(c + (size_t)r * ldc + 16,
                     _mm512_fmadd_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(hi[r]), scale1), s, bias1));
  }
}

static MESH_AVX512VNNI void tile(int mr, int quads, const uint8_t *a, int lda, const int8_t *b, const float *rowScales,
                                 const int32_t *rowZeros, const float *colScales, const int32_t *colSums, float *c,
                                 int ldc, const float *bias) {
#define MESH_INT8_TILE(rows) tile_rows(rows, quads, a, lda, b, rowScales, rowZeros, colScales, colSums, c, ldc, bias)
  switch (mr) {
  case 12: MESH_INT8_TILE(12); break;
  case 11: MESH_INT8_TILE(11); break;
  case 10: MESH_INT8_TILE(10); break;
  case 9: MESH_INT8_TILE(9); break;
  case 8: MESH_INT8_TILE(8); break;
  case 7: MESH_INT8_TILE(7); break;
  case 6: MESH_INT8_TILE(6); break;
  case 5: MESH_INT8_TILE(5); break;
  case 4: MESH_INT8_TILE(4); break;
  case 3: MESH_INT8_TILE(3); break;
  case 2: MESH_INT8_TILE(2); break;
  default: MESH_INT8_TILE(1); break;
  }
#undef MESH_INT8_TILE
}

static MESH_AVX512VNNI void gelu_rows(float *x, size_t count) { mesh_gelu_body(x, count); }

static MESH_AVX512VNNI void gemm(int m, int n, int k, const float *a, int lda, const void *packed, const float *bias,
                                 float *c, int ldc, int gelu, void *scratch) {
  const int quads = (int)quads_of(k), padded = 4 * quads, panels = (int)(columns_of(n) / NR);
  const int8_t *weights = (const int8_t *)packed;
  const float *colScales = (const float *)(weights + (size_t)quads * 4 * columns_of(n));
  const int32_t *colSums = (const int32_t *)(colScales + columns_of(n));
  uint8_t *rows = (uint8_t *)scratch;
  float *rowScales = (float *)(rows + (size_t)m * padded);
  int32_t *rowZeros = (int32_t *)(rowScales + m);
  quantize_rows(m, k, a, lda, rows, padded, rowScales, rowZeros);
  // Panel by panel (at most 48 KiB for k = 1,536: in L2 while every row block passes over it), the whole k
  // per block: the int32 accumulators are never stored and reloaded.
  for (int p = 0; p < panels; p++) {
    const int8_t *b = weights + (size_t)p * quads * NR * 4;
    const int col0 = p * NR, columns = n - col0 < NR ? n - col0 : NR;
    // Row blocks of near-equal height, as the float driver (enough accumulators to hide latency).
    for (int i = 0, left = m, blocks = (m + MAX_MR - 1) / MAX_MR; left > 0; blocks--) {
      const int height = (left + blocks - 1) / blocks;
      const uint8_t *blockRows = rows + (size_t)i * padded;
      float *blockC = c + (size_t)i * ldc + col0;
      if (columns == NR) {
        tile(height, quads, blockRows, padded, b, rowScales + i, rowZeros + i, colScales + col0, colSums + col0, blockC,
             ldc, bias ? bias + col0 : NULL);
      } else {
        // The last panel's padding columns (scale 0) go to a buffer; only the real ones reach `c`.
        float tmp[MAX_MR * NR] __attribute__((aligned(64)));
        tile(height, quads, blockRows, padded, b, rowScales + i, rowZeros + i, colScales + col0, colSums + col0, tmp, NR,
             NULL);
        for (int r = 0; r < height; r++)
          for (int j = 0; j < columns; j++) blockC[(size_t)r * ldc + j] = tmp[r * NR + j] + (bias ? bias[col0 + j] : 0.0f);
      }
      if (gelu)
        for (int r = 0; r < height; r++) gelu_rows(blockC + (size_t)r * ldc, (size_t)columns);
      i += height;
      left -= height;
    }
  }
}

int mesh_kernels_int8(void) { return mesh_kernels_isa() == MESH_ISA_AVX512 && mesh_kernels_supports_vnni(); }

int mesh_gemm_int8(int m, int n, int k, const float *a, int lda, const void *packed, const float *bias, float *c,
                   int ldc, int gelu, void *scratch) {
  if (!mesh_kernels_supports_vnni()) return -1;
  if (!mesh_product_settled(m, n, k, bias, c, ldc, gelu)) gemm(m, n, k, a, lda, packed, bias, c, ldc, gelu, scratch);
  return 0;
}
