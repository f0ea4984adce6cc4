// Products in bfloat16 on AVX512_BF16 (vdpbf16ps): each instruction multiplies 16 pairs of bfloat16
// activations by 16 pairs of bfloat16 weights and adds both products into 16 float accumulators, twice
// the multiply-adds of a float FMA, with half the bytes of float weights to stream. The weights are packed
// once at load time as 32-column panels of k-pairs; the activations are rounded to bfloat16 (nearest even)
// once per product into the caller's scratch. Accumulation is in float.
#include "mesh_kernels.h"
#include "targets.h"
#include <immintrin.h>
#include <string.h>

enum { NR = 32, KC_PAIRS = 128, MAX_MR = 12 };

#define MESH_AVX512BF16 __attribute__((target("avx512f,avx512dq,avx512bw,avx512vl,avx512bf16,avx2,fma,avx")))

/// float to bfloat16, rounding to nearest even (NaN kept a quiet NaN).
static uint16_t bf16_from_float(float value) {
  uint32_t x;
  memcpy(&x, &value, sizeof x);
  if ((x & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((x >> 16) | 0x40u);
  return (uint16_t)((x + 0x7fffu + ((x >> 16) & 1u)) >> 16);
}

size_t mesh_packed_bf16_count(int k, int n) {
  if (k <= 0 || n <= 0) return 0;
  return (size_t)((k + 1) / 2 * 2) * (size_t)((n + NR - 1) / NR * NR);
}

size_t mesh_bf16_scratch_count(int m, int k) {
  if (m <= 0 || k <= 0) return 0;
  return (size_t)m * (size_t)((k + 1) / 2 * 2);
}

void mesh_pack_bf16(const float *w, int k, int n, int ldw, uint16_t *out) {
  const int pairs = (k + 1) / 2, panels = (n + NR - 1) / NR;
  for (int p = 0; p < panels; p++) {
    uint16_t *panel = out + (size_t)p * pairs * NR * 2;
    for (int q = 0; q < pairs; q++) {
      for (int j = 0; j < NR; j++) {
        const int col = p * NR + j;
        for (int t = 0; t < 2; t++) {
          const int row = 2 * q + t;
          panel[((size_t)q * NR + j) * 2 + t] = bf16_from_float(col < n && row < k ? w[(size_t)row * ldw + col] : 0.0f);
        }
      }
    }
  }
}

int mesh_kernels_bf16(void) {
  return mesh_kernels_isa() == MESH_ISA_AVX512 && mesh_kernels_supports_bf16();
}

/// Rows of `a` rounded to bfloat16, `2 × pairs` values a row (an odd k padded with a zero).
static MESH_AVX512BF16 void round_rows(int m, int k, const float *a, int lda, uint16_t *out, int pairs) {
  for (int i = 0; i < m; i++) {
    const float *row = a + (size_t)i * lda;
    uint16_t *dst = out + (size_t)i * pairs * 2;
    int j = 0;
    for (; j + 32 <= k; j += 32) {
      const __m512bh v = _mm512_cvtne2ps_pbh(_mm512_loadu_ps(row + j + 16), _mm512_loadu_ps(row + j));
      _mm512_storeu_si512((void *)(dst + j), (__m512i)v);
    }
    if (j < k) {
      const int left = k - j;
      const __mmask16 lo = left >= 16 ? 0xffff : (__mmask16)((1u << left) - 1);
      const __mmask16 hi = left <= 16 ? 0 : (__mmask16)((1u << (left - 16)) - 1);
      const __m512bh v = _mm512_cvtne2ps_pbh(_mm512_maskz_loadu_ps(hi, row + j + 16), _mm512_maskz_loadu_ps(lo, row + j));
      const int padded = 2 * pairs - j;  // the rest of the row, the zero pad included
      _mm512_mask_storeu_epi16(dst + j, (__mmask32)(padded >= 32 ? 0xffffffffu : ((1u << padded) - 1)), (__m512i)v);
    }
  }
}

MESH_INLINE MESH_AVX512BF16 void tile_rows(const int mr, int kc, const uint32_t *a, int lda, const uint16_t *b,
                                           float *c, int ldc, int accumulate, const float *bias) {
  __m512 lo[MAX_MR], hi[MAX_MR];
#pragma clang loop unroll(full)
  for (int r = 0; r < mr; r++) {
    lo[r] = accumulate ? _mm512_loadu_ps(c + (size_t)r * ldc) : _mm512_setzero_ps();
    hi[r] = accumulate ? _mm512_loadu_ps(c + (size_t)r * ldc + 16) : _mm512_setzero_ps();
  }
  for (int q = 0; q < kc; q++) {
    // A few rows stream the panel from memory: fetch 16 pair rows (2 KiB) ahead.
    _mm_prefetch((const char *)(b + (size_t)q * NR * 2) + 2048, _MM_HINT_T0);
    const __m512bh b0 = (__m512bh)_mm512_load_si512((const void *)(b + (size_t)q * NR * 2));
    const __m512bh b1 = (__m512bh)_mm512_load_si512((const void *)(b + (size_t)q * NR * 2 + 32));
#pragma clang loop unroll(full)
    for (int r = 0; r < mr; r++) {
      const __m512bh x = (__m512bh)_mm512_set1_epi32((int)a[(size_t)r * lda + q]);
      lo[r] = _mm512_dpbf16_ps(lo[r], x, b0);
      hi[r] = _mm512_dpbf16_ps(hi[r], x, b1);
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

static MESH_AVX512BF16 void tile(int mr, int kc, const uint32_t *a, int lda, const uint16_t *b, float *c, int ldc,
                                 int accumulate, const float *bias) {
  switch (mr) {
  case 12: tile_rows(12, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 11: tile_rows(11, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 10: tile_rows(10, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 9: tile_rows(9, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 8: tile_rows(8, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 7: tile_rows(7, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 6: tile_rows(6, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 5: tile_rows(5, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 4: tile_rows(4, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 3: tile_rows(3, kc, a, lda, b, c, ldc, accumulate, bias); break;
  case 2: tile_rows(2, kc, a, lda, b, c, ldc, accumulate, bias); break;
  default: tile_rows(1, kc, a, lda, b, c, ldc, accumulate, bias); break;
  }
}

static MESH_AVX512BF16 void gelu_rows(float *x, size_t count) { mesh_gelu_body(x, count); }

static MESH_AVX512BF16 void gemm(int m, int n, int k, const float *a, int lda, const uint16_t *packed,
                                 const float *bias, float *c, int ldc, int gelu, uint16_t *scratch) {
  const int pairs = (k + 1) / 2, panels = (n + NR - 1) / NR, mr = MAX_MR;
  round_rows(m, k, a, lda, scratch, pairs);
  const uint32_t *rounded = (const uint32_t *)scratch;
  // One row block: each panel read whole in one pass. More: k in blocks whose panel slice stays in L1.
  const int blockPairs = m <= mr ? pairs : KC_PAIRS;
  for (int q0 = 0; q0 < pairs; q0 += blockPairs) {
    const int kc = pairs - q0 < blockPairs ? pairs - q0 : blockPairs, last = q0 + kc == pairs;
    for (int p = 0; p < panels; p++) {
      const uint16_t *b = packed + ((size_t)p * pairs + q0) * NR * 2;
      const int col0 = p * NR, columns = n - col0 < NR ? n - col0 : NR;
      // Row blocks of near-equal height, as the float driver (enough accumulators to hide latency).
      for (int i = 0, left = m, blocks = (m + mr - 1) / mr; left > 0; blocks--) {
        const int rows = (left + blocks - 1) / blocks;
        const uint32_t *rowsA = rounded + (size_t)i * pairs + q0;
        float *rowsC = c + (size_t)i * ldc + col0;
        if (columns == NR) {
          tile(rows, kc, rowsA, pairs, b, rowsC, ldc, q0 > 0, last ? (bias ? bias + col0 : NULL) : NULL);
        } else {
          float tmp[MAX_MR * NR] __attribute__((aligned(64)));
          memset(tmp, 0, sizeof tmp);
          for (int r = 0; r < rows && q0 > 0; r++) memcpy(tmp + r * NR, rowsC + (size_t)r * ldc, sizeof(float) * columns);
          tile(rows, kc, rowsA, pairs, b, tmp, NR, q0 > 0, NULL);
          for (int r = 0; r < rows; r++)
            for (int j = 0; j < columns; j++)
              rowsC[(size_t)r * ldc + j] = tmp[r * NR + j] + (last && bias ? bias[col0 + j] : 0.0f);
        }
        if (last && gelu)
          for (int r = 0; r < rows; r++) gelu_rows(rowsC + (size_t)r * ldc, (size_t)columns);
        i += rows;
        left -= rows;
      }
    }
  }
}

int mesh_gemm_bf16(int m, int n, int k, const float *a, int lda, const uint16_t *packed, const float *bias, float *c,
                   int ldc, int gelu, uint16_t *scratch) {
  if (!mesh_kernels_supports_bf16()) return -1;
  if (!mesh_product_settled(m, n, k, bias, c, ldc, gelu)) gemm(m, n, k, a, lda, packed, bias, c, ldc, gelu, scratch);
  return 0;
}
