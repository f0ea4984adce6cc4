public import MeshCore
public import MeshProtobuf
public import MeshProtos

/// Server reflection, `grpc.reflection.v1` and `grpc.reflection.v1alpha`, answered from the descriptor
/// sets compiled into `MeshProtos`, so that grpcurl, Postman and the like work against any mesh server.
public struct ReflectionService: RegistrableRPCService {
  private typealias Request = Grpc_Reflection_V1_ServerReflectionRequest
  private typealias Response = Grpc_Reflection_V1_ServerReflectionResponse

  private let index: DescriptorIndex
  private let serviceNames: [String]

  /// Creates the service.
  /// - Parameters:
  ///   - serviceNames: the services to list; by default every service whose proto is compiled in.
  ///   - files: the proto files to answer from.
  public init(serviceNames: [String]? = nil, files: [ProtoFileInfo] = ProtoRegistry.files) {
    index = DescriptorIndex(files: files)
    self.serviceNames = (serviceNames ?? index.serviceNames).sorted()
  }

  /// Registers ServerReflectionInfo under both versions' paths. v1alpha's messages are v1's, field for
  /// field, so one implementation over v1's types serves both.
  public func registerMethods(with router: inout RPCRouter) {
    for service in ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"] {
      let method = RPCMethod<Request, Response>(MethodDescriptor(service: service, method: "ServerReflectionInfo"),
                                                kind: .bidirectionalStreaming)
      router.registerBidirectionalStreaming(method) { requests, responses, _ in
        for try await request in requests { try await responses.write(answer(request)) }
      }
    }
  }

  private func answer(_ request: Request) -> Response {
    var response = Response()
    response.validHost = request.host
    response.originalRequest = request
    switch request.messageRequest {
    case .fileByFilename(let name):
      response.messageResponse = files(index.closure(ofFile: name), missing: "file '\(name)'")
    case .fileContainingSymbol(let symbol):
      response.messageResponse = files(index.file(containingSymbol: symbol).flatMap { index.closure(ofFile: $0) },
                                       missing: "symbol '\(symbol)'")
    case .fileContainingExtension(let request):
      response.messageResponse = error(.notFound, "No extension \(request.extensionNumber) of '\(request.containingType)': this mesh compiles no extensions.")
    case .allExtensionNumbersOfType(let type):
      if index.file(containingSymbol: type) != nil {
        var numbers = Grpc_Reflection_V1_ExtensionNumberResponse()
        numbers.baseTypeName = type
        response.messageResponse = .allExtensionNumbersResponse(numbers)
      } else {
        response.messageResponse = error(.notFound, "Unknown type '\(type)'.")
      }
    case .listServices:
      var list = Grpc_Reflection_V1_ListServiceResponse()
      list.service = serviceNames.map { name in
        var service = Grpc_Reflection_V1_ServiceResponse()
        service.name = name
        return service
      }
      response.messageResponse = .listServicesResponse(list)
    case nil:
      response.messageResponse = error(.invalidArgument, "The request names no question.")
    }
    return response
  }

  private func files(_ descriptors: [[UInt8]]?, missing: String) -> Response.OneOf_MessageResponse {
    guard let descriptors else { return error(.notFound, "Unknown \(missing).") }
    var files = Grpc_Reflection_V1_FileDescriptorResponse()
    files.fileDescriptorProto = descriptors
    return .fileDescriptorResponse(files)
  }

  private func error(_ code: Status.Code, _ message: String) -> Response.OneOf_MessageResponse {
    var error = Grpc_Reflection_V1_ErrorResponse()
    error.errorCode = Int32(code.rawValue)
    error.errorMessage = message
    return .errorResponse(error)
  }
}
