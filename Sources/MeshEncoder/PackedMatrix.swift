import CMeshKernels

/// A dense layer's `[input, output]` weight matrix in the kernels' panel layout (32 output columns a
/// panel, input-major, 64-byte aligned; bfloat16 and AMX panels hold input pairs), prepared once at load time so
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
    let count = Self.count(inputs: inputs, outputs: outputs, precision: precision)
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
    case .bfloat16, .amx:
      guard let p = mesh_alloc_halves(count) else { throw EncoderError.outOfMemory(count * 2) }
      mesh_pack_bf16(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    case .int8:
      // Bytes, allocated as whole floats for the 64-byte aligned allocator.
      guard let p = mesh_alloc_floats((count + 3) / 4) else { throw EncoderError.outOfMemory(count) }
      mesh_pack_int8(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    }
  }

  /// Values (bytes for int8) the panels of an `inputs × outputs` matrix take in `precision`.
  private static func count(inputs: Int, outputs: Int, precision: WeightPrecision) -> Int {
    switch precision {
    case .bfloat16, .amx: mesh_packed_bf16_count(Int32(inputs), Int32(outputs))
    case .int8: mesh_packed_int8_bytes(Int32(inputs), Int32(outputs))
    case .float, .half: mesh_packed_floats(Int32(inputs), Int32(outputs))
    }
  }

  deinit { mesh_free(panels) }

  /// Bytes held.
  var byteCount: Int {
    let count = Self.count(inputs: inputs, outputs: outputs, precision: precision)
    switch precision {
    case .int8: return count
    case .half, .bfloat16, .amx: return count * 2
    case .float: return count * 4
    }
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
  /// `vdpbf16ps`: two multiply-adds per lane and instruction, twice a float FMA's): faster than `half` on
  /// an AMD EPYC (Zen 5), slower on a Sapphire Rapids guest, and still within cosine 0.9999 of the float32 reference (the reference test checks every
  /// precision). Only where the CPU has AVX512_BF16; asked for elsewhere, the encoder uses `automatic`.
  case bfloat16

  /// bfloat16 weights multiplied on AMX tiles (`gemm_amx.c`: Sapphire Rapids and later): the same packed
  /// weights and rounded activations as `bfloat16`, 16 × 16 × 32 multiply-adds an instruction. Only where
  /// AMX-BF16 is usable (Linux grants the tile state); asked for elsewhere, the encoder uses `automatic`.
  case amx

  /// int8 weights (symmetric, one scale per output column) and int8 activations (each product's rows
  /// quantized with their own scale and zero point) on AVX512-VNNI's `vpdpbusd`, int32 sums scaled back to
  /// float (`gemm_int8.c`): a quarter of float weights' bytes to stream, four multiply-adds per lane and
  /// instruction. Not held to the 0.9999 cosine of the others (mesh/docs/ENCODER.md has its figures), so
  /// never the automatic choice: `MESH_KERNELS_PRODUCT=int8` or this case asks for it. Only where the CPU
  /// has AVX512_VNNI; asked for elsewhere, the encoder uses `automatic`.
  case int8

  /// The fastest of half, bfloat16 and AMX products that run on this CPU, timed once on one product
  /// (`mesh_kernels_preferred_product`; `MESH_KERNELS_PRODUCT=float|half|bf16|amx` forces one where it
  /// runs), else half where the kernels convert it in hardware (AVX-512, AVX2 with F16C), else float.
  public static var automatic: WeightPrecision {
    switch mesh_kernels_preferred_product() {
    case MESH_PRODUCT_AMX: .amx
    case MESH_PRODUCT_INT8: .int8
    case MESH_PRODUCT_BF16: .bfloat16
    case MESH_PRODUCT_HALF: .half
    default: .float
    }
  }

  /// Whether this CPU runs this precision's products (float always).
  public var runsHere: Bool {
    switch self {
    case .float: true
    case .half: mesh_kernels_product_runs(MESH_PRODUCT_HALF) != 0
    case .bfloat16: mesh_kernels_product_runs(MESH_PRODUCT_BF16) != 0
    case .amx: mesh_kernels_product_runs(MESH_PRODUCT_AMX) != 0
    case .int8: mesh_kernels_product_runs(MESH_PRODUCT_INT8) != 0
    }
  }

  /// This precision if this CPU runs it, else `automatic` (half on a CPU without fast half stays half:
  /// it is correct everywhere, only slower).
  var supported: WeightPrecision { (self == .bfloat16 || self == .amx || self == .int8) && !runsHere ? .automatic : self }

  /// Whether the weights are packed as bfloat16 k-pairs (`mesh_pack_bf16`).
  var packsPairs: Bool { self == .bfloat16 || self == .amx }
}
