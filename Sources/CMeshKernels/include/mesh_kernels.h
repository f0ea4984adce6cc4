// The sentence encoder's arithmetic in C: products against weight matrices packed once at load time,
// attention for one sentence, and the fused element-wise passes (bias + GELU, residual + LayerNorm).
// Every entry point picks its code at run time from the CPU's features (AVX-512, AVX2 + FMA, or portable C).
#ifndef MESH_KERNELS_H
#define MESH_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Which code the kernels run: 0 portable C, 1 AVX2 + FMA, 2 AVX-512.
typedef enum { MESH_ISA_PORTABLE = 0, MESH_ISA_AVX2 = 1, MESH_ISA_AVX512 = 2 } mesh_isa;

/// The best code this CPU (and its operating system) supports, capped by MESH_KERNELS_ISA
/// (portable, avx2 or avx512) when that is set; read once.
mesh_isa mesh_kernels_isa(void);
/// The best code this CPU supports, whatever MESH_KERNELS_ISA says (tests run every path up to it).
mesh_isa mesh_kernels_supported(void);
/// The chosen code's name ("avx512", "avx2", "portable").
const char *mesh_kernels_isa_name(void);

/// Floats a packed `k × n` matrix takes (n rounded up to whole 32-column panels).
size_t mesh_packed_floats(int k, int n);
/// 64-byte aligned, zeroed memory for `count` floats (NULL when out of memory); free with mesh_free.
float *mesh_alloc_floats(size_t count);
/// Frees memory from mesh_alloc_floats.
void mesh_free(void *pointer);
/// 64-byte aligned, zeroed memory for `count` half-precision values (NULL when out of memory); mesh_free.
uint16_t *mesh_alloc_halves(size_t count);
/// Packs `w` (`k × n`, row-major, leading dimension `ldw`: inputs by outputs) into 32-column panels,
/// each stored k-major, into `out` (mesh_packed_floats(k, n) floats, 64-byte aligned).
void mesh_pack(const float *w, int k, int n, int ldw, float *out);
/// As mesh_pack, with each weight rounded to IEEE half precision (to nearest even): half the bytes to
/// stream per product, which is what a product of a few rows waits on.
void mesh_pack_half(const float *w, int k, int n, int ldw, uint16_t *out);
/// Whether the chosen code reads half-precision panels at full speed (AVX-512, or AVX2 with F16C).
int mesh_kernels_fast_half(void);

/// How packed weights are stored.
typedef enum { MESH_WEIGHTS_FLOAT = 0, MESH_WEIGHTS_HALF = 1 } mesh_weights;

/// `c[m×n] = a[m×k] · W + bias` with W packed by mesh_pack or mesh_pack_half as `format` says
/// (`bias` may be NULL); when `gelu` is set, `c = gelu(c)` (BERT's erf form) as each block is finished.
/// Arithmetic is float either way.
void mesh_gemm_packed(int m, int n, int k, const float *a, int lda, const void *packed, mesh_weights format,
                      const float *bias, float *c, int ldc, int gelu);
/// mesh_gemm_packed with the code named (lowered to what the CPU supports).
void mesh_gemm_packed_isa(mesh_isa isa, int m, int n, int k, const float *a, int lda, const void *packed,
                          mesh_weights format, const float *bias, float *c, int ldc, int gelu);

/// Whether this CPU has AVX512_BF16 (vdpbf16ps) with the AVX-512 state saved, whatever MESH_KERNELS_ISA says.
int mesh_kernels_supports_bf16(void);
/// Whether the bfloat16 products should run: AVX512_BF16 is there and the chosen code is AVX-512.
int mesh_kernels_bf16(void);
/// Whether the encoder's default product is the bfloat16 one (mesh_kernels_preferred_product() is BF16).
int mesh_kernels_bf16_preferred(void);
/// bfloat16 values a `k × n` matrix packed by mesh_pack_bf16 takes (k rounded up to pairs, n to panels).
size_t mesh_packed_bf16_count(int k, int n);
/// bfloat16 values of scratch mesh_gemm_bf16 needs for `m` rows of `k` activations.
size_t mesh_bf16_scratch_count(int m, int k);
/// Packs `w` (`k × n`, row-major, leading dimension `ldw`) rounded to bfloat16 (nearest even) into
/// 32-column panels of k-pairs (each column's two weights side by side, as vdpbf16ps reads them), into
/// `out` (mesh_packed_bf16_count(k, n) values, 64-byte aligned: mesh_alloc_halves).
void mesh_pack_bf16(const float *w, int k, int n, int ldw, uint16_t *out);
/// `c[m×n] = a[m×k] · W + bias` (then GELU when `gelu`) with W packed by mesh_pack_bf16: the activations
/// are rounded to bfloat16 into `scratch` (mesh_bf16_scratch_count(m, k) values), products accumulate in
/// float. Returns -1 without touching `c` when the CPU lacks AVX512_BF16, else 0.
int mesh_gemm_bf16(int m, int n, int k, const float *a, int lda, const uint16_t *packed, const float *bias, float *c,
                   int ldc, int gelu, uint16_t *scratch);

/// Whether this CPU runs AMX-BF16 tiles (CPUID, the kernel's XCR0, and Linux's permission for the tile
/// data, asked once for the process), with AVX512_BF16 beside them, whatever MESH_KERNELS_ISA says.
int mesh_kernels_supports_amx(void);
/// Whether the AMX products should run: AMX is usable and the chosen code is AVX-512.
int mesh_kernels_amx(void);
/// bfloat16 values of scratch mesh_gemm_amx needs for `m` rows of `k` activations (rows rounded up to
/// 16, k-pairs to 16: whole tiles).
size_t mesh_amx_scratch_count(int m, int k);
/// `c[m×n] = a[m×k] · W + bias` (then GELU when `gelu`) on AMX tiles, with W packed by mesh_pack_bf16 (the
/// same panels as mesh_gemm_bf16): the activations are rounded to bfloat16 into `scratch`
/// (mesh_amx_scratch_count(m, k) values), products accumulate in float. Returns -1 without touching `c`
/// when AMX is not usable here, else 0. Loads its tile configuration and releases the tiles on each call.
int mesh_gemm_amx(int m, int n, int k, const float *a, int lda, const uint16_t *packed, const float *bias, float *c,
                  int ldc, int gelu, uint16_t *scratch);

/// Whether this CPU has AVX512_VNNI (vpdpbusd) with the AVX-512 state saved, whatever MESH_KERNELS_ISA says.
int mesh_kernels_supports_vnni(void);
/// Whether the int8 products should run: AVX512_VNNI is there and the chosen code is AVX-512.
int mesh_kernels_int8(void);
/// Bytes a `k × n` matrix packed by mesh_pack_int8 takes: int8 panels (k rounded up to quads, n to
/// 32-column panels), then a float scale and an int32 sum of the quantized weights per padded column.
size_t mesh_packed_int8_bytes(int k, int n);
/// Bytes of scratch mesh_gemm_int8 needs for `m` rows of `k` activations (the rows as bytes, each row's
/// scale and zero point).
size_t mesh_int8_scratch_bytes(int m, int k);
/// Packs `w` (`k × n`, row-major, leading dimension `ldw`) quantized to int8, symmetric with one scale per
/// column (its largest magnitude / 127), into 32-column panels of k-quads (each column's four weights side
/// by side, as vpdpbusd reads them), into `out` (mesh_packed_int8_bytes(k, n) bytes, 64-byte aligned).
void mesh_pack_int8(const float *w, int k, int n, int ldw, void *out);
/// `c[m×n] = a[m×k] · W + bias` (then GELU when `gelu`) with W packed by mesh_pack_int8: each row of `a` is
/// quantized to unsigned bytes (its own scale and zero point) into `scratch` (mesh_int8_scratch_bytes(m, k)
/// bytes), products accumulate in int32 and are scaled back to float. Returns -1 without touching `c` when
/// the CPU lacks AVX512_VNNI, else 0.
int mesh_gemm_int8(int m, int n, int k, const float *a, int lda, const void *packed, const float *bias, float *c,
                   int ldc, int gelu, void *scratch);

/// The products the encoder can run: float or half weights (mesh_gemm_packed), bfloat16 weights on
/// vdpbf16ps (mesh_gemm_bf16) or on AMX tiles (mesh_gemm_amx; the same packed weights), int8 weights and
/// activations on vpdpbusd (mesh_gemm_int8).
typedef enum {
  MESH_PRODUCT_FLOAT = 0,
  MESH_PRODUCT_HALF = 1,
  MESH_PRODUCT_BF16 = 2,
  MESH_PRODUCT_AMX = 3,
  MESH_PRODUCT_INT8 = 4
} mesh_product;
/// Whether `product` runs here at full speed (float always; half where mesh_kernels_fast_half; bf16 where
/// mesh_kernels_bf16; amx where mesh_kernels_amx; int8 where mesh_kernels_int8).
int mesh_kernels_product_runs(mesh_product product);
/// The product's name ("float", "half", "bf16", "amx", "int8"), as MESH_KERNELS_PRODUCT spells it.
const char *mesh_product_name(mesh_product product);
/// The encoder's default product, chosen once: the one MESH_KERNELS_PRODUCT names when it runs here, else
/// the fastest of half, bf16 and amx (those that run) when timed once on a feed-forward layer's shape
/// (a few milliseconds at the first call), else float where half is not fast.
mesh_product mesh_kernels_preferred_product(void);

/// Self-attention of one sentence of `tokens` rows: `qkv` holds each token's query, key and value
/// (`3 × hidden` floats a row, heads side by side); writes each token's context (`hidden` floats a row,
/// leading dimension `ldc`) into `context`. `scratch` holds `tokens` floats.
void mesh_attention(const float *qkv, int tokens, int hidden, int heads, float scale, float *context, int ldc,
                    float *scratch);
/// mesh_attention with the code named (lowered to what the CPU supports).
void mesh_attention_isa(mesh_isa isa, const float *qkv, int tokens, int hidden, int heads, float scale,
                        float *context, int ldc, float *scratch);

/// `x = LayerNorm(x + delta)` row by row (`delta` may be NULL), biased variance as PyTorch.
void mesh_residual_layernorm(float *x, const float *delta, int rows, int width, const float *scale,
                             const float *shift, float epsilon);
/// mesh_residual_layernorm with the code named (lowered to what the CPU supports).
void mesh_residual_layernorm_isa(mesh_isa isa, float *x, const float *delta, int rows, int width,
                                 const float *scale, const float *shift, float epsilon);

/// `x = gelu(x)` over `count` floats (0.5·x·(1 + erf(x/√2)), erf by a rational approximation).
void mesh_gelu(float *x, size_t count);
/// mesh_gelu with the code named (lowered to what the CPU supports).
void mesh_gelu_isa(mesh_isa isa, float *x, size_t count);

#endif
