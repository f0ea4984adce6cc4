import CMeshKernels

/// The forward pass's arithmetic, in CMeshKernels: products against packed weights with the bias (and
/// GELU) fused, attention of one sentence, residual + LayerNorm. The C code is chosen at run time for
/// the CPU (AVX-512, AVX2 + FMA, or portable C); `Kernels.instructionSet` says which.
enum Kernels {
  /// The code the kernels run ("avx512", "avx2" or "portable"; `MESH_KERNELS_ISA` may cap it).
  static var instructionSet: String { String(cString: mesh_kernels_isa_name()) }

  /// `c[rows × w.outputs] = a[rows × w.inputs] · w + bias`, then GELU when `gelu`. `scratch` holds the
  /// activations rounded to bfloat16 for bfloat16 and AMX weights, or quantized to bytes for int8
  /// (`scratchHalves(rows:inputs:precision:)` values).
  @inline(__always)
  static func dense(rows: Int, _ a: UnsafePointer<Float>, _ w: PackedMatrix, bias: [Float], gelu: Bool = false,
                    into c: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<UInt16>) {
    switch w.precision {
    case .amx:
      // PackedMatrix is AMX only where the CPU runs it (WeightPrecision.supported), so this returns 0.
      _ = mesh_gemm_amx(Int32(rows), Int32(w.outputs), Int32(w.inputs), a, Int32(w.inputs),
                        w.panels.assumingMemoryBound(to: UInt16.self), bias, c, Int32(w.outputs), gelu ? 1 : 0, scratch)
    case .bfloat16:
      // As for AMX: bfloat16 only where the CPU has AVX512_BF16.
      _ = mesh_gemm_bf16(Int32(rows), Int32(w.outputs), Int32(w.inputs), a, Int32(w.inputs),
                         w.panels.assumingMemoryBound(to: UInt16.self), bias, c, Int32(w.outputs), gelu ? 1 : 0, scratch)
    case .int8:
      // As for AMX: int8 only where the CPU has AVX512_VNNI.
      _ = mesh_gemm_int8(Int32(rows), Int32(w.outputs), Int32(w.inputs), a, Int32(w.inputs), w.panels, bias, c,
                         Int32(w.outputs), gelu ? 1 : 0, scratch)
    case .half, .float:
      mesh_gemm_packed(Int32(rows), Int32(w.outputs), Int32(w.inputs), a, Int32(w.inputs), w.panels,
                       w.precision == .half ? MESH_WEIGHTS_HALF : MESH_WEIGHTS_FLOAT, bias, c, Int32(w.outputs),
                       gelu ? 1 : 0)
    }
  }

  /// 16-bit values `dense` needs as scratch for `rows` rows of `inputs` activations (bfloat16 activations for
  /// bfloat16 and AMX weights, quantized bytes and their scales for int8, none for float or half).
  static func scratchHalves(rows: Int, inputs: Int, precision: WeightPrecision) -> Int {
    switch precision {
    case .amx: mesh_amx_scratch_count(Int32(rows), Int32(inputs))
    case .bfloat16: mesh_bf16_scratch_count(Int32(rows), Int32(inputs))
    case .int8: (mesh_int8_scratch_bytes(Int32(rows), Int32(inputs)) + 1) / 2
    case .half, .float: 0
    }
  }

  /// Self-attention of one sentence's `tokens` rows of fused query/key/value into `context` rows.
  @inline(__always)
  static func attention(_ qkv: UnsafePointer<Float>, tokens: Int, hidden: Int, heads: Int, scale: Float,
                        into context: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>) {
    mesh_attention(qkv, Int32(tokens), Int32(hidden), Int32(heads), scale, context, Int32(hidden), scratch)
  }

  /// `x = LayerNorm(x + delta)` over `rows` rows (no residual when `delta` is nil).
  @inline(__always)
  static func residualLayerNorm(_ x: UnsafeMutablePointer<Float>, delta: UnsafePointer<Float>?, rows: Int, width: Int,
                                scale: [Float], shift: [Float], epsilon: Float) {
    mesh_residual_layernorm(x, delta, Int32(rows), Int32(width), scale, shift, epsilon)
  }
}
