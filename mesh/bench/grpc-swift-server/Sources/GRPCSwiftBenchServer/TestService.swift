import Foundation
import GRPCCore

/// grpc.testing.TestService for the benchmark: the same behaviour as the C++ peer (responses of the
/// requested sizes, the requested status), on grpc-swift-2's simplest service protocol.
struct TestService: Grpc_Testing_TestService.SimpleServiceProtocol {
    /// Sizes come from the peer: refuse what would make the server allocate without bound.
    static let maxPayload = 4 * 1024 * 1024

    func emptyCall(request: Grpc_Testing_Empty, context: ServerContext) async throws -> Grpc_Testing_Empty {
        Grpc_Testing_Empty()
    }

    func unaryCall(
        request: Grpc_Testing_SimpleRequest,
        context: ServerContext
    ) async throws -> Grpc_Testing_SimpleResponse {
        try Self.check(request.hasResponseStatus ? request.responseStatus : nil)
        var response = Grpc_Testing_SimpleResponse()
        let size = Int(request.responseSize)
        if size != 0 {
            response.payload.body = try Self.body(size: size)
        }
        return response
    }

    func streamingOutputCall(
        request: Grpc_Testing_StreamingOutputCallRequest,
        response: RPCWriter<Grpc_Testing_StreamingOutputCallResponse>,
        context: ServerContext
    ) async throws {
        for parameters in request.responseParameters {
            try await response.write(Self.message(size: Int(parameters.size)))
        }
        try Self.check(request.hasResponseStatus ? request.responseStatus : nil)
    }

    func fullDuplexCall(
        request: RPCAsyncSequence<Grpc_Testing_StreamingOutputCallRequest, any Error>,
        response: RPCWriter<Grpc_Testing_StreamingOutputCallResponse>,
        context: ServerContext
    ) async throws {
        for try await message in request {
            try Self.check(message.hasResponseStatus ? message.responseStatus : nil)
            for parameters in message.responseParameters {
                try await response.write(Self.message(size: Int(parameters.size)))
            }
        }
    }

    private static func check(_ status: Grpc_Testing_EchoStatus?) throws {
        guard let status, status.code != 0 else { return }
        let code = RPCError.Code(Status.Code(rawValue: Int(status.code)) ?? .unknown) ?? .unknown
        throw RPCError(code: code, message: status.message)
    }

    private static func body(size: Int) throws -> Data {
        guard (0...maxPayload).contains(size) else {
            throw RPCError(code: .invalidArgument, message: "response size out of range")
        }
        return Data(count: size)
    }

    private static func message(size: Int) throws -> Grpc_Testing_StreamingOutputCallResponse {
        var message = Grpc_Testing_StreamingOutputCallResponse()
        message.payload.body = try body(size: size)
        return message
    }
}
