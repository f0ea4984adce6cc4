public import MeshCore
public import MeshProtobuf

/// One REST binding of an RPC method, resolved against its message types: what a matched request is
/// transcoded with.
public struct RESTRoute: Sendable {
  /// The gRPC method.
  public let method: MethodDescriptor
  /// The method as the registry describes it (streaming, idempotency).
  public let info: ProtoMethodInfo
  /// The HTTP binding.
  public let rule: ProtoHTTPRule
  /// The request type.
  public let input: ProtobufDescriptor
  /// The response type.
  public let output: ProtobufDescriptor
  /// The request field the body fills (`body: "field"`), nil for `*` or no body.
  let bodyField: ProtobufFieldInfo?
  /// The response field that is the body (`response_body`), nil for the whole response.
  let responseField: ProtobufFieldInfo?
}

/// Why the REST routes could not be built from the annotations.
public struct RESTRouteError: Error, Sendable, CustomStringConvertible {
  /// The method path and binding that is wrong, and why.
  public let description: String
}

extension RESTRoute {
  /// Every REST route of a set of methods: the `google.api.http` bindings of unary and server-streaming
  /// methods (a client stream has no REST form).
  /// - Parameters:
  ///   - methods: the methods, such as `ProtoRegistry.methods.values` of MeshProtos.
  ///   - messages: message types by full name, such as `ProtoRegistry.messages`.
  ///   - overrides: bindings to use instead of the annotations, by method path (configuration and tests).
  /// - Returns: the route table.
  /// - Throws: `RESTRouteError` for a binding whose template, body or response field is invalid, or two
  ///   bindings that match the same requests.
  public static func table(
    methods: some Sequence<ProtoMethodInfo>, messages: [String: ProtobufDescriptor],
    overrides: [String: [ProtoHTTPRule]] = [:]
  ) throws(RESTRouteError) -> PathRouteTable<RESTRoute> {
    var routes: [PathRouteTable<RESTRoute>.Route] = []
    for info in methods.sorted(by: { $0.path < $1.path }) {
      let rules = overrides[info.path] ?? info.httpRules
      guard !rules.isEmpty, !info.clientStreaming else { continue }
      guard let descriptor = MethodDescriptor(path: info.path),
            let input = messages[info.inputType], let output = messages[info.outputType] else {
        throw RESTRouteError(description: "\(info.path): its message types are not known")
      }
      for rule in rules {
        let context = "\(info.path) (\(rule.method) \(rule.path))"
        let template: PathTemplate
        do {
          template = try PathTemplate(parsing: rule.path)
        } catch {
          throw RESTRouteError(description: "\(context): \(error)")
        }
        for variable in template.variables {
          guard RESTFieldPath.resolve(variable.fieldPath, in: input) != nil else {
            throw RESTRouteError(description: "\(context): \(input.fullName) has no field \(variable.fieldPath.joined(separator: "."))")
          }
        }
        let bodyField = try messageField(rule.body, in: input, allowRepeated: false, context: context)
        let responseField = try messageField(rule.responseBody, in: output, allowRepeated: true, context: context)
        let route = RESTRoute(method: descriptor, info: info, rule: rule, input: input, output: output,
                              bodyField: bodyField, responseField: responseField)
        routes.append(.init(method: rule.method, template: template, value: route))
      }
    }
    do {
      return try PathRouteTable(routes)
    } catch {
      throw RESTRouteError(description: error.description)
    }
  }

  /// The message field a `body` or `response_body` names; nil for empty or `*`.
  private static func messageField(_ name: String, in message: ProtobufDescriptor, allowRepeated: Bool,
                                   context: String) throws(RESTRouteError) -> ProtobufFieldInfo? {
    guard !name.isEmpty, name != "*" else { return nil }
    guard let field = message.field(named: name), case .message = field.kind, !field.isMap,
          allowRepeated || !field.isRepeated else {
      throw RESTRouteError(description: "\(context): \(name) is not a message field of \(message.fullName)")
    }
    return field
  }
}

/// Walks a dotted field path through message types.
enum RESTFieldPath {
  /// The fields along a path, or nil when a step is missing or goes through a repeated or non-message
  /// field.
  static func resolve(_ path: [String], in message: ProtobufDescriptor) -> [ProtobufFieldInfo]? {
    var current = message
    var fields: [ProtobufFieldInfo] = []
    for (index, name) in path.enumerated() {
      guard let field = current.field(named: name) else { return nil }
      fields.append(field)
      if index < path.count - 1 {
        guard case .message(let next) = field.kind, !field.isRepeated else { return nil }
        current = next
      }
    }
    return fields
  }
}
