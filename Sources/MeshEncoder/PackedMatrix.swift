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
    let count = precision.packsPairs ? mesh_packed_bf16_count(Int32(inputs), Int32(outputs))
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
    case .bfloat16, .amx:
      guard let p = mesh_alloc_halves(count) else { throw EncoderError.outOfMemory(count * 2) }
      mesh_pack_bf16(matrix, Int32(inputs), Int32(outputs), Int32(outputs), p)
      panels = UnsafeMutableRawPointer(p)
    }
  }

  deinit { mesh_free(panels) }

  /// Bytes held.
  var byteCount: Int {
    precision.packsPairs ? mesh_packed_bf16_count(Int32(inputs), Int32(outputs)) * 2
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
  /// `vdpbf16ps`: two multiply-adds per lane and instruction, twice a float FMA's): faster than `half` on
  /// an AMD EPYC (Zen 5), slower on a Sapphire Rapids guest, and still within cosine 0.9999 of the float32 reference (the reference test checks every
  /// precision). Only where the CPU has AVX512_BF16; asked for elsewhere, the encoder uses `automatic`.
  case bfloat16

  /// bfloat16 weights multiplied on AMX tiles (`gemm_amx.c`: Sapphire Rapids and later): the same packed
  /// weights and rounded activations as `bfloat16`, 16 × 16 × 32 multiply-adds an instruction. Only where
  /// AMX-BF16 is usable (Linux grants the tile state); asked for elsewhere, the encoder uses `automatic`.
  case amx

  /// The fastest of half, bfloat16 and AMX products that run on this CPU, timed once on one product
  /// (`mesh_kernels_preferred_product`; `MESH_KERNELS_PRODUCT=float|half|bf16|amx` forces one where it
  /// runs), else half where the kernels convert it in hardware (AVX-512, AVX2 with F16C), else float.
  public static var automatic: WeightPrecision {
    switch mesh_kernels_preferred_product() {
    case MESH_PRODUCT_AMX: .amx
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
    }
  }

  /// This precision if this CPU runs it, else `automatic` (half on a CPU without fast half stays half:
  /// it is correct everywhere, only slower).
  var supported: WeightPrecision { (self == .bfloat16 || self == .amx) && !runsHere ? .automatic : self }

  /// Whether the weights are packed as bfloat16 k-pairs (`mesh_pack_bf16`).
  var packsPairs: Bool { self == .bfloat16 || self == .amx }
}
