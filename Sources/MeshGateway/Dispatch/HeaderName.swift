import Glibc
import MeshLogging
import MeshTransport

/// A header name the relayed call's filters look up on every call, as static bytes: a field is compared by
/// its length first and only a field of the name's length by its bytes. `RequestHeaderFields`' lookups by a
/// `String` name read the name's span for every field (about 30 instructions a field, 10-15 fields a
/// request, several lookups a call), and `withFirstValue` is generic over its result.
struct HeaderName {
  private let name: StaticString

  /// A name, lower case (HTTP/2 requires lower-case names, and nghttp2 refuses others).
  init(_ name: StaticString) { self.name = name }

  /// `x-request-id` (`RequestIDFilter.header`).
  static let requestID = HeaderName("x-request-id")
  /// `traceparent` (`TraceParent.headerName`).
  static let traceParent = HeaderName("traceparent")
  /// `authorization`.
  static let authorization = HeaderName("authorization")
  /// `x-api-key`.
  static let apiKey = HeaderName("x-api-key")

  /// The name as text.
  var text: String { name.description }

  /// Calls `body` with the name's bytes.
  func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    body(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
  }

  /// Whether a field's name is this one.
  @inline(__always)
  func matches(_ field: UnsafeRawBufferPointer) -> Bool {
    let count = name.utf8CodeUnitCount
    guard field.count == count, let base = field.baseAddress else { return false }
    return memcmp(base, name.utf8Start, count) == 0
  }

  /// Calls `body` with the value of each field of this name, in order, while it returns true.
  /// - Parameter body: the bytes are valid only during the call.
  func forEachValue(in fields: RequestHeaderFields, _ body: (UnsafeRawBufferPointer) -> Bool) {
    // Compared inside the fields' own loop (`forEachValue(ofName:)`): through `forEach`, each field cost
    // two closure calls, five lookups a relayed call.
    withBytes { fields.forEachValue(ofName: $0, body) }
  }

  /// Calls `body` with the first value of the fields of this name, nil when there is none.
  /// - Parameter body: the bytes are valid only during the call.
  func withFirstValue(in fields: RequestHeaderFields, _ body: (UnsafeRawBufferPointer?) -> Void) {
    var found = false
    forEachValue(in: fields) { value in
      found = true
      body(value)
      return false
    }
    if !found { body(nil) }
  }

  /// Whether a field has this name.
  func isPresent(in fields: RequestHeaderFields) -> Bool {
    var found = false
    forEachValue(in: fields) { _ in
      found = true
      return false
    }
    return found
  }

  /// Removes every field of this name (`fields` not edited when it has none).
  func removeAll(from fields: inout RequestHeaderFields) {
    guard isPresent(in: fields) else { return }
    fields.removeAll { matches($0) }
  }

  /// Replaces every field of this name by one with `value`, at the end (`RequestHeaderFields.set(bytes:named:)`).
  /// - Parameter present: whether `fields` may hold one; false (the caller counted none) skips a pass over
  ///   them to find one (~200 instructions).
  func set(_ value: UnsafeRawBufferPointer, in fields: inout RequestHeaderFields, present: Bool = true) {
    if present { removeAll(from: &fields) }
    withBytes { fields.append(name: $0, value: value) }
  }
}
