import CMeshKernels
import Foundation
import Testing

/// The C kernels against plain double-precision arithmetic, for every code path this CPU can run
/// (portable always; AVX2 and AVX-512 where supported), on shapes that cross the kernels' edges:
/// partial row blocks, a partial last panel, and k spanning several blocks.
@Suite struct KernelTests {
  static var paths: [mesh_isa] {
    [MESH_ISA_PORTABLE, MESH_ISA_AVX2, MESH_ISA_AVX512].filter { $0.rawValue <= mesh_kernels_supported().rawValue }
  }

  /// Deterministic values in [-1, 1).
  static func values(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed &* 6364136223846793005 &+ 1442695040888963407
    return (0..<count).map { _ in
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Float(Int64(bitPattern: state >> 11) % 2_000_001) / 1_000_000 - 1
    }
  }

  static func gelu(_ v: Double) -> Double { 0.5 * v * (1 + erf(v / 2.squareRoot())) }

  @Test(arguments: [(1, 32, 16), (3, 45, 70), (9, 96, 300), (13, 77, 513), (30, 1152, 384), (8, 384, 1536)])
  func packedProductMatchesPlainArithmetic(shape: (m: Int, n: Int, k: Int)) throws {
    let (m, n, k) = shape
    let a = Self.values(m * k, seed: 1), w = Self.values(k * n, seed: 2), bias = Self.values(n, seed: 3)
    let packed = try #require(mesh_alloc_floats(mesh_packed_floats(Int32(k), Int32(n))))
    let halves = try #require(mesh_alloc_halves(mesh_packed_floats(Int32(k), Int32(n))))
    defer { mesh_free(packed); mesh_free(halves) }
    mesh_pack(w, Int32(k), Int32(n), Int32(n), packed)
    mesh_pack_half(w, Int32(k), Int32(n), Int32(n), halves)
    for format in [MESH_WEIGHTS_FLOAT, MESH_WEIGHTS_HALF] {
      // Half-precision panels hold each weight rounded to the nearest half: the product of those exactly.
      let weights = format == MESH_WEIGHTS_HALF ? w.map { Double(Float(Float16($0))) } : w.map(Double.init)
      // Float rounding grows with the terms' magnitude: errors are measured against Σ|terms|.
      var expected = [Double](repeating: 0, count: m * n), magnitude = expected
      for i in 0..<m {
        for j in 0..<n {
          var sum = Double(bias[j]), size = abs(Double(bias[j]))
          for q in 0..<k {
            sum += Double(a[i * k + q]) * weights[q * n + j]
            size += abs(Double(a[i * k + q]) * weights[q * n + j])
          }
          expected[i * n + j] = sum
          magnitude[i * n + j] = size
        }
      }
      let panels = format == MESH_WEIGHTS_HALF ? UnsafeRawPointer(halves) : UnsafeRawPointer(packed)
      for isa in Self.paths {
        for gelu in [false, true] {
          // A leading dimension wider than n: the kernels must not write past each row's n columns.
          let ldc = n + 3
          var c = [Float](repeating: 42, count: m * ldc)
          mesh_gemm_packed_isa(isa, Int32(m), Int32(n), Int32(k), a, Int32(k), panels, format, bias, &c, Int32(ldc),
                               gelu ? 1 : 0)
          var worst = 0.0
          for i in 0..<m {
            for j in 0..<n {
              let e = gelu ? Self.gelu(expected[i * n + j]) : expected[i * n + j]
              worst = max(worst, abs(Double(c[i * ldc + j]) - e) / max(1, magnitude[i * n + j]))
            }
            for j in n..<ldc { #expect(c[i * ldc + j] == 42, "column \(j) of row \(i) overwritten (isa \(isa.rawValue))") }
          }
          #expect(worst < 2e-6, "isa \(isa.rawValue), format \(format.rawValue), gelu \(gelu), \(m)×\(n)×\(k): \(worst)")
        }
      }
    }
  }

  /// A float rounded to bfloat16, to nearest even.
  static func bfloat16(_ x: Float) -> Float {
    let bits = x.bitPattern
    return Float(bitPattern: ((bits &+ 0x7fff &+ ((bits >> 16) & 1)) >> 16) << 16)
  }

  /// The bfloat16 products (where the CPU has AVX512_BF16) against double arithmetic on the same
  /// bfloat16-rounded activations and weights: odd k (a padded pair), partial panels and row blocks.
  @Test(arguments: [(1, 32, 16), (3, 45, 71), (9, 96, 300), (13, 77, 513), (30, 1152, 384), (8, 384, 1536)])
  func bfloat16ProductMatchesRoundedArithmetic(shape: (m: Int, n: Int, k: Int)) throws {
    let (m, n, k) = shape
    guard mesh_kernels_supports_bf16() != 0 else {
      // Without AVX512_BF16 the product refuses rather than running an instruction the CPU lacks.
      #expect(mesh_gemm_bf16(1, 1, 1, [1], 1, nil, nil, nil, 1, 0, nil) == -1)
      return
    }
    let a = Self.values(m * k, seed: 4), w = Self.values(k * n, seed: 5), bias = Self.values(n, seed: 6)
    let packed = try #require(mesh_alloc_halves(mesh_packed_bf16_count(Int32(k), Int32(n))))
    defer { mesh_free(packed) }
    mesh_pack_bf16(w, Int32(k), Int32(n), Int32(n), packed)
    var scratch = [UInt16](repeating: 0, count: mesh_bf16_scratch_count(Int32(m), Int32(k)))
    for gelu in [false, true] {
      let ldc = n + 3
      var c = [Float](repeating: 42, count: m * ldc)
      #expect(mesh_gemm_bf16(Int32(m), Int32(n), Int32(k), a, Int32(k), packed, bias, &c, Int32(ldc), gelu ? 1 : 0, &scratch) == 0)
      var worst = 0.0
      for i in 0..<m {
        for j in 0..<n {
          var sum = Double(bias[j]), size = abs(Double(bias[j]))
          for q in 0..<k {
            let term = Double(Self.bfloat16(a[i * k + q])) * Double(Self.bfloat16(w[q * n + j]))
            sum += term
            size += abs(term)
          }
          let e = gelu ? Self.gelu(sum) : sum
          worst = max(worst, abs(Double(c[i * ldc + j]) - e) / max(1, size))
        }
        for j in n..<ldc { #expect(c[i * ldc + j] == 42, "column \(j) of row \(i) overwritten") }
      }
      #expect(worst < 4e-6, "gelu \(gelu), \(m)×\(n)×\(k): \(worst)")
    }
  }

  /// The AMX products (where AMX-BF16 is usable) against double arithmetic on the same bfloat16-rounded
  /// activations and weights, on the bfloat16 packing: row counts around the 16-row tiles (1, 7, 16, 17,
  /// 33, 130), odd and even k around the 16-pair tiles (a padded pair, a partial last tile), n not a
  /// multiple of 16 or 32 (partial tiles and panels, an odd panel count), with and without bias and GELU.
  @Test(arguments: [(1, 45, 16), (7, 77, 71), (16, 96, 33), (17, 1152, 384), (33, 50, 300), (130, 384, 1536),
                    (130, 17, 31), (1, 1536, 384), (7, 2, 1)])
  func amxProductMatchesRoundedArithmetic(shape: (m: Int, n: Int, k: Int)) throws {
    let (m, n, k) = shape
    guard mesh_kernels_supports_amx() != 0 else {
      print("AMX product test skipped: this CPU (or its kernel) gives no AMX-BF16 tiles")
      // Without AMX the product refuses rather than running an instruction the CPU lacks.
      #expect(mesh_gemm_amx(1, 1, 1, [1], 1, nil, nil, nil, 1, 0, nil) == -1)
      return
    }
    let a = Self.values(m * k, seed: 11), w = Self.values(k * n, seed: 12), bias = Self.values(n, seed: 13)
    let packed = try #require(mesh_alloc_halves(mesh_packed_bf16_count(Int32(k), Int32(n))))
    defer { mesh_free(packed) }
    mesh_pack_bf16(w, Int32(k), Int32(n), Int32(n), packed)
    // Scratch past what the product needs keeps a canary: the product must stay inside its count.
    let scratchCount = mesh_amx_scratch_count(Int32(m), Int32(k))
    var scratch = [UInt16](repeating: 0x7fc1, count: scratchCount + 32)
    var expected = [Double](repeating: 0, count: m * n), magnitude = expected
    for i in 0..<m {
      for j in 0..<n {
        var sum = 0.0, size = 0.0
        for q in 0..<k {
          let term = Double(Self.bfloat16(a[i * k + q])) * Double(Self.bfloat16(w[q * n + j]))
          sum += term
          size += abs(term)
        }
        expected[i * n + j] = sum
        magnitude[i * n + j] = size
      }
    }
    for withBias in [false, true] {
      for gelu in [false, true] {
        let ldc = n + 3
        var c = [Float](repeating: 42, count: m * ldc)
        let status = mesh_gemm_amx(Int32(m), Int32(n), Int32(k), a, Int32(k), packed, withBias ? bias : nil, &c,
                                   Int32(ldc), gelu ? 1 : 0, &scratch)
        #expect(status == 0)
        var worst = 0.0
        for i in 0..<m {
          for j in 0..<n {
            let sum = expected[i * n + j] + (withBias ? Double(bias[j]) : 0)
            let size = magnitude[i * n + j] + (withBias ? abs(Double(bias[j])) : 0)
            let e = gelu ? Self.gelu(sum) : sum
            worst = max(worst, abs(Double(c[i * ldc + j]) - e) / max(1, size))
          }
          for j in n..<ldc { #expect(c[i * ldc + j] == 42, "column \(j) of row \(i) overwritten") }
        }
        #expect(worst < 4e-6, "bias \(withBias), gelu \(gelu), \(m)×\(n)×\(k): \(worst)")
      }
    }
    #expect(scratch[scratchCount...].allSatisfy { $0 == 0x7fc1 }, "scratch written past mesh_amx_scratch_count")
  }

  /// AMX and the bfloat16 product over the same packed weights agree to float rounding: they round the
  /// activations alike and differ only in the order of the float sums.
  @Test func amxAndBfloat16ProductsAgree() throws {
    guard mesh_kernels_supports_amx() != 0, mesh_kernels_supports_bf16() != 0 else {
      print("AMX/bfloat16 agreement test skipped: this CPU lacks AMX-BF16 or AVX512_BF16")
      return
    }
    let (m, n, k) = (20, 1152, 384)
    let a = Self.values(m * k, seed: 14), w = Self.values(k * n, seed: 15), bias = Self.values(n, seed: 16)
    let packed = try #require(mesh_alloc_halves(mesh_packed_bf16_count(Int32(k), Int32(n))))
    defer { mesh_free(packed) }
    mesh_pack_bf16(w, Int32(k), Int32(n), Int32(n), packed)
    var scratch = [UInt16](repeating: 0, count: max(mesh_amx_scratch_count(Int32(m), Int32(k)),
                                                    mesh_bf16_scratch_count(Int32(m), Int32(k))))
    var viaAMX = [Float](repeating: 0, count: m * n), viaBF16 = viaAMX
    #expect(mesh_gemm_amx(Int32(m), Int32(n), Int32(k), a, Int32(k), packed, bias, &viaAMX, Int32(n), 1, &scratch) == 0)
    #expect(mesh_gemm_bf16(Int32(m), Int32(n), Int32(k), a, Int32(k), packed, bias, &viaBF16, Int32(n), 1, &scratch) == 0)
    let worst = zip(viaAMX, viaBF16).map { abs(Double($0) - Double($1)) }.max() ?? 0
    #expect(worst < 1e-4, "worst difference \(worst)")
  }

  /// The default product's measured choice: one that runs here, and the same answer every time (it is
  /// chosen once; weights packed for one choice must not meet products of another).
  @Test func theProductChoiceIsOnlyWhereItRunsAndStable() {
    let first = mesh_kernels_preferred_product()
    #expect(mesh_kernels_product_runs(first) != 0, "chose \(String(cString: mesh_product_name(first)))")
    for _ in 0..<3 { #expect(mesh_kernels_preferred_product() == first) }
    #expect((mesh_kernels_bf16_preferred() != 0) == (first == MESH_PRODUCT_BF16))
    if mesh_kernels_amx() != 0 { #expect(mesh_kernels_bf16() != 0, "AMX is only used beside AVX512_BF16") }
    print("kernel products: preferred \(String(cString: mesh_product_name(first))); amx usable"
          + " \(mesh_kernels_supports_amx()), bf16 \(mesh_kernels_supports_bf16())")
  }

  @Test func halfPackingRoundsToNearestEven() throws {
    // Normal, subnormal, tie and overflow cases against Swift's own Float16 conversion.
    let samples: [Float] = [0, -0, 1, -1, 0.1, 65504, 65519.99, 65520, 1e6, -1e6, 6.1e-5, 5.96e-8, 2.98e-8, 2.99e-8,
                            1e-10, 1.0009765625, 1.00048828125, 1.00146484375, .infinity, -.infinity]
    var row = [Float](repeating: 0, count: 32)
    for (i, s) in samples.enumerated() { row[i] = s }
    let halves = try #require(mesh_alloc_halves(32))
    defer { mesh_free(halves) }
    mesh_pack_half(row, 1, 32, 32, halves)
    for (i, s) in samples.enumerated() {
      #expect(halves[i] == Float16(s).bitPattern, "\(s): \(halves[i]) vs \(Float16(s).bitPattern)")
    }
  }

  @Test(arguments: [1, 2, 7, 40])
  func attentionMatchesPlainArithmetic(tokens: Int) {
    let hidden = 64, heads = 4, d = hidden / heads
    let qkv = Self.values(tokens * 3 * hidden, seed: UInt64(tokens)).map { $0 * 3 }
    let scale = 1 / Float(d).squareRoot()
    var expected = [Double](repeating: 0, count: tokens * hidden)
    for h in 0..<heads {
      for i in 0..<tokens {
        var scores = (0..<tokens).map { j in
          (0..<d).reduce(0.0) { $0 + Double(qkv[i * 3 * hidden + h * d + $1]) * Double(qkv[j * 3 * hidden + hidden + h * d + $1]) }
            * Double(scale)
        }
        let top = scores.max() ?? 0
        scores = scores.map { exp($0 - top) }
        let sum = scores.reduce(0, +)
        for t in 0..<d {
          expected[i * hidden + h * d + t] = (0..<tokens).reduce(0.0) {
            $0 + scores[$1] / sum * Double(qkv[$1 * 3 * hidden + 2 * hidden + h * d + t])
          }
        }
      }
    }
    for isa in Self.paths {
      var context = [Float](repeating: .nan, count: tokens * hidden)
      var scratch = [Float](repeating: 0, count: tokens)
      mesh_attention_isa(isa, qkv, Int32(tokens), Int32(hidden), Int32(heads), scale, &context, Int32(hidden), &scratch)
      let worst = zip(context, expected).map { abs(Double($0) - $1) }.max() ?? 0
      #expect(worst < 1e-5, "isa \(isa.rawValue), \(tokens) tokens: worst error \(worst)")
    }
  }

  @Test func residualLayerNormMatchesPlainArithmetic() {
    let rows = 5, width = 384
    let x = Self.values(rows * width, seed: 7).map { $0 * 4 + 1 }, delta = Self.values(rows * width, seed: 8)
    let scale = Self.values(width, seed: 9), shift = Self.values(width, seed: 10)
    for isa in Self.paths {
      for withDelta in [false, true] {
        var out = x
        mesh_residual_layernorm_isa(isa, &out, withDelta ? delta : nil, Int32(rows), Int32(width), scale, shift, 1e-12)
        var worst = 0.0
        for r in 0..<rows {
          let row = (0..<width).map { Double(x[r * width + $0]) + (withDelta ? Double(delta[r * width + $0]) : 0) }
          let mean = row.reduce(0, +) / Double(width)
          let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(width)
          for j in 0..<width {
            let e = (row[j] - mean) / (variance + 1e-12).squareRoot() * Double(scale[j]) + Double(shift[j])
            worst = max(worst, abs(Double(out[r * width + j]) - e))
          }
        }
        #expect(worst < 1e-5, "isa \(isa.rawValue), delta \(withDelta): worst error \(worst)")
      }
    }
  }

  @Test func geluMatchesTheErfFormEverywhere() {
    let xs = stride(from: -12.0, through: 12.0, by: 0.001).map(Float.init) + [0, -0, .greatestFiniteMagnitude / 2, -1e30]
    for isa in Self.paths {
      var out = xs
      mesh_gelu_isa(isa, &out, out.count)
      let worst = zip(xs, out).map { abs(Double($1) - Self.gelu(Double($0))) / max(1, abs(Double($0))) }.max() ?? 0
      #expect(worst < 2e-6, "isa \(isa.rawValue): worst error \(worst)")
    }
  }

  @Test func chosenCodeIsSupportedAndNamed() {
    #expect(mesh_kernels_isa().rawValue <= mesh_kernels_supported().rawValue)
    #expect(["portable", "avx2", "avx512"].contains(String(cString: mesh_kernels_isa_name())))
  }
}
