// Products in bfloat16 on AMX (Sapphire Rapids and later): one TDPBF16PS multiplies a 16-row × 32-value
// tile of activations by a 16 × 16 tile of weight pairs into a 16 × 16 float tile, 8,192 multiply-adds,
// which vdpbf16ps would need 16 instructions for. The weights are the ones mesh_pack_bf16 packed: a
// 32-column panel of k-pairs is 128 bytes a pair row, so its left and right 16 columns are two B tiles
// read with a 128-byte stride, as they are. The activations are rounded to bfloat16 into the caller's
// scratch with rows and pairs padded with zeros to whole tiles, so every A tile load stays inside it.
// Each block's float tiles are stored to a small buffer, then bias (and GELU) are added on the way to `c`.
//
// Linux hands out the 8 KiB of tile state only to a process that asks (arch_prctl ARCH_REQ_XCOMP_PERM),
// once; each product loads its tile configuration and releases the tiles when done, so a thread carries
// no tile state between products (no 8 KiB more to save at each context switch) and needs no per-thread
// bookkeeping: a whole 1 × 32 × 32 product, configuration and release included, takes under 0.2 µs here,
// a product of the encoder tens of microseconds.
#include "mesh_kernels.h"
#include "targets.h"
#include <cpuid.h>
#include <immintrin.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { NR = 32, TILE_ROWS = 16, TILE_PAIRS = 16, PREFETCH_TILES = 4 };

#define MESH_AMX                                                                                                   \
  __attribute__((target("amx-tile,amx-bf16,avx512f,avx512dq,avx512bw,avx512vl,avx512bf16,avx2,fma,avx")))

// MARK: Detection: CPUID, the operating system's XCR0, and the process's permission.

enum { ARCH_REQ_XCOMP_PERM = 0x1023, XFEATURE_XTILEDATA = 18 };

static int amx_usable = 0;
static pthread_once_t amx_once = PTHREAD_ONCE_INIT;

static void detect_amx(void) {
  unsigned int a, b, c, d;
  // AMX-TILE is CPUID leaf 7 EDX bit 24, AMX-BF16 bit 22; the rounding and epilogue need AVX512_BF16.
  if (!mesh_kernels_supports_bf16() || !__get_cpuid_count(7, 0, &a, &b, &c, &d)) return;
  if (!((d >> 24) & 1) || !((d >> 22) & 1)) return;
  unsigned int lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  const unsigned long long xcr0 = ((unsigned long long)hi << 32) | lo;
  if ((xcr0 & (3ull << 17)) != (3ull << 17)) return;  // XTILECFG and XTILEDATA enabled by the kernel
  // Without this permission the first tile instruction kills the process with SIGILL.
  if (syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA) != 0) return;
  amx_usable = 1;
}

int mesh_kernels_supports_amx(void) {
  pthread_once(&amx_once, detect_amx);
  return amx_usable;
}

int mesh_kernels_amx(void) { return mesh_kernels_isa() == MESH_ISA_AVX512 && mesh_kernels_supports_amx(); }

size_t mesh_amx_scratch_count(int m, int k) {
  if (m <= 0 || k <= 0) return 0;
  const size_t rows = (size_t)(m + TILE_ROWS - 1) / TILE_ROWS * TILE_ROWS;
  const size_t pairs = (size_t)((k + 1) / 2 + TILE_PAIRS - 1) / TILE_PAIRS * TILE_PAIRS;
  return rows * pairs * 2;
}

// MARK: Tiles.

/// The LDTILECFG operand (palette 1): bytes per row and rows of each of the 8 tiles.
typedef struct {
  uint8_t palette, start_row, reserved[14];
  uint16_t colsb[16];
  uint8_t rows[16];
} tile_config;

/// Every tile 16 rows of 64 bytes, except that the activation and result tiles have `rows` rows: a
/// product of fewer than 16 rows need not compute the padding rows.
static MESH_AMX void configure_tiles(int rows) {
  tile_config config;
  memset(&config, 0, sizeof config);
  config.palette = 1;
  for (int t = 0; t < 8; t++) {
    config.colsb[t] = 64;
    config.rows[t] = TILE_ROWS;
  }
  // Tiles 0-3 hold results, 4 the activations (4 and 5 in the two-row-tile kernel), 5-7 weights.
  for (int t = 0; t <= 4; t++) config.rows[t] = (uint8_t)rows;
  _tile_loadconfig(&config);
}

/// Activations rounded to bfloat16: `rows` rows (those past `m` zero) of `stride` values (past k zero).
static MESH_AMX void round_rows(int m, int rows, int k, const float *a, int lda, uint16_t *out, int stride) {
  for (int i = 0; i < rows; i++) {
    uint16_t *dst = out + (size_t)i * stride;
    if (i >= m) {
      memset(dst, 0, sizeof(uint16_t) * stride);
      continue;
    }
    const float *row = a + (size_t)i * lda;
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
      _mm512_storeu_si512((void *)(dst + j), (__m512i)v);  // masked-off lanes are zero
      j += 32;
    }
    if (j < stride) memset(dst + j, 0, sizeof(uint16_t) * (stride - j));
  }
}

/// Where a panel's 16 pair rows from `q0` are: in the panel, or (past its last pair) copied with zero
/// rows after them into `spill`, so a tile load never reads past the packed weights.
static inline const uint16_t *weight_rows(const uint16_t *panel, int pairs, int q0, uint16_t *spill) {
  if (q0 + TILE_PAIRS <= pairs) return panel + (size_t)q0 * NR * 2;
  const int have = pairs - q0;
  memcpy(spill, panel + (size_t)q0 * NR * 2, sizeof(uint16_t) * NR * 2 * have);
  memset(spill + (size_t)have * NR * 2, 0, sizeof(uint16_t) * NR * 2 * (TILE_PAIRS - have));
  return spill;
}

/// `rows` rows of `columns` floats from `tile` (leading dimension `ldt`) plus bias into `c`, then GELU.
static MESH_AMX void finish(const float *tile, int ldt, int rows, int columns, const float *bias, float *c, int ldc,
                            int gelu) {
  for (int r = 0; r < rows; r++) {
    const float *src = tile + (size_t)r * ldt;
    float *dst = c + (size_t)r * ldc;
    for (int j = 0; j < columns; j += 16) {
      const int left = columns - j;
      const __mmask16 mask = left >= 16 ? 0xffff : (__mmask16)((1u << left) - 1);
      __m512 v = _mm512_loadu_ps(src + j);
      if (bias) v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, bias + j));
      _mm512_mask_storeu_ps(dst + j, mask, v);
    }
    if (gelu) mesh_gelu_body(dst, (size_t)columns);
  }
}

/// A few rows use each weight once: the panel's pair rows PREFETCH_TILES k-tiles ahead (2 KiB a tile)
/// are asked for now, so the weights stream from L3 or memory while the tiles multiply. (The products of
/// a message's 10 rows spent 5-8% less CPU with 2-4 tiles ahead than with none, on a loaded machine.)
static inline void prefetch_ahead(const uint16_t *panel, int pairs, int q0) {
  const int ahead = q0 + PREFETCH_TILES * TILE_PAIRS;
  if (ahead >= pairs) return;
  const char *p = (const char *)(panel + (size_t)ahead * NR * 2);
  const int lines = (pairs - ahead < TILE_PAIRS ? pairs - ahead : TILE_PAIRS) * 2;
  for (int l = 0; l < lines; l++) _mm_prefetch(p + 64 * l, _MM_HINT_T0);
}

/// Up to 16 rows (one activation tile, configured with that many rows) against two panels (`twin` set)
/// or one: four result tiles or two, each step loading the activations once and each weight tile once.
static MESH_AMX void row_tile(const uint16_t *a, int strideBytes, int tiles, const uint16_t *panel,
                              int pairs, int twin, float *out) {
  uint16_t spill[2][TILE_PAIRS * NR * 2] __attribute__((aligned(64)));
  const uint16_t *next = panel + (size_t)pairs * NR * 2;  // the following panel
  _tile_zero(0);
  _tile_zero(1);
  if (twin) {
    _tile_zero(2);
    _tile_zero(3);
  }
  for (int t = 0; t < tiles; t++) {
    const int q0 = t * TILE_PAIRS;
    _tile_loadd(4, a + (size_t)q0 * 2, strideBytes);
    const uint16_t *b = weight_rows(panel, pairs, q0, spill[0]);
    prefetch_ahead(panel, pairs, q0);
    if (twin) prefetch_ahead(next, pairs, q0);
    _tile_loadd(5, b, NR * 4);
    _tile_dpbf16ps(0, 4, 5);
    _tile_loadd(6, b + 32, NR * 4);
    _tile_dpbf16ps(1, 4, 6);
    if (twin) {
      const uint16_t *b2 = weight_rows(next, pairs, q0, spill[1]);
      _tile_loadd(7, b2, NR * 4);
      _tile_dpbf16ps(2, 4, 7);
      _tile_loadd(5, b2 + 32, NR * 4);
      _tile_dpbf16ps(3, 4, 5);
    }
  }
  _tile_stored(0, out, 64 * 4);
  _tile_stored(1, out + 16, 64 * 4);
  if (twin) {
    _tile_stored(2, out + 32, 64 * 4);
    _tile_stored(3, out + 48, 64 * 4);
  }
}

/// 32 rows (two activation tiles) against one panel: four result tiles, each weight tile used twice.
static MESH_AMX void two_row_tiles(const uint16_t *a, int strideBytes, int tiles, const uint16_t *panel, int pairs,
                                   float *out) {
  uint16_t spill[TILE_PAIRS * NR * 2] __attribute__((aligned(64)));
  const uint16_t *a1 = (const uint16_t *)((const char *)a + (size_t)TILE_ROWS * strideBytes);
  _tile_zero(0);
  _tile_zero(1);
  _tile_zero(2);
  _tile_zero(3);
  for (int t = 0; t < tiles; t++) {
    const int q0 = t * TILE_PAIRS;
    const uint16_t *b = weight_rows(panel, pairs, q0, spill);
    _tile_loadd(4, a + (size_t)q0 * 2, strideBytes);
    _tile_loadd(6, b, NR * 4);
    _tile_dpbf16ps(0, 4, 6);
    _tile_loadd(7, b + 32, NR * 4);
    _tile_dpbf16ps(1, 4, 7);
    _tile_loadd(5, a1 + (size_t)q0 * 2, strideBytes);
    _tile_dpbf16ps(2, 5, 6);
    _tile_dpbf16ps(3, 5, 7);
  }
  _tile_stored(0, out, NR * 4);
  _tile_stored(1, out + 16, NR * 4);
  _tile_stored(2, out + (size_t)TILE_ROWS * NR, NR * 4);
  _tile_stored(3, out + (size_t)TILE_ROWS * NR + 16, NR * 4);
}

static MESH_AMX void gemm(int m, int n, int k, const float *a, int lda, const uint16_t *packed, const float *bias,
                          float *c, int ldc, int gelu, uint16_t *scratch) {
  const int pairs = (k + 1) / 2, panels = (n + NR - 1) / NR;
  const int tiles = (pairs + TILE_PAIRS - 1) / TILE_PAIRS, stride = tiles * TILE_PAIRS * 2;
  const int rowsPadded = (m + TILE_ROWS - 1) / TILE_ROWS * TILE_ROWS;
  round_rows(m, rowsPadded, k, a, lda, scratch, stride);
  const int strideBytes = stride * 2;
  const size_t panelValues = (size_t)pairs * NR * 2;
  float out[2 * TILE_ROWS * NR] __attribute__((aligned(64)));

  if (m <= TILE_ROWS) {
    // A few rows (a message or two): the weights stream once; two panels a step keep four products in flight.
    configure_tiles(m);
    for (int p = 0; p < panels; p += 2) {
      const int twin = p + 1 < panels, col0 = p * NR;
      const int columns = n - col0 < 2 * NR ? n - col0 : 2 * NR;
      row_tile(scratch, strideBytes, tiles, packed + (size_t)p * panelValues, pairs, twin, out);
      finish(out, 2 * NR, m, columns, bias ? bias + col0 : NULL, c + col0, ldc, gelu);
    }
    _tile_release();
    return;
  }
  // Many rows: panel by panel (the panel stays in L1), 32 rows at a time down the activations (in L2).
  configure_tiles(TILE_ROWS);
  for (int p = 0; p < panels; p++) {
    const uint16_t *panel = packed + (size_t)p * panelValues;
    const int col0 = p * NR, columns = n - col0 < NR ? n - col0 : NR;
    for (int i = 0; i < m; i += 2 * TILE_ROWS) {
      const int rows = m - i < 2 * TILE_ROWS ? m - i : 2 * TILE_ROWS;
      const uint16_t *rowsA = scratch + (size_t)i * stride;
      if (rows > TILE_ROWS) {
        two_row_tiles(rowsA, strideBytes, tiles, panel, pairs, out);
        finish(out, NR, rows, columns, bias ? bias + col0 : NULL, c + (size_t)i * ldc + col0, ldc, gelu);
      } else {
        row_tile(rowsA, strideBytes, tiles, panel, pairs, 0, out);
        finish(out, 2 * NR, rows, columns, bias ? bias + col0 : NULL, c + (size_t)i * ldc + col0, ldc, gelu);
      }
    }
  }
  _tile_release();
}

int mesh_gemm_amx(int m, int n, int k, const float *a, int lda, const uint16_t *packed, const float *bias, float *c,
                  int ldc, int gelu, uint16_t *scratch) {
  if (!mesh_kernels_supports_amx()) return -1;
  if (!mesh_product_settled(m, n, k, bias, c, ldc, gelu)) gemm(m, n, k, a, lda, packed, bias, c, ldc, gelu, scratch);
  return 0;
}
