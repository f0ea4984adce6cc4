import CMeshKernels
import Foundation
import Testing

/// The int8 products (AVX512-VNNI): exact on values the quantization represents exactly, within the
/// quantization's error bound of double arithmetic on random values, and gated on the CPU.
@Suite struct Int8KernelTests {
  /// A deterministic generator of integers in a range.
  struct Numbers {
    var state: UInt64
    mutating func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
  }

  /// Packs `w` and runs the product into `c` (leading dimension n + 3, filled with 42 first), checking
  /// that the columns past n and the scratch past its size are untouched.
  static func product(m: Int, n: Int, k: Int, a: [Float], w: [Float], bias: [Float]?, gelu: Bool) throws -> [Float] {
    let bytes = mesh_packed_int8_bytes(Int32(k), Int32(n))
    let packed = try #require(mesh_alloc_floats((bytes + 3) / 4))
    defer { mesh_free(packed) }
    mesh_pack_int8(w, Int32(k), Int32(n), Int32(n), packed)
    let scratchBytes = mesh_int8_scratch_bytes(Int32(m), Int32(k))
    var scratch = [UInt8](repeating: 0xa5, count: scratchBytes + 64)
    let ldc = n + 3
    var c = [Float](repeating: 42, count: m * ldc)
    let status = mesh_gemm_int8(Int32(m), Int32(n), Int32(k), a, Int32(k), packed, bias, &c, Int32(ldc), gelu ? 1 : 0,
                                &scratch)
    #expect(status == 0)
    #expect(scratch[scratchBytes...].allSatisfy { $0 == 0xa5 }, "scratch written past mesh_int8_scratch_bytes")
    var out = [Float](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n { out[i * n + j] = c[i * ldc + j] }
      for j in n..<ldc { #expect(c[i * ldc + j] == 42, "column \(j) of row \(i) overwritten") }
    }
    return out
  }

  /// Weights that are whole multiples of a power-of-two column scale with ±127 in every column, and rows of
  /// activations that are whole multiples of a power-of-two row scale spanning exactly 255 steps with 0
  /// inside (from 0, -128 or -255): the quantization is exact, the integer sums too, so the product must
  /// equal double arithmetic to float rounding. Any slip in the packing, zero points or sums shows.
  static func exactCase(m: Int, n: Int, k: Int, seed: UInt64) -> (a: [Float], w: [Float], bias: [Float]) {
    var numbers = Numbers(state: seed)
    var w = [Float](repeating: 0, count: k * n)
    for j in 0..<n {
      let scale = Float(sign: .plus, exponent: -(j % 5), significand: 1)
      for q in 0..<k { w[q * n + j] = Float(numbers.next(-127...127)) * scale }
      w[(j % k) * n + j] = Float(j % 2 == 0 ? 127 : -127) * scale
    }
    var a = [Float](repeating: 0, count: m * k)
    for i in 0..<m {
      let low = [0, -128, -255][i % 3], scale = Float(sign: .plus, exponent: i % 4 - 2, significand: 1)
      for q in 0..<k { a[i * k + q] = Float(numbers.next(low...(low + 255))) * scale }
      // The row's ends, so its range is exactly 255 steps (a single column holds only one of them).
      a[i * k] = Float(low) * scale
      if k > 1 { a[i * k + k - 1] = Float(low + 255) * scale }
    }
    let bias = (0..<n).map { _ in Float(numbers.next(-1000...1000)) / 64 }
    return (a, w, bias)
  }

  @Test(arguments: [(1, 32, 4), (1, 45, 16), (3, 77, 71), (7, 96, 300), (13, 50, 33), (17, 1, 5), (40, 130, 129),
                    (24, 33, 2), (1, 1, 1), (12, 1152, 384), (9, 384, 1536)])
  func int8ProductIsExactOnRepresentableValues(shape: (m: Int, n: Int, k: Int)) throws {
    let (m, n, k) = shape
    guard mesh_kernels_supports_vnni() != 0 else {
      print("int8 product test skipped: this CPU lacks AVX512_VNNI")
      #expect(mesh_gemm_int8(1, 1, 1, [1], 1, nil, nil, nil, 1, 0, nil) == -1)
      return
    }
    try Self.checkExact(m: m, n: n, k: k, seed: UInt64(m * 1000 + n + k))
  }

  /// Every row count from 1 to 40 (row blocks of 1 to 12 rows, split near-equally) on an odd shape.
  @Test func int8ProductIsExactForEveryRowCountToForty() throws {
    guard mesh_kernels_supports_vnni() != 0 else { return }
    for m in 1...40 { try Self.checkExact(m: m, n: 37, k: 19, seed: UInt64(m)) }
  }

  static func checkExact(m: Int, n: Int, k: Int, seed: UInt64) throws {
    let (a, w, bias) = exactCase(m: m, n: n, k: k, seed: seed)
    for (withBias, gelu) in [(true, false), (false, false), (true, true)] {
      let c = try product(m: m, n: n, k: k, a: a, w: w, bias: withBias ? bias : nil, gelu: gelu)
      var worst = 0.0
      for i in 0..<m {
        for j in 0..<n {
          var sum = withBias ? Double(bias[j]) : 0
          for q in 0..<k { sum += Double(a[i * k + q]) * Double(w[q * n + j]) }
          let e = gelu ? KernelTests.gelu(sum) : sum
          worst = max(worst, abs(Double(c[i * n + j]) - e) / max(1, abs(e)))
        }
      }
      #expect(worst < 2e-6, "\(m)×\(n)×\(k), bias \(withBias), gelu \(gelu): relative error \(worst)")
    }
  }

  /// Random weights and activations on the encoder's shapes and odd ones: every element within the bound
  /// the two quantizations allow (half a weight step on each term, a whole activation step, since the
  /// rounded zero point can push a row's top value one step), and the whole product within 1.5% of
  /// double arithmetic (about 0.5% is what 8 bits give on uniform values; a broken product is near 100%).
  @Test(arguments: [(9, 1152, 384), (30, 1536, 384), (8, 384, 1536), (5, 384, 384), (3, 45, 71), (33, 77, 513),
                    (1, 2, 3)])
  func int8ProductIsWithinTheQuantizationBound(shape: (m: Int, n: Int, k: Int)) throws {
    let (m, n, k) = shape
    guard mesh_kernels_supports_vnni() != 0 else { return }
    // Activations with an offset and spread per row, as LayerNorm and GELU outputs have.
    let a = KernelTests.values(m * k, seed: 21).enumerated().map { $1 * Float(1 + $0 / k % 3) + Float($0 / k % 2) * 0.3 }
    let w = KernelTests.values(k * n, seed: 22).map { $0 * 0.1 }, bias = KernelTests.values(n, seed: 23)
    let c = try Self.product(m: m, n: n, k: k, a: a, w: w, bias: bias, gelu: false)
    let columnSteps = (0..<n).map { j in (0..<k).reduce(Float(0)) { max($0, abs(w[$1 * n + j])) } / 127 }
    var errorSquares = 0.0, valueSquares = 0.0
    for i in 0..<m {
      let row = a[(i * k)..<(i * k + k)]
      let rowStep = Double(max(row.max() ?? 0, 0) - min(row.min() ?? 0, 0)) / 255
      for j in 0..<n {
        var sum = Double(bias[j]), bound = 0.0
        let step = Double(columnSteps[j])
        for q in 0..<k {
          let x = Double(a[i * k + q]), y = Double(w[q * n + j])
          sum += x * y
          bound += abs(x) * step / 2 + rowStep * (abs(y) + step / 2)
        }
        let error = abs(Double(c[i * n + j]) - sum)
        #expect(error <= bound * 1.001 + 1e-5, "\(m)×\(n)×\(k) [\(i), \(j)]: error \(error) over bound \(bound)")
        errorSquares += error * error
        valueSquares += sum * sum
      }
    }
    let relative = (errorSquares / max(valueSquares, 1e-30)).squareRoot()
    #expect(relative < 0.015, "\(m)×\(n)×\(k): relative error \(relative)")
  }

  /// A row of zeros and a column of zeros: scale 0, the product is the bias (no division by zero).
  @Test func zeroRowsAndColumnsGiveTheBias() throws {
    guard mesh_kernels_supports_vnni() != 0 else { return }
    let (m, n, k) = (3, 40, 21)
    var a = KernelTests.values(m * k, seed: 31), w = KernelTests.values(k * n, seed: 32)
    for q in 0..<k { a[k + q] = 0; w[q * n + 5] = 0 }
    let bias = KernelTests.values(n, seed: 33)
    let c = try Self.product(m: m, n: n, k: k, a: a, w: w, bias: bias, gelu: false)
    for j in 0..<n { #expect(c[n + j] == bias[j]) }
    for i in 0..<m { #expect(c[i * n + 5] == bias[5]) }
  }

  /// The CPUID gate: int8 runs only where AVX512_VNNI is there and the chosen code is AVX-512, and the
  /// product refuses (-1, `c` untouched) on a CPU without it.
  @Test func int8RunsOnlyWithVNNI() {
    let runs = mesh_kernels_int8() != 0
    #expect(runs == (mesh_kernels_supports_vnni() != 0 && mesh_kernels_isa() == MESH_ISA_AVX512))
    #expect((mesh_kernels_product_runs(MESH_PRODUCT_INT8) != 0) == runs)
    if mesh_kernels_supported() != MESH_ISA_AVX512 { #expect(mesh_kernels_supports_vnni() == 0) }
    if mesh_kernels_supports_vnni() == 0 {
      var c: [Float] = [7]
      #expect(mesh_gemm_int8(1, 1, 1, [1], 1, nil, nil, &c, 1, 0, nil) == -1)
      #expect(c == [7])
    }
    #expect(String(cString: mesh_product_name(MESH_PRODUCT_INT8)) == "int8")
    print("int8 products: AVX512_VNNI \(mesh_kernels_supports_vnni()), run here \(runs)")
  }

  /// int8 is never the measured default (its accuracy is below the others'): only MESH_KERNELS_PRODUCT=int8
  /// chooses it, and only where it runs.
  @Test func int8IsChosenOnlyWhenAskedFor() {
    let preferred = mesh_kernels_preferred_product()
    let asked = ProcessInfo.processInfo.environment["MESH_KERNELS_PRODUCT"] == "int8"
    #expect((preferred == MESH_PRODUCT_INT8) == (asked && mesh_kernels_int8() != 0))
  }
}
