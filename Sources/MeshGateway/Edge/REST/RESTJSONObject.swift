import MeshProtobuf

/// A JSON object being assembled from path variables and query parameters, members in insertion
/// order; values are JSON text already (strings quoted, numbers and booleans bare).
struct RESTJSONObject {
  private enum Member {
    case value(String)
    case array([String])
    case object(RESTJSONObject)
  }

  private var keys: [String] = []
  private var members: [String: Member] = [:]

  /// The nested object under a key, created when absent; nil when the key holds a value.
  mutating func withObject<T>(_ key: String, _ body: (inout RESTJSONObject) throws -> T) rethrows -> T? {
    var object: RESTJSONObject
    switch members[key] {
    case nil:
      keys.append(key)
      object = RESTJSONObject()
    case .object(let existing): object = existing
    default: return nil
    }
    let result = try body(&object)
    members[key] = .object(object)
    return result
  }

  /// Sets a single value; false when the key is already set.
  mutating func set(_ key: String, _ json: String) -> Bool {
    guard members[key] == nil else { return false }
    keys.append(key)
    members[key] = .value(json)
    return true
  }

  /// Appends values to an array member; false when the key holds something else.
  mutating func append(_ key: String, _ json: [String]) -> Bool {
    switch members[key] {
    case nil:
      keys.append(key)
      members[key] = .array(json)
    case .array(let existing): members[key] = .array(existing + json)
    default: return false
    }
    return true
  }

  var isEmpty: Bool { keys.isEmpty }

  /// The object as JSON text.
  var text: String {
    var result = "{"
    for (index, key) in keys.enumerated() {
      if index > 0 { result += "," }
      result += JSONText.quoted(key) + ":"
      switch members[key] {
      case .value(let json): result += json
      case .array(let items): result += "[" + items.joined(separator: ",") + "]"
      case .object(let object): result += object.text
      case nil: result += "null"
      }
    }
    return result + "}"
  }
}
