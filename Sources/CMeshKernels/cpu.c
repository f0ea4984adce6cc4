// Run-time choice of code: CPUID for the features, XGETBV for the operating system's saving of the
// wider registers (a CPU with AVX-512 under a kernel that does not save zmm state must not use it).
#include "mesh_kernels.h"
#include <cpuid.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long xgetbv0(void) {
  unsigned int eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return ((unsigned long long)edx << 32) | eax;
}

static mesh_isa detect(void) {
  unsigned int a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return MESH_ISA_PORTABLE;
  int osxsave = (c >> 27) & 1, fma = (c >> 12) & 1, avx = (c >> 28) & 1, f16c = (c >> 29) & 1;
  if (!osxsave || !avx) return MESH_ISA_PORTABLE;
  unsigned long long xcr0 = xgetbv0();
  if ((xcr0 & 0x6) != 0x6) return MESH_ISA_PORTABLE;  // SSE and AVX state
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return MESH_ISA_PORTABLE;
  int avx2 = (b >> 5) & 1, avx512f = (b >> 16) & 1, avx512dq = (b >> 17) & 1, avx512bw = (b >> 30) & 1,
      avx512vl = (b >> 31) & 1;
  if (avx512f && avx512dq && avx512bw && avx512vl && (xcr0 & 0xe6) == 0xe6) return MESH_ISA_AVX512;
  if (avx2 && fma && f16c) return MESH_ISA_AVX2;
  return MESH_ISA_PORTABLE;
}

static _Atomic int chosen = -1;
static _Atomic int supported = -1;

static mesh_isa supported_isa(void) {
  int s = atomic_load(&supported);
  if (s < 0) {
    s = detect();
    atomic_store(&supported, s);
  }
  return (mesh_isa)s;
}

mesh_isa mesh_kernels_isa(void) {
  int isa = atomic_load(&chosen);
  if (isa >= 0) return (mesh_isa)isa;
  isa = supported_isa();
  const char *cap = getenv("MESH_KERNELS_ISA");
  if (cap) {
    if (strcmp(cap, "portable") == 0) isa = MESH_ISA_PORTABLE;
    else if (strcmp(cap, "avx2") == 0 && isa > MESH_ISA_AVX2) isa = MESH_ISA_AVX2;
  }
  atomic_store(&chosen, isa);
  return (mesh_isa)isa;
}

mesh_isa mesh_kernels_supported(void) { return supported_isa(); }

int mesh_kernels_supports_bf16(void) {
  static _Atomic int bf16 = -1;
  int s = atomic_load(&bf16);
  if (s < 0) {
    unsigned int a = 0, b, c, d;
    // AVX512_BF16 is CPUID leaf 7, sub-leaf 1, EAX bit 5; it needs the AVX-512 state saved too.
    s = supported_isa() == MESH_ISA_AVX512 && __get_cpuid_count(7, 1, &a, &b, &c, &d) && ((a >> 5) & 1);
    atomic_store(&bf16, s);
  }
  return s;
}

int mesh_kernels_supports_vnni(void) {
  static _Atomic int vnni = -1;
  int s = atomic_load(&vnni);
  if (s < 0) {
    unsigned int a, b, c = 0, d;
    // AVX512_VNNI is CPUID leaf 7, sub-leaf 0, ECX bit 11; it needs the AVX-512 state saved too.
    s = supported_isa() == MESH_ISA_AVX512 && __get_cpuid_count(7, 0, &a, &b, &c, &d) && ((c >> 11) & 1);
    atomic_store(&vnni, s);
  }
  return s;
}

const char *mesh_kernels_isa_name(void) {
  switch (mesh_kernels_isa()) {
  case MESH_ISA_AVX512: return "avx512";
  case MESH_ISA_AVX2: return "avx2";
  default: return "portable";
  }
}

size_t mesh_packed_floats(int k, int n) {
  if (k <= 0 || n <= 0) return 0;
  return (size_t)k * (size_t)((n + 31) / 32 * 32);
}

float *mesh_alloc_floats(size_t count) {
  void *p = NULL;
  size_t bytes = (count == 0 ? 1 : count) * sizeof(float);
  bytes = (bytes + 63) / 64 * 64;
  if (posix_memalign(&p, 64, bytes) != 0) return NULL;
  memset(p, 0, bytes);
  return (float *)p;
}

uint16_t *mesh_alloc_halves(size_t count) { return (uint16_t *)mesh_alloc_floats((count + 1) / 2); }

void mesh_free(void *pointer) { free(pointer); }

int mesh_kernels_fast_half(void) { return mesh_kernels_isa() != MESH_ISA_PORTABLE; }

/// IEEE binary32 to binary16, rounding to nearest even (overflow to infinity, NaN kept a NaN).
static uint16_t half_from_float(float value) {
  uint32_t x;
  memcpy(&x, &value, sizeof x);
  const uint32_t sign = (x >> 16) & 0x8000u;
  const uint32_t magnitude = x & 0x7fffffffu;
  if (magnitude >= 0x7f800000u) return (uint16_t)(sign | 0x7c00u | (magnitude > 0x7f800000u ? 0x200u : 0));
  if (magnitude >= 0x477ff000u) return (uint16_t)(sign | 0x7c00u);  // rounds past 65504
  if (magnitude < 0x38800000u) {                                     // subnormal half (or zero)
    if (magnitude < 0x33000000u) return (uint16_t)sign;              // under half the smallest subnormal
    const uint32_t mantissa = (magnitude & 0x7fffffu) | 0x800000u;
    const int shift = 126 - (int)(magnitude >> 23);                   // 14 .. 24
    uint32_t h = mantissa >> shift;
    const uint32_t rest = mantissa & ((1u << shift) - 1), halfway = 1u << (shift - 1);
    if (rest > halfway || (rest == halfway && (h & 1))) h++;
    return (uint16_t)(sign | h);
  }
  uint32_t h = ((magnitude - 0x38000000u) >> 13);
  const uint32_t rest = magnitude & 0x1fffu;
  if (rest > 0x1000u || (rest == 0x1000u && (h & 1))) h++;
  return (uint16_t)(sign | h);
}

void mesh_pack_half(const float *w, int k, int n, int ldw, uint16_t *out) {
  int panels = (n + 31) / 32;
  for (int p = 0; p < panels; p++) {
    uint16_t *panel = out + (size_t)p * k * 32;
    for (int kk = 0; kk < k; kk++) {
      for (int j = 0; j < 32; j++) {
        int col = p * 32 + j;
        panel[(size_t)kk * 32 + j] = half_from_float(col < n ? w[(size_t)kk * ldw + col] : 0.0f);
      }
    }
  }
}

void mesh_pack(const float *w, int k, int n, int ldw, float *out) {
  int panels = (n + 31) / 32;
  for (int p = 0; p < panels; p++) {
    float *panel = out + (size_t)p * k * 32;
    for (int kk = 0; kk < k; kk++) {
      for (int j = 0; j < 32; j++) {
        int col = p * 32 + j;
        panel[(size_t)kk * 32 + j] = col < n ? w[(size_t)kk * ldw + col] : 0.0f;
      }
    }
  }
}
