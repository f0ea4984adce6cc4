import MeshCore
import MeshProtobuf

/// Builds a request message from a matched REST request (google.api.http's mapping): path variables,
/// then the body (`*`: the whole message; a field: that field), then, unless the body is `*`, query
/// parameters for the other fields (`a.b=1` for nested fields, repeated by repeating the name, enums by
/// name or number, proto3 JSON and proto names both). Pure.
///
/// Members and query parameters the request type does not have are skipped, as grpc-gateway does: a
/// client on a newer schema, a cache-busting or tracking parameter still gets through. A known field with
/// a wrong value is refused.
///
/// The parts become serialized protobuf and are concatenated, which protobuf defines as merging: the
/// path's values, last, win over the body's.
enum RESTRequestDecoder {
  private static let scalarWellKnownTypes: Set<String> = [
    "google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask",
    "google.protobuf.StringValue", "google.protobuf.BytesValue", "google.protobuf.Int32Value",
    "google.protobuf.Int64Value", "google.protobuf.UInt32Value", "google.protobuf.UInt64Value",
    "google.protobuf.FloatValue", "google.protobuf.DoubleValue",
  ]

  /// The serialized request.
  /// - Parameters:
  ///   - route: the matched route.
  ///   - bindings: the path variables' values.
  ///   - query: the raw query string (without `?`).
  ///   - body: the request body (JSON, may be empty).
  /// - Throws: `RPCError` (`.invalidArgument`) naming the parameter or member that is wrong.
  static func request(route: RESTRoute, bindings: [(fieldPath: [String], value: String)], query: String,
                      body: [UInt8]) throws -> [UInt8] {
    var parameters = RESTJSONObject()
    for binding in bindings {
      try assign(binding.fieldPath, [binding.value], in: &parameters, message: route.input,
                 origin: "path variable \(binding.fieldPath.joined(separator: "."))", fromPath: true)
    }
    var bodyBytes: [UInt8] = []
    let bodyText = try text(of: body)
    switch route.rule.body {
    case "":
      break
    case "*":
      bodyBytes = try ProtobufJSON.wireBytes(fromJSON: bodyText.isEmpty ? "{}" : bodyText, descriptor: route.input,
                                             ignoringUnknownFields: true)
    default:
      if let field = route.bodyField, case .message(let type) = field.kind, !bodyText.isEmpty {
        let fieldBytes = try ProtobufJSON.wireBytes(fromJSON: bodyText, descriptor: type, ignoringUnknownFields: true)
        bodyBytes = varint(UInt64(field.number) << 3 | 2) + varint(UInt64(fieldBytes.count)) + fieldBytes
      }
    }
    if route.rule.body != "*" {
      for (name, values) in try queryParameters(query) {
        let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard names(path, in: route.input) else { continue }
        try assign(path, values, in: &parameters, message: route.input, origin: "query parameter \(name)", fromPath: false)
      }
    }
    let parameterBytes = parameters.isEmpty ? []
      : try ProtobufJSON.wireBytes(fromJSON: parameters.text, descriptor: route.input)
    return bodyBytes + parameterBytes
  }

  /// Whether a dotted field path names fields of `message` all the way down (a path through a field that is
  /// not a message answers true: `assign` refuses it by name).
  private static func names(_ path: [String], in message: ProtobufDescriptor) -> Bool {
    guard let name = path.first, let field = message.field(named: name) else { return false }
    guard path.count > 1, case .message(let nested) = field.kind else { return true }
    return names(Array(path.dropFirst()), in: nested)
  }

  /// The query's parameters in order of first appearance, values of a repeated name together.
  static func queryParameters(_ query: String) throws -> [(String, [String])] {
    var order: [String] = []
    var values: [String: [String]] = [:]
    for pair in query.split(separator: "&") where !pair.isEmpty {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = PercentDecoding.decodeQueryComponent(parts[0]), !name.isEmpty,
            let value = PercentDecoding.decodeQueryComponent(parts.count > 1 ? parts[1] : "") else {
        throw RPCError(code: .invalidArgument, message: "A query parameter is not validly percent-encoded: \(pair)")
      }
      if values[name] == nil { order.append(name) }
      values[name, default: []].append(value)
    }
    return order.map { ($0, values[$0] ?? []) }
  }

  private static func text(of body: [UInt8]) throws -> String {
    guard let text = String(validating: body, as: UTF8.self) else {
      throw RPCError(code: .invalidArgument, message: "The request body is not UTF-8 text.")
    }
    return text.allSatisfy { $0.isWhitespace } ? "" : text
  }

  private static func assign(_ path: [String], _ values: [String], in object: inout RESTJSONObject,
                             message: ProtobufDescriptor, origin: String, fromPath: Bool) throws {
    func fail(_ reason: String) -> RPCError {
      RPCError(code: .invalidArgument, message: "Invalid \(origin): \(reason).")
    }
    guard let name = path.first, !name.isEmpty else { throw fail("an empty field name") }
    guard let field = message.field(named: name) else { throw fail("\(message.fullName) has no field \(name)") }
    if path.count > 1 {
      guard case .message(let nested) = field.kind, !field.isRepeated,
            !scalarWellKnownTypes.contains(nested.fullName), nested.fullName != "google.protobuf.BoolValue" else {
        throw fail("\(name) is not a message field")
      }
      let done = try object.withObject(field.jsonName) { inner in
        try assign(Array(path.dropFirst()), values, in: &inner, message: nested, origin: origin, fromPath: fromPath)
      }
      guard done != nil else { throw fail("\(name) is set twice") }
      return
    }
    guard !field.isMap else { throw fail("\(name) is a map, which only a JSON body can set") }
    let json = try values.map { value in
      guard let json = jsonValue(value, field.kind) else { throw fail("\"\(value)\" is not a valid value of \(name)") }
      return json
    }
    if field.isRepeated {
      guard object.append(field.jsonName, json) else { throw fail("\(name) is set twice") }
    } else {
      guard json.count == 1 else { throw fail("\(name) is not repeated but is given \(json.count) times") }
      guard object.set(field.jsonName, json[0]) else {
        throw fail(fromPath ? "\(name) is set twice" : "\(name) is already bound by the path")
      }
    }
  }

  /// A parameter's text as the JSON value of a field of the kind; nil when it cannot be one.
  private static func jsonValue(_ value: String, _ kind: ProtobufFieldInfo.Kind) -> String? {
    switch kind {
    case .bool:
      return ["true", "false"].contains(value) ? value : nil
    case .integer:
      let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
      return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        ? JSONText.quoted(value) : nil
    case .enumeration:
      if !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) { return Int32(value).map(String.init) }
      return JSONText.quoted(value)
    case .floatingPoint, .string, .bytes:
      return JSONText.quoted(value)
    case .message(let type):
      if type.fullName == "google.protobuf.BoolValue" { return jsonValue(value, .bool) }
      return scalarWellKnownTypes.contains(type.fullName) ? JSONText.quoted(value) : nil
    }
  }

  private static func varint(_ value: UInt64) -> [UInt8] {
    var value = value
    var bytes: [UInt8] = []
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    return bytes + [UInt8(value)]
  }
}
