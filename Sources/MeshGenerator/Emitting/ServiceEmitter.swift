/// Writes a service: its typed methods, the protocol a server implements, and a typed client.
struct ServiceEmitter {
  let file: ProtoFile
  let table: TypeTable

  private struct MethodPlan {
    var method: ProtoMethod
    var swiftName: String
    var input: String
    var output: String
  }

  /// Declares the service enum and the router registration of its protocol.
  func emit(_ service: ProtoService, into writer: inout CodeWriter) throws {
    let swiftService = SwiftNaming.typePrefix(package: file.package) + service.name
    var plans: [MethodPlan] = []
    var seen: [String: String] = [:]
    for method in service.methods {
      let element = "method \(service.fullName).\(method.name)"
      let swiftName = SwiftNaming.methodName(method.name)
      if let other = seen[swiftName] {
        throw GeneratorError(file: file.name, element: element, line: method.source.line,
                             reason: "its Swift name \(swiftName) is also the name of \(other); rename one of them")
      }
      if ["client", "registerMethods"].contains(swiftName) {
        throw GeneratorError(file: file.name, element: element, line: method.source.line,
                             reason: "its Swift name \(swiftName) is reserved by the generated code; rename it")
      }
      seen[swiftName] = method.name
      let input = try table.entry(method.inputType, file: file.name, element: element, line: method.source.line)
      let output = try table.entry(method.outputType, file: file.name, element: element, line: method.source.line)
      guard input.message != nil, output.message != nil else {
        throw GeneratorError(file: file.name, element: element, line: method.source.line,
                             reason: "request and response must be messages")
      }
      plans.append(MethodPlan(method: method, swiftName: swiftName, input: input.swiftName, output: output.swiftName))
    }

    writer.doc(service.source.comments, fallback: "The service `\(service.fullName)`.")
    writer.block("public enum \(swiftService) {") { body in
      body.line("/// The methods of `\(service.fullName)`, typed.")
      body.block("public enum Method {") { methods in
        for plan in plans {
          methods.doc(plan.method.source.comments, fallback: "`\(plan.method.name)`.")
          methods.line("public static let \(SwiftNaming.escaped(plan.swiftName)) = RPCMethod<\(plan.input), \(plan.output)>(")
          methods.line("  MethodDescriptor(service: \"\(service.fullName)\", method: \"\(plan.method.name)\"), kind: .\(kind(plan.method)))")
        }
      }
      body.line()
      body.line("/// What a server of `\(service.fullName)` implements; register it in an `RPCRouter`.")
      body.block("public protocol ServiceProtocol: RegistrableRPCService {") { proto in
        for plan in plans {
          proto.doc(plan.method.source.comments, fallback: "Handles `\(plan.method.name)`.")
          proto.line("func \(SwiftNaming.escaped(plan.swiftName))(\(handlerParameters(plan))) async throws\(handlerResult(plan))")
        }
      }
      body.line()
      body.line("/// A typed client of `\(service.fullName)`.")
      body.block("public struct Client: Sendable {") { client in
        client.line("/// The client calls go through.")
        client.line("public let client: GRPCClient")
        client.line()
        client.line("/// Wraps a client.")
        client.line("/// - Parameter client: the client calls go through.")
        client.line("public init(wrapping client: GRPCClient) { self.client = client }")
        for plan in plans {
          client.line()
          emitClientMethod(plan, into: &client)
        }
      }
    }
    writer.line()
    writer.block("extension \(swiftService).ServiceProtocol {") { body in
      body.line("/// Registers every method of `\(service.fullName)` in the router.")
      body.line("/// - Parameter router: the router.")
      body.block("public func registerMethods(with router: inout RPCRouter) {") { register in
        for plan in plans {
          let method = "\(swiftService).Method.\(plan.swiftName)"
          let name = SwiftNaming.escaped(plan.swiftName)
          switch (plan.method.clientStreaming, plan.method.serverStreaming) {
          case (false, false):
            register.line("router.registerUnary(\(method)) { request, context in")
            register.line("  try await self.\(name)(request: request, context: context)")
          case (true, false):
            register.line("router.registerClientStreaming(\(method)) { request, context in")
            register.line("  try await self.\(name)(request: request, context: context)")
          case (false, true):
            register.line("router.registerServerStreaming(\(method)) { request, response, context in")
            register.line("  try await self.\(name)(request: request, response: response, context: context)")
          case (true, true):
            register.line("router.registerBidirectionalStreaming(\(method)) { request, response, context in")
            register.line("  try await self.\(name)(request: request, response: response, context: context)")
          }
          register.line("}")
        }
      }
    }
  }

  private func kind(_ method: ProtoMethod) -> String {
    switch (method.clientStreaming, method.serverStreaming) {
    case (false, false): return "unary"
    case (true, false): return "clientStreaming"
    case (false, true): return "serverStreaming"
    case (true, true): return "bidirectionalStreaming"
    }
  }

  private func handlerParameters(_ plan: MethodPlan) -> String {
    let request = plan.method.clientStreaming ? "RequestStream<\(plan.input)>" : plan.input
    let response = plan.method.serverStreaming ? "response: ResponseWriter<\(plan.output)>, " : ""
    return "request: \(request), \(response)context: ServerContext"
  }

  private func handlerResult(_ plan: MethodPlan) -> String {
    plan.method.serverStreaming ? "" : " -> \(plan.output)"
  }

  private func emitClientMethod(_ plan: MethodPlan, into client: inout CodeWriter) {
    let name = SwiftNaming.escaped(plan.swiftName)
    let method = "Method.\(plan.swiftName)"
    let common = "metadata: Metadata = [], options: CallOptions = .defaults"
    client.doc(plan.method.source.comments, fallback: "Calls `\(plan.method.name)`.")
    switch (plan.method.clientStreaming, plan.method.serverStreaming) {
    case (false, false):
      client.line("/// - Parameters:")
      client.line("///   - request: the request.")
      client.line("///   - metadata: the request metadata.")
      client.line("///   - options: deadline, compression and limits.")
      client.line("/// - Returns: the response.")
      client.block("public func \(name)(_ request: \(plan.input), \(common)) async throws -> \(plan.output) {") {
        $0.line("try await client.unary(\(method), request: request, metadata: metadata, options: options).message")
      }
    case (true, false):
      client.line("/// - Parameters:")
      client.line("///   - metadata: the request metadata.")
      client.line("///   - options: deadline, compression and limits.")
      client.line("///   - requestProducer: writes the requests; the request stream ends when it returns.")
      client.line("/// - Returns: the response.")
      client.line("public func \(name)(")
      client.line("  \(common),")
      client.line("  requestProducer: (RequestWriter<\(plan.input)>) async throws -> Void")
      client.block(") async throws -> \(plan.output) {") {
        $0.line("try await client.clientStreaming(")
        $0.line("  \(method), metadata: metadata, options: options, requestProducer: requestProducer"
                + ").message")
      }
    case (false, true):
      client.line("/// - Parameters:")
      client.line("///   - request: the request.")
      client.line("///   - metadata: the request metadata.")
      client.line("///   - options: deadline, compression and limits.")
      client.line("///   - onResponse: reads the responses; the call is cancelled if it returns early.")
      client.line("/// - Returns: what `onResponse` returns.")
      client.line("public func \(name)<R: Sendable>(")
      client.line("  _ request: \(plan.input), \(common),")
      client.line("  onResponse: (ResponseStream<\(plan.output)>) async throws -> R")
      client.block(") async throws -> R {") {
        $0.line("try await client.serverStreaming(")
        $0.line("  \(method), request: request, metadata: metadata, options: options, onResponse: onResponse)")
      }
    case (true, true):
      client.line("/// - Parameters:")
      client.line("///   - metadata: the request metadata.")
      client.line("///   - options: deadline, compression and limits.")
      client.line("///   - body: writes requests and reads responses; call `finish()` on the writer to end the requests.")
      client.line("/// - Returns: what `body` returns.")
      client.line("public func \(name)<R: Sendable>(")
      client.line("  \(common),")
      client.line("  body: (RequestWriter<\(plan.input)>, ResponseStream<\(plan.output)>) async throws -> R")
      client.block(") async throws -> R {") {
        $0.line("try await client.bidirectionalStreaming(\(method), metadata: metadata, options: options, body: body)")
      }
    }
  }
}
