// Which product the encoder runs by default, measured once on this CPU. AVX512_BF16's vdpbf16ps does two
// multiply-adds per lane and instruction, twice a float FMA's, and on an AMD EPYC (Zen 5) the bfloat16
// product made the encoder 1.3x faster than the half one; on an Intel Xeon (Sapphire Rapids, in a KVM
// guest) it made it 25% slower, while AMX tiles there made the products about 5x faster than half ones
// (mesh/docs/ENCODER.md). So none is assumed: every product that runs here is timed on one of the
// encoder's products and the fastest is kept. MESH_KERNELS_PRODUCT (float, half, bf16, amx, int8) forces
// one where it runs (to compare them, or to rule one out), and is ignored where it does not. int8 is never
// timed for the default: it is the fastest where it runs, but its embeddings fall below the cosine bound the
// others keep (worst 0.9935 against 0.99997 on the reference sentences: mesh/docs/ENCODER.md).
#include "mesh_kernels.h"
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int mesh_kernels_product_runs(mesh_product product) {
  switch (product) {
  case MESH_PRODUCT_FLOAT: return 1;
  case MESH_PRODUCT_HALF: return mesh_kernels_fast_half();
  case MESH_PRODUCT_BF16: return mesh_kernels_bf16();
  case MESH_PRODUCT_AMX: return mesh_kernels_amx();
  case MESH_PRODUCT_INT8: return mesh_kernels_int8();
  }
  return 0;
}

const char *mesh_product_name(mesh_product product) {
  switch (product) {
  case MESH_PRODUCT_FLOAT: return "float";
  case MESH_PRODUCT_HALF: return "half";
  case MESH_PRODUCT_BF16: return "bf16";
  case MESH_PRODUCT_AMX: return "amx";
  case MESH_PRODUCT_INT8: return "int8";
  }
  return "unknown";
}

/// Times the half, bfloat16 and AMX products that run here on a feed-forward layer's shape (16 tokens,
/// 384 -> 1536), alternated, best of each (what the CPU can do, not what a neighbour left of it); half
/// when none of them runs or memory is short.
static mesh_product measure_fastest(void) {
  enum { M = 16, K = 384, N = 1536, ROUNDS = 9 };
  const int bf16 = mesh_kernels_bf16(), amx = mesh_kernels_amx();
  if (!bf16 && !amx) return MESH_PRODUCT_HALF;
  float *w = mesh_alloc_floats((size_t)K * N), *a = mesh_alloc_floats((size_t)M * K);
  float *c = mesh_alloc_floats((size_t)M * N), *bias = mesh_alloc_floats(N);
  uint16_t *half = mesh_alloc_halves(mesh_packed_floats(K, N)), *pairs = mesh_alloc_halves(mesh_packed_bf16_count(K, N));
  const size_t bf16Scratch = mesh_bf16_scratch_count(M, K), amxScratch = mesh_amx_scratch_count(M, K);
  uint16_t *scratch = mesh_alloc_halves(bf16Scratch > amxScratch ? bf16Scratch : amxScratch);
  mesh_product fastest = MESH_PRODUCT_HALF;
  if (w && a && c && bias && half && pairs && scratch) {
    for (size_t i = 0; i < (size_t)K * N; i++) w[i] = (float)((i * 2654435761u) % 1000u) / 1000.0f - 0.5f;
    for (size_t i = 0; i < (size_t)M * K; i++) a[i] = (float)((i * 40503u) % 1000u) / 1000.0f - 0.5f;
    mesh_pack_half(w, K, N, N, half);
    mesh_pack_bf16(w, K, N, N, pairs);
    double best[4] = {1e9, 1e9, 1e9, 1e9};
    for (int round = 0; round < ROUNDS; round++) {
      double t0 = now_seconds();
      mesh_gemm_packed(M, N, K, a, K, half, MESH_WEIGHTS_HALF, bias, c, N, 0);
      double t1 = now_seconds();
      if (t1 - t0 < best[MESH_PRODUCT_HALF]) best[MESH_PRODUCT_HALF] = t1 - t0;
      if (bf16) {
        t0 = now_seconds();
        mesh_gemm_bf16(M, N, K, a, K, pairs, bias, c, N, 0, scratch);
        t1 = now_seconds();
        if (t1 - t0 < best[MESH_PRODUCT_BF16]) best[MESH_PRODUCT_BF16] = t1 - t0;
      }
      if (amx) {
        t0 = now_seconds();
        mesh_gemm_amx(M, N, K, a, K, pairs, bias, c, N, 0, scratch);
        t1 = now_seconds();
        if (t1 - t0 < best[MESH_PRODUCT_AMX]) best[MESH_PRODUCT_AMX] = t1 - t0;
      }
    }
    if (best[MESH_PRODUCT_BF16] < best[fastest]) fastest = MESH_PRODUCT_BF16;
    if (best[MESH_PRODUCT_AMX] < best[fastest]) fastest = MESH_PRODUCT_AMX;
  }
  mesh_free(w); mesh_free(a); mesh_free(c); mesh_free(bias); mesh_free(half); mesh_free(pairs); mesh_free(scratch);
  return fastest;
}

/// The product MESH_KERNELS_PRODUCT names when it runs here, else -1.
static int forced_product(void) {
  const char *name = getenv("MESH_KERNELS_PRODUCT");
  if (!name) return -1;
  for (int p = MESH_PRODUCT_FLOAT; p <= MESH_PRODUCT_INT8; p++)
    if (strcmp(name, mesh_product_name((mesh_product)p)) == 0) return mesh_kernels_product_runs((mesh_product)p) ? p : -1;
  return -1;
}

mesh_product mesh_kernels_preferred_product(void) {
  static _Atomic int preferred = -1;
  int s = atomic_load(&preferred);
  if (s < 0) {
    s = forced_product();
    if (s < 0) s = mesh_kernels_fast_half() ? measure_fastest() : MESH_PRODUCT_FLOAT;
    atomic_store(&preferred, s);
  }
  return (mesh_product)s;
}

int mesh_kernels_bf16_preferred(void) { return mesh_kernels_preferred_product() == MESH_PRODUCT_BF16; }
