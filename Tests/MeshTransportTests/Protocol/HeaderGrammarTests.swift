import MeshCore
import Testing
@testable import MeshTransport

@Suite struct MetadataValidationTests {
  @Test(arguments: ["a", "x-user-id", "trace_id", "v1.key", "0-9", "grpc-foo-bin"])
  func acceptsValidKeys(key: String) { #expect(MetadataValidation.isValidKey(key)) }

  @Test(arguments: ["", "X-User", "a b", "key:", "ключ", "a/b", ":path"])
  func rejectsInvalidKeys(key: String) { #expect(!MetadataValidation.isValidKey(key)) }

  @Test func checksASCIIValues() {
    #expect(MetadataValidation.isValidASCIIValue("hello world ~!"))
    #expect(MetadataValidation.isValidASCIIValue(""))
    #expect(!MetadataValidation.isValidASCIIValue("tab\there"))
    #expect(!MetadataValidation.isValidASCIIValue("é"))
    #expect(!MetadataValidation.isValidASCIIValue("\u{7F}"))
  }

  @Test func recognisesBinaryAndReservedKeys() {
    #expect(MetadataValidation.isBinaryKey("trace-proto-bin"))
    #expect(!MetadataValidation.isBinaryKey("-bin"))
    #expect(!MetadataValidation.isBinaryKey("binary"))
    #expect(MetadataValidation.isReservedKey("grpc-timeout"))
    #expect(MetadataValidation.isReservedKey(":authority"))
    #expect(MetadataValidation.isReservedKey("content-type"))
    #expect(!MetadataValidation.isReservedKey("x-grpc-thing"))
  }
}

@Suite struct AcceptEncodingTests {
  @Test func parsesNamesWithSpacesAndUnknownCodings() {
    let accept = AcceptEncoding(headerValue: " gzip ,identity,, snappy,Deflate")
    #expect(accept.names == ["gzip", "identity", "snappy", "deflate"])
    #expect(accept.algorithms == [.gzip, .identity, .deflate])
    #expect(accept.accepts(.deflate))
  }

  @Test func identityIsAlwaysAccepted() {
    let accept = AcceptEncoding(headerValue: "gzip")
    #expect(accept.accepts(.identity))
    #expect(!accept.accepts(.deflate))
  }

  @Test func formatsWhatThisRuntimeSupports() {
    #expect(AcceptEncoding.supported.headerValue == "gzip,deflate,identity")
    #expect(AcceptEncoding(headerValue: AcceptEncoding.supported.headerValue) == AcceptEncoding.supported)
  }
}

@Suite struct GRPCContentTypeTests {
  @Test(arguments: ["application/grpc", "application/grpc+proto", "application/grpc+json", "application/grpc;charset=utf-8",
                    "Application/GRPC+proto"])
  func acceptsGRPC(value: String) { #expect(GRPCContentType.isGRPC(value)) }

  @Test(arguments: ["", "application/json", "application/grpc-web", "application/grpc-web+proto", "application/grp",
                    "text/plain", "application/grpcx"])
  func rejectsOtherTypes(value: String) { #expect(!GRPCContentType.isGRPC(value)) }

  @Test func extractsTheFormat() {
    #expect(GRPCContentType.format(of: "application/grpc+proto") == "proto")
    #expect(GRPCContentType.format(of: "application/grpc+json; charset=utf-8") == "json")
    #expect(GRPCContentType.format(of: "application/grpc") == nil)
    #expect(GRPCContentType.format(of: "application/json") == nil)
  }
}
