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
        // The size first, then the requested status: the C++ peer's order.
        var response = Grpc_Testing_SimpleResponse()
        let size = Int(request.responseSize)
        if size != 0 {
            response.payload.body = try Self.body(size: size)
        }
        try Self.check(request.hasResponseStatus ? request.responseStatus : nil)
        return response
    }

    func streamingOutputCall(
        request: Grpc_Testing_StreamingOutputCallRequest,
        response: RPCWriter<Grpc_Testing_StreamingOutputCallResponse>,
        context: ServerContext
    ) async throws {
        var message = Grpc_Testing_StreamingOutputCallResponse()
        for parameters in request.responseParameters {
            try Self.resize(&message, to: Int(parameters.size))
            try await response.write(message)
        }
        try Self.check(request.hasResponseStatus ? request.responseStatus : nil)
    }

    func fullDuplexCall(
        request: RPCAsyncSequence<Grpc_Testing_StreamingOutputCallRequest, any Error>,
        response: RPCWriter<Grpc_Testing_StreamingOutputCallResponse>,
        context: ServerContext
    ) async throws {
        var message = Grpc_Testing_StreamingOutputCallResponse()
        for try await incoming in request {
            try Self.check(incoming.hasResponseStatus ? incoming.responseStatus : nil)
            for parameters in incoming.responseParameters {
                try Self.resize(&message, to: Int(parameters.size))
                try await response.write(message)
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

    /// Gives `message` a body of `size` zero bytes, reusing the one it has when the size is the same (the
    /// C++ peer reuses its response's buffer the same way): a stream of equal messages allocates once.
    private static func resize(_ message: inout Grpc_Testing_StreamingOutputCallResponse, to size: Int) throws {
        guard message.payload.body.count != size || !message.hasPayload else { return }
        message.payload.body = try body(size: size)
    }
}
