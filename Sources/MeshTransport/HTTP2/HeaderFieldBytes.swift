/// Header fields kept as bytes (`RawHeaderFields`, `RequestHeaderFields`): what both offer on top of
/// walking their fields, written once.
public protocol HeaderFieldBytes {
  /// The number of fields.
  var count: Int { get }
  /// Calls `body` with each field's name and value, in order, while it returns true.
  func forEach(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) -> Bool)
}

extension HeaderFieldBytes {
  /// The fields as text, in order (tests, diagnostics: the relay itself never makes them).
  public var textFields: [(String, String)] {
    var result: [(String, String)] = []
    result.reserveCapacity(count)
    forEach { name, value in
      result.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
      return true
    }
    return result
  }
}
