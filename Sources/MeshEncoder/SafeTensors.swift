public import Foundation

/// A safetensors file (8-byte little-endian header length, a JSON header naming each tensor's dtype,
/// shape and byte range, then the raw data), read once into memory and checked before any use.
public struct SafeTensors: Sendable {
  /// One tensor's entry in the header.
  public struct Entry: Sendable, Equatable {
    /// Element type as written in the header (`F32`, `F16`, `I64`, ...).
    public var dtype: String
    /// Dimensions, outermost first.
    public var shape: [Int]
    /// Byte range inside the data section.
    public var range: Range<Int>
  }

  /// The tensors by name.
  public let entries: [String: Entry]
  /// The header's `__metadata__` strings, if any.
  public let metadata: [String: String]
  let data: Data
  let dataStart: Int

  /// The largest header accepted (the format's own limit is 100 MB).
  static let maxHeaderBytes = 100_000_000

  /// Reads and validates the file at `path` (memory-mapped when the system allows).
  /// - Parameter path: the `.safetensors` file.
  /// - Throws: `SafeTensorsError` when the file is missing, truncated or its header is inconsistent.
  public init(contentsOf path: String) throws {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
      throw SafeTensorsError.unreadable(path)
    }
    try self.init(data: data)
  }

  /// Validates `data` as a safetensors file.
  /// - Parameter data: the whole file.
  /// - Throws: `SafeTensorsError` for a truncated file or an inconsistent header.
  public init(data: Data) throws {
    guard data.count >= 8 else { throw SafeTensorsError.truncated("shorter than its 8-byte header length") }
    var length: UInt64 = 0
    for i in (0..<8).reversed() { length = length << 8 | UInt64(data[data.startIndex + i]) }
    guard length <= UInt64(Self.maxHeaderBytes), Int(length) <= data.count - 8 else {
      throw SafeTensorsError.truncated("header length \(length) exceeds the file (\(data.count) bytes)")
    }
    let headerStart = data.startIndex + 8
    let header = data[headerStart..<(headerStart + Int(length))]
    guard let object = (try? JSONSerialization.jsonObject(with: header)) as? [String: Any] else {
      throw SafeTensorsError.badHeader("the header is not a JSON object")
    }
    let dataStart = headerStart + Int(length)
    let dataSize = data.endIndex - dataStart
    var entries: [String: Entry] = [:]
    var metadata: [String: String] = [:]
    for (name, value) in object {
      if name == "__metadata__" {
        guard let m = value as? [String: String] else { throw SafeTensorsError.badHeader("__metadata__ is not strings") }
        metadata = m
        continue
      }
      guard let fields = value as? [String: Any], let dtype = fields["dtype"] as? String,
            let shape = fields["shape"] as? [Int], let offsets = fields["data_offsets"] as? [Int],
            offsets.count == 2 else {
        throw SafeTensorsError.badHeader("tensor \(name) lacks dtype, shape or data_offsets")
      }
      let begin = offsets[0], end = offsets[1]
      guard begin >= 0, end >= begin, end <= dataSize else {
        throw SafeTensorsError.badHeader("tensor \(name) lies outside the data (\(begin)..<\(end) of \(dataSize))")
      }
      var count = 1
      for d in shape {
        guard d >= 0 else { throw SafeTensorsError.badHeader("tensor \(name) has a negative dimension") }
        let (product, overflow) = count.multipliedReportingOverflow(by: d)
        guard !overflow else { throw SafeTensorsError.badHeader("tensor \(name) is too large") }
        count = product
      }
      if let size = Self.elementSize(dtype) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, bytes == end - begin else {
          throw SafeTensorsError.badHeader("tensor \(name): shape \(shape) of \(dtype) is not \(end - begin) bytes")
        }
      }
      entries[name] = Entry(dtype: dtype, shape: shape, range: begin..<end)
    }
    self.entries = entries
    self.metadata = metadata
    self.data = data
    self.dataStart = dataStart
  }

  /// Bytes per element of the dtypes this reader knows.
  static func elementSize(_ dtype: String) -> Int? {
    switch dtype {
    case "F64", "I64", "U64": return 8
    case "F32", "I32", "U32": return 4
    case "F16", "BF16", "I16", "U16": return 2
    case "I8", "U8", "BOOL": return 1
    default: return nil
    }
  }

  /// The tensor `name` as 32-bit floats (F32 as is, F16 widened), checked against `shape` if given.
  /// - Parameters:
  ///   - name: the tensor's name in the header.
  ///   - shape: the expected shape, or `nil` to accept any.
  /// - Throws: `SafeTensorsError` when the tensor is absent, of another shape, or not F32/F16.
  public func floats(_ name: String, shape: [Int]? = nil) throws -> [Float] {
    guard let e = entries[name] else { throw SafeTensorsError.missingTensor(name) }
    if let shape, shape != e.shape { throw SafeTensorsError.wrongShape(name, expected: shape, found: e.shape) }
    let start = dataStart + e.range.lowerBound
    switch e.dtype {
    case "F32":
      let count = e.range.count / 4
      return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        data.withUnsafeBytes { raw in
          let bytes = UnsafeRawBufferPointer(rebasing: raw[(start - data.startIndex)..<(start - data.startIndex + count * 4)])
          if 1.littleEndian == 1, let source = bytes.baseAddress, let target = buffer.baseAddress {
            // The file's byte order is the host's: one copy (alignment does not matter to memcpy).
            UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: count * 4)
          } else {
            for i in 0..<count {
              buffer[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            }
          }
        }
        initialized = count
      }
    case "F16":
      let count = e.range.count / 2
      return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        data.withUnsafeBytes { raw in
          let bytes = UnsafeRawBufferPointer(rebasing: raw[(start - data.startIndex)..<(start - data.startIndex + count * 2)])
          for i in 0..<count {
            let bits = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
            buffer[i] = Self.halfToFloat(bits)
          }
        }
        initialized = count
      }
    default:
      throw SafeTensorsError.unsupportedDtype(name, e.dtype)
    }
  }

  /// IEEE 754 binary16 to binary32 (subnormals, infinities and NaN included), without relying on
  /// `Float16`, which is not available on every platform Swift builds for.
  static func halfToFloat(_ h: UInt16) -> Float {
    let sign = UInt32(h >> 15) << 31
    let exponent = Int((h >> 10) & 0x1F)
    let mantissa = UInt32(h & 0x3FF)
    if exponent == 0 {
      let magnitude = Float(mantissa) * 0x1p-24
      return sign != 0 ? -magnitude : magnitude
    }
    if exponent == 31 { return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13) }
    return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | mantissa << 13)
  }
}

/// Why a safetensors file could not be used.
public enum SafeTensorsError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(String)
  /// The file ends before what its header announces.
  case truncated(String)
  /// The header is not valid JSON of the expected shape.
  case badHeader(String)
  /// No tensor of that name.
  case missingTensor(String)
  /// The tensor's shape is not the expected one.
  case wrongShape(String, expected: [Int], found: [Int])
  /// The tensor's dtype cannot be read as floats.
  case unsupportedDtype(String, String)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .unreadable(let p): return "cannot read safetensors file \(p)"
    case .truncated(let why): return "truncated safetensors file: \(why)"
    case .badHeader(let why): return "bad safetensors header: \(why)"
    case .missingTensor(let n): return "safetensors file has no tensor \(n)"
    case .wrongShape(let n, let e, let f): return "tensor \(n) has shape \(f), expected \(e)"
    case .unsupportedDtype(let n, let d): return "tensor \(n) is \(d); only F32 and F16 are read"
    }
  }
}
