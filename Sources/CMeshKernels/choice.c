// Which product the encoder runs by default, measured once on this CPU. AVX512_BF16's vdpbf16ps does two
// multiply-adds per lane and instruction, twice a float FMA's, and on an AMD EPYC (Zen 5) the bfloat16
// product made the encoder 1.3x faster than the half one; on an Intel Xeon (Sapphire Rapids, in a KVM
// guest) it made it 25% slower (mesh/docs/ENCODER.md). So neither is assumed: both are timed on one of the
// encoder's products and the faster one is kept.
#include "mesh_kernels.h"
#include <stdatomic.h>
#include <time.h>

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/// Times the half and the bfloat16 product of a feed-forward layer's shape (16 tokens, 384 -> 1536),
/// alternated, best of each (what the CPU can do, not what a neighbour left of it): 1 when bfloat16 wins.
static int measure_bf16_faster(void) {
  enum { M = 16, K = 384, N = 1536, ROUNDS = 9 };
  float *w = mesh_alloc_floats((size_t)K * N), *a = mesh_alloc_floats((size_t)M * K);
  float *c = mesh_alloc_floats((size_t)M * N), *bias = mesh_alloc_floats(N);
  uint16_t *half = mesh_alloc_halves(mesh_packed_floats(K, N)), *bf16 = mesh_alloc_halves(mesh_packed_bf16_count(K, N));
  uint16_t *scratch = mesh_alloc_halves(mesh_bf16_scratch_count(M, K));
  int faster = 0;
  if (w && a && c && bias && half && bf16 && scratch) {
    for (size_t i = 0; i < (size_t)K * N; i++) w[i] = (float)((i * 2654435761u) % 1000u) / 1000.0f - 0.5f;
    for (size_t i = 0; i < (size_t)M * K; i++) a[i] = (float)((i * 40503u) % 1000u) / 1000.0f - 0.5f;
    mesh_pack_half(w, K, N, N, half);
    mesh_pack_bf16(w, K, N, N, bf16);
    double best_half = 1e9, best_bf16 = 1e9;
    for (int round = 0; round < ROUNDS; round++) {
      const double t0 = now_seconds();
      mesh_gemm_packed(M, N, K, a, K, half, MESH_WEIGHTS_HALF, bias, c, N, 0);
      const double t1 = now_seconds();
      mesh_gemm_bf16(M, N, K, a, K, bf16, bias, c, N, 0, scratch);
      const double t2 = now_seconds();
      if (t1 - t0 < best_half) best_half = t1 - t0;
      if (t2 - t1 < best_bf16) best_bf16 = t2 - t1;
    }
    faster = best_bf16 < best_half;
  }
  mesh_free(w); mesh_free(a); mesh_free(c); mesh_free(bias); mesh_free(half); mesh_free(bf16); mesh_free(scratch);
  return faster;
}

int mesh_kernels_bf16_preferred(void) {
  static _Atomic int preferred = -1;
  int s = atomic_load(&preferred);
  if (s < 0) {
    s = mesh_kernels_bf16() && measure_bf16_faster();
    atomic_store(&preferred, s);
  }
  return s;
}
