import CMeshKernels

/// A dense layer's `[input, output]` weight matrix in the kernels' panel layout (32 output columns a
/// panel, input-major, 64-byte aligned), prepared once at load time so every product streams it as is.
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
    let count = mesh_packed_floats(Int32(inputs), Int32(outputs))
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
    }
  }

  deinit { mesh_free(panels) }

  /// Bytes held.
  var byteCount: Int { mesh_packed_floats(Int32(inputs), Int32(outputs)) * (precision == .half ? 2 : 4) }
}

/// How the encoder stores its dense layers' weights. Arithmetic is float32 either way.
public enum WeightPrecision: Sendable, Equatable {
  /// float32: the reference.
  case float
  /// IEEE half precision: half the bytes each product streams (a product of a few rows waits on
  /// memory, not on arithmetic), converted to float in registers; the embeddings stay within cosine
  /// 0.9999 of the float32 reference (the reference test checks both).
  case half

  /// Half where the kernels convert it in hardware (AVX-512, AVX2 with F16C), float otherwise.
  public static var automatic: WeightPrecision { mesh_kernels_fast_half() != 0 ? .half : .float }
}
