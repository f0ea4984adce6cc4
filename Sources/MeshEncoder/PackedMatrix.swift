import CMeshKernels

/// A dense layer's `[input, output]` weight matrix in the kernels' panel layout (32 output columns a
/// panel, input-major, 64-byte aligned; bfloat16 panels hold input pairs), prepared once at load time so
/// every product streams it as is.
final class PackedMatrix: @unchecked Sendable {
  /// Rows of the unpacked matrix: the layer's inputs.
  let inputs: Int
  /// Columns of the unpacked matrix: the layer's outputs.
  let outputs: Int
  /// How the panels store each weight.
  let precision: WeightPrecision
  /// The panels; written only by `init`, so sharing across threads is safe.
  let panels: UnsafeMutableRawPointer

  /// Packs `matrix` (`inputs × outputs`, row-major).
  /// - Throws: `EncoderError.outOfMemory` when the aligned buffer cannot be had.
  init(_ matrix: [Float], inputs: Int, outputs: Int, precision: WeightPrecision) throws {
    precondition(matrix.count == inputs * outputs, "matrix is not \(inputs) × \(outputs)")
    let count = precision == .bfloat16 ? mesh_packed_bf16_count(Int32(inputs), Int32(outputs))
      : mesh_packed_floats(Int32(inputs), Int32(outputs))
    self.inputs = inputs
    self.outputs = outputs
    self.precision = precision
    switch precision {
    case .float:
      guard let p = mesh_alloc_floats(count) else { throw EncoderError.outOfMemory(count * 4) }
      mesh_pack(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    case .half:
      guard let p = mesh_alloc_halves(count) else { throw EncoderError.outOfMemory(count * 2) }
      mesh_pack_half(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    case .bfloat16:
      guard let p = mesh_alloc_halves(count) else { throw EncoderError.outOfMemory(count * 2) }
      mesh_pack_bf16(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    }
  }

  deinit { mesh_free(panels) }

  /// Bytes held.
  var byteCount: Int {
    precision == .bfloat16 ? mesh_packed_bf16_count(Int32(inputs), Int32(outputs)) * 2
      : mesh_packed_floats(Int32(inputs), Int32(outputs)) * (precision == .half ? 2 : 4)
  }
}

/// How the encoder stores its dense layers' weights. Accumulation is float32 in every case.
public enum WeightPrecision: Sendable, Equatable {
  /// float32: the reference.
  case float
  /// IEEE half precision: half the bytes each product streams (a product of a few rows waits on
  /// memory, not on arithmetic), converted to float in registers; the embeddings stay within cosine
  /// 0.9999 of the float32 reference (the reference test checks both).
  case half
  /// bfloat16 weights, and activations rounded to bfloat16 as each product reads them (AVX512_BF16's
  /// `vdpbf16ps`: two multiply-adds per lane and instruction, twice a float FMA's): about twice as fast
  /// as `half`, and still within cosine 0.9999 of the float32 reference (the reference test checks every
  /// precision). Only where the CPU has AVX512_BF16; asked for elsewhere, the encoder uses `automatic`.
  case bfloat16

  /// bfloat16 where the CPU has AVX512_BF16 and its products were faster than half ones when timed once
  /// (they were on an AMD EPYC, not on a Sapphire Rapids guest), else half where the kernels convert it in
  /// hardware (AVX-512, AVX2 with F16C), else float.
  public static var automatic: WeightPrecision {
    mesh_kernels_bf16_preferred() != 0 ? .bfloat16 : mesh_kernels_fast_half() != 0 ? .half : .float
  }

  /// This precision if this CPU runs it, else `automatic`.
  var supported: WeightPrecision { self == .bfloat16 && mesh_kernels_bf16() == 0 ? .automatic : self }
}
