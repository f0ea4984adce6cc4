import MeshCore
import MeshProtobuf

/// A status's part of the access line, `,"grpc_status":N,"status":"NAME"`, written once per code: the
/// number, the name made as a `String` and quoted cost ~300 instructions a line.
enum StatusText {
  /// The texts of the codes gRPC defines, by raw value, each in memory of its own allocated once for the
  /// process and never freed (so a line may read it where it lies). Unsafe only to the checker: a raw
  /// buffer is not `Sendable`, but the memory behind it never changes once made.
  nonisolated(unsafe) private static let texts: [UnsafeRawBufferPointer] = (0...16).map { raw in
    let text = Array(",\"grpc_status\":\(raw),\"status\":\(JSONText.quoted(Status.Code(rawValue: raw).description))".utf8)
    let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: text.count, alignment: 1)
    memory.copyBytes(from: text)
    return UnsafeRawBufferPointer(memory)
  }

  /// The text of `code`; nil for a code past gRPC's (written field by field).
  static func of(_ code: Status.Code) -> UnsafeRawBufferPointer? {
    texts.indices.contains(code.rawValue) ? texts[code.rawValue] : nil
  }
}
