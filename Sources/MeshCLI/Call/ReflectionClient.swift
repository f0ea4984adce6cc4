import MeshCore
import MeshProtobuf
import MeshProtos

/// The client side of gRPC server reflection (`grpc.reflection.v1.ServerReflection`, and `v1alpha` for
/// servers that have only that, such as grpcio-reflection's default): the services a server has, and the
/// file descriptors of a symbol with everything they import, fetched over one stream.
struct ReflectionClient {
  let client: GRPCClient
  let metadata: Metadata
  let options: CallOptions

  typealias Request = Grpc_Reflection_V1_ServerReflectionRequest
  typealias Response = Grpc_Reflection_V1_ServerReflectionResponse

  /// The two versions' method; their messages are the same on the wire.
  static func method(_ version: String) -> RPCMethod<Request, Response> {
    RPCMethod(MethodDescriptor(service: "grpc.reflection.\(version).ServerReflection", method: "ServerReflectionInfo"),
              kind: .bidirectionalStreaming)
  }

  /// Runs `body` over a reflection stream: v1, or v1alpha when the server does not implement v1.
  func stream<R: Sendable>(_ body: (RequestWriter<Request>, ResponseStream<Response>) async throws -> R) async throws -> R {
    do {
      return try await client.bidirectionalStreaming(Self.method("v1"), metadata: metadata, options: options, body: body)
    } catch let error as RPCError where error.code == .unimplemented {
      return try await client.bidirectionalStreaming(Self.method("v1alpha"), metadata: metadata, options: options, body: body)
    }
  }

  /// The services the server lists.
  func listServices() async throws -> [String] {
    var request = Grpc_Reflection_V1_ServerReflectionRequest()
    request.listServices = ""
    let response = try await exchange([request]).first
    switch response?.messageResponse {
    case .listServicesResponse(let list)?: return list.service.map(\.name).sorted()
    case .errorResponse(let error)?: throw ReflectionError(description: "reflection: \(error.errorMessage) (code \(error.errorCode))")
    default: throw ReflectionError(description: "reflection: the server answered list_services with something else")
    }
  }

  /// The descriptors of the file defining `symbol` and of every file it imports, transitively.
  /// - Parameter symbol: a service, method, message or enum, fully qualified.
  func pool(containing symbol: String) async throws -> DynamicDescriptorPool {
    let files = try await stream { writer, responses in
      var iterator = responses.makeAsyncIterator()
      var files: [String: DynamicProtoFile] = [:]
      var request = Grpc_Reflection_V1_ServerReflectionRequest()
      request.fileContainingSymbol = symbol
      var pending: [Grpc_Reflection_V1_ServerReflectionRequest] = [request]
      while let next = pending.popLast() {
        try await writer.write(next)
        guard let response = try await iterator.next() else {
          throw ReflectionError(description: "reflection: the server closed the stream")
        }
        switch response.messageResponse {
        case .fileDescriptorResponse(let found)?:
          for bytes in found.fileDescriptorProto {
            let file = try DynamicProtoFile(serialized: bytes)
            files[file.name] = file
          }
        case .errorResponse(let error)?:
          if case .fileContainingSymbol? = next.messageRequest {
            throw ReflectionError(description: "\(symbol): not found by the server's reflection (\(error.errorMessage))")
          }
          throw ReflectionError(description: "reflection: \(error.errorMessage)")
        default:
          throw ReflectionError(description: "reflection: an unexpected answer")
        }
        // Ask for every import not received yet (servers may or may not send them with the file).
        let asked = Set(pending.map(\.fileByFilename))
        for file in files.values {
          for dependency in file.dependencies where files[dependency] == nil && !asked.contains(dependency) {
            var more = Grpc_Reflection_V1_ServerReflectionRequest()
            more.fileByFilename = dependency
            pending.append(more)
          }
        }
      }
      return Array(files.values)
    }
    return try DynamicDescriptorPool(files: files)
  }

  private func exchange(_ requests: [Grpc_Reflection_V1_ServerReflectionRequest]) async throws -> [Grpc_Reflection_V1_ServerReflectionResponse] {
    try await stream { writer, responses in
      var iterator = responses.makeAsyncIterator()
      var answers: [Grpc_Reflection_V1_ServerReflectionResponse] = []
      for request in requests {
        try await writer.write(request)
        guard let response = try await iterator.next() else { break }
        answers.append(response)
      }
      return answers
    }
  }
}

/// Reflection could not answer.
struct ReflectionError: Error, CustomStringConvertible {
  let description: String
}
