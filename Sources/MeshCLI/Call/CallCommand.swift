import ArgumentParser
import Foundation
import MeshCore
import MeshInterop
import MeshProtobuf
import MeshTransport

/// `mesh call TARGET [list [SERVICE] | describe SYMBOL | SERVICE/METHOD] [-d JSON]`: grpcurl's job, through
/// server reflection: it lists services and methods, describes symbols in `.proto` syntax, and calls any
/// method with proto3 JSON in and out (one JSON object per line; several objects in for client
/// streaming), with metadata (`-H`), TLS or plaintext, mutual TLS and a deadline. Works against any
/// server with reflection on (ours, grpcio's).
struct CallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "call",
    abstract: "Call a gRPC server through its reflection service, like grpcurl (list, describe, JSON in and out).",
    discussion: """
      Examples:
        mesh call --plaintext 127.0.0.1:50051 list
        mesh call --plaintext 127.0.0.1:50051 list grpc.testing.TestService
        mesh call --plaintext 127.0.0.1:50051 describe grpc.testing.SimpleRequest
        mesh call --plaintext 127.0.0.1:50051 grpc.testing.TestService/UnaryCall -d '{"responseSize": 3}'
        mesh call --plaintext 127.0.0.1:50051 grpc.testing.TestService/StreamingInputCall -d @requests.json
        mesh call --plaintext -v -H 'x-user: 7' 127.0.0.1:50051 grpc.testing.TestService/EmptyCall
      Exit status: 0 success, 1 an RPC error or a failure (printed as ERROR: CODE: message), 64 usage error.
      """)

  @Argument(help: ArgumentHelp("The server.", valueName: "host:port"))
  var target: String

  @Argument(help: ArgumentHelp("list, describe, or the method to call (package.Service/Method).", valueName: "method"))
  var method: String?

  @Argument(help: ArgumentHelp("The service for list, the symbol for describe.", valueName: "symbol"))
  var symbol: String?

  @Option(name: [.customShort("d"), .customLong("data")],
          help: ArgumentHelp("The request as JSON; @FILE reads a file, - standard input; several objects for client streaming.", valueName: "json"))
  var data: String?

  @Option(name: [.customShort("H"), .customLong("header")], help: ArgumentHelp("Request metadata, as 'name: value' (repeatable).", valueName: "header"))
  var headers: [String] = []

  @Flag(help: "Use h2c (HTTP/2 without TLS) instead of TLS.")
  var plaintext = false

  @Option(help: ArgumentHelp("The CA certificates (PEM) that verify the server (default: the system's).", valueName: "file"))
  var cacert: String?

  @Option(help: ArgumentHelp("A client certificate (PEM) for mutual TLS.", valueName: "file"))
  var cert: String?

  @Option(help: ArgumentHelp("The client certificate's private key (PEM).", valueName: "file"))
  var key: String?

  @Option(help: ArgumentHelp("The name to verify the server's certificate against (default: the host).", valueName: "name"))
  var serverName: String?

  @Option(help: ArgumentHelp("The deadline of each call, in seconds.", valueName: "seconds"))
  var deadline: Double?

  @Flag(name: .shortAndLong, help: "Print the response headers and trailers (on standard error; the messages stay alone on standard output).")
  var verbose = false

  func validate() throws {
    if plaintext && (cacert != nil || cert != nil || key != nil || serverName != nil) {
      throw ValidationError("--plaintext cannot be combined with --cacert, --cert, --key or --server-name")
    }
    if (cert == nil) != (key == nil) { throw ValidationError("--cert and --key go together") }
    if let deadline, !(deadline > 0 && deadline <= 86_400) { throw ValidationError("--deadline takes 0...86400 seconds, not \(deadline)") }
    for header in headers where !header.contains(":") { throw ValidationError("-H takes 'name: value', not '\(header)'") }
    switch method {
    case "describe"?: if symbol == nil { throw ValidationError("describe needs a symbol") }
    case nil, "list"?: break
    default: if symbol != nil { throw ValidationError("unexpected argument '\(symbol ?? "")' after the method") }
    }
  }

  func run() async throws {
    let (host, port) = try Self.split(target)
    var channelConfiguration = GRPCChannel.Configuration()
    if !plaintext {
      channelConfiguration.tls = .client(trustRoots: cacert.map { .certificates(.file(path: $0)) } ?? .systemDefault,
                                         serverHostnameOverride: serverName, certificateChain: cert.map { .file(path: $0) },
                                         privateKey: key.map { .file(path: $0) })
    }
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdownAndWait() }
    let channel = try GRPCChannel(host: host, port: port, configuration: channelConfiguration, group: group)
    defer { channel.close() }
    let client = GRPCClient(transport: channel)
    let metadata = try requestMetadata()
    let options = CallOptions(timeout: deadline.map { .milliseconds(Int64($0 * 1000)) })
    let reflection = ReflectionClient(client: client, metadata: metadata, options: options)
    do {
      switch method {
      case nil, "list"?:
        if let symbol {
          let pool = try await reflection.pool(containing: symbol)
          guard let service = pool.services.first(where: { $0.fullName == symbol }) else {
            throw ReflectionError(description: "\(symbol) is not a service")
          }
          for method in service.methods { Console.out("\(service.fullName).\(method.name)") }
        } else {
          for service in try await reflection.listServices() { Console.out(service) }
        }
      case "describe"?:
        let symbol = symbol ?? ""
        let pool: DynamicDescriptorPool
        do {
          pool = try await reflection.pool(containing: Self.normalised(symbol))
        } catch let error as ReflectionError {
          // Some servers (grpcio) resolve only top-level symbols: a method or a nested type is found in
          // the file of its service or outer message.
          guard let dot = Self.normalised(symbol).lastIndex(of: ".") else { throw error }
          pool = try await reflection.pool(containing: String(Self.normalised(symbol)[..<dot]))
        }
        guard let text = SymbolDescription.describe(Self.normalised(symbol), in: Array(pool.files.values)) else {
          throw ReflectionError(description: "\(symbol): not found")
        }
        Console.out(text)
      case let name?:
        try await invoke(name, client: client, reflection: reflection, metadata: metadata, options: options)
      }
    } catch let error as RPCError {
      Console.error("ERROR: \(error.code): \(error.message)")
      throw ExitCode.failure
    } catch let error as ReflectionError {
      Console.error("ERROR: \(error.description)")
      throw ExitCode.failure
    } catch let error as DynamicDescriptorError {
      Console.error("ERROR: \(error.description)")
      throw ExitCode.failure
    } catch let error as JSONStreamError {
      Console.error("ERROR: the request data: \(error.description)")
      throw ExitCode.failure
    }
  }

  /// Calls `name` (`pkg.Service/Method` or `pkg.Service.Method`) with the request data.
  private func invoke(_ name: String, client: GRPCClient, reflection: ReflectionClient, metadata: Metadata, options: CallOptions) async throws {
    let normal = Self.normalised(name)
    guard let dot = normal.lastIndex(of: ".") else { throw ReflectionError(description: "\(name): expected package.Service/Method") }
    let serviceName = String(normal[..<dot])
    let methodName = String(normal[normal.index(after: dot)...])
    let pool = try await reflection.pool(containing: serviceName)
    guard let service = pool.services.first(where: { $0.fullName == serviceName }) else {
      throw ReflectionError(description: "\(serviceName) is not a service")
    }
    guard let method = service.methods.first(where: { $0.name == methodName }) else {
      throw ReflectionError(description: "\(serviceName) has no method \(methodName) (it has \(service.methods.map(\.name).joined(separator: ", ")))")
    }
    guard let input = pool.message(method.inputType), let output = pool.message(method.outputType) else {
      throw ReflectionError(description: "the types of \(name) are missing from the server's descriptors")
    }
    var texts = try JSONStream.split(try requestText())
    if texts.isEmpty && !method.clientStreaming { texts = ["{}"] }
    if texts.count > 1 && !method.clientStreaming {
      throw JSONStreamError(description: "\(name) takes one request message, not \(texts.count)")
    }
    let requests = try texts.map { RawMessage(bytes: try ProtobufJSON.wireBytes(fromJSON: $0, descriptor: input)) }
    let rpc = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: serviceName, method: methodName),
                                               kind: method.clientStreaming ? (method.serverStreaming ? .bidirectionalStreaming : .clientStreaming)
                                                 : (method.serverStreaming ? .serverStreaming : .unary))
    // The descriptors live in the pool: it must outlive every conversion below.
    defer { withExtendedLifetime(pool) {} }
    let print: @Sendable (RawMessage) throws -> Void = { Console.out(try ProtobufJSON.json(fromWireBytes: $0.bytes, descriptor: output)) }
    switch (method.clientStreaming, method.serverStreaming) {
    case (false, false):
      let response = try await client.unary(rpc, request: requests[0], metadata: metadata, options: options)
      showMetadata(response.initialMetadata, response.trailingMetadata)
      try print(response.message)
    case (false, true):
      try await client.serverStreaming(rpc, request: requests[0], metadata: metadata, options: options) { responses in
        for try await response in responses { try print(response) }
        showMetadata(try await responses.initialMetadata(), await responses.trailingMetadata())
      }
    case (true, false):
      let response = try await client.clientStreaming(rpc, metadata: metadata, options: options) { writer in
        for request in requests { try await writer.write(request) }
      }
      showMetadata(response.initialMetadata, response.trailingMetadata)
      try print(response.message)
    case (true, true):
      try await client.bidirectionalStreaming(rpc, metadata: metadata, options: options) { writer, responses in
        for request in requests { try await writer.write(request) }
        try await writer.finish()
        for try await response in responses { try print(response) }
        showMetadata(try await responses.initialMetadata(), await responses.trailingMetadata())
      }
    }
  }

  /// With `-v`, the response headers and trailers as grpcurl prints them (`-bin` values in base64).
  private func showMetadata(_ headers: Metadata, _ trailers: Metadata) {
    guard verbose else { return }
    for (title, metadata) in [("Response headers received:", headers), ("Response trailers received:", trailers)] {
      Console.error(title)
      for entry in metadata {
        let value = entry.value.stringValue ?? entry.value.binaryValue.map { Data($0).base64EncodedString() } ?? ""
        Console.error("\(entry.key): \(value)")
      }
    }
  }

  /// The request data: inline, `@file`, or `-` for standard input.
  private func requestText() throws -> String {
    guard let data else { return "" }
    if data == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
    if data.hasPrefix("@") {
      let path = String(data.dropFirst())
      guard let contents = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
      return String(decoding: contents, as: UTF8.self)
    }
    return data
  }

  /// The `-H` headers as metadata (`-bin` keys take base64).
  private func requestMetadata() throws -> Metadata {
    var metadata = Metadata()
    for header in headers {
      guard let colon = header.firstIndex(of: ":") else { continue }
      let name = header[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name.hasSuffix("-bin") {
        guard let bytes = Data(base64Encoded: value) else { throw ValidationError("-H \(name): a -bin header takes base64") }
        metadata.addBinary(Array(bytes), forKey: name)
      } else {
        metadata.addString(value, forKey: name)
      }
    }
    return metadata
  }

  /// `pkg.Service/Method` → `pkg.Service.Method`; a leading dot dropped.
  static func normalised(_ symbol: String) -> String {
    String(symbol.drop { $0 == "." }).replacingOccurrences(of: "/", with: ".")
  }

  static func split(_ target: String) throws -> (String, Int) {
    guard let colon = target.lastIndex(of: ":"), let port = Int(target[target.index(after: colon)...]), (1...65535).contains(port) else {
      throw ValidationError("the target is host:port, not \(target)")
    }
    var host = String(target[..<colon])
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return (host, port)
  }
}
