@testable import MeshGenerator
import Testing

/// Proto names to Swift names (swift-protobuf's style) and to protoc-c's C names.
@Suite struct SwiftNamingTests {
  @Test(arguments: [
    ("response_size", "responseSize"), ("fill_server_id", "fillServerID"), ("type_url", "typeURL"),
    ("alreadyCamel", "alreadyCamel"), ("a", "a"), ("http_status", "httpStatus"), ("max_reconnect_backoff_ms", "maxReconnectBackoffMs"),
  ])
  func fieldNames(proto: String, swift: String) {
    #expect(SwiftNaming.lowerCamel(proto) == swift)
  }

  @Test(arguments: [
    ("GRPCLB_ROUTE_TYPE_UNKNOWN", "GrpclbRouteType", "unknown"), ("NOT_SERVING", "ServingStatus", "notServing"),
    ("COMPRESSABLE", "PayloadType", "compressable"), ("COLOR_2D", "Color", "color2d"),
    ("EMPTY_CALL", "RpcType", "emptyCall"),
  ])
  func enumCases(value: String, enumName: String, swift: String) {
    #expect(SwiftNaming.enumCase(value, enumName: enumName) == swift)
  }

  @Test func typeAndMethodNames() {
    #expect(SwiftNaming.typePrefix(package: "grpc.health.v1") == "Grpc_Health_V1_")
    #expect(SwiftNaming.typePrefix(package: "my_pkg.v1") == "MyPkg_V1_")
    #expect(SwiftNaming.typePrefix(package: "") == "")
    #expect(SwiftNaming.methodName("EmptyCall") == "emptyCall")
    #expect(SwiftNaming.methodName("URLFetch") == "urlFetch")
    #expect(SwiftNaming.escaped("default") == "`default`")
  }

  @Test func cNamesFollowProtocC() {
    #expect(SwiftNaming.cLowerName("grpc.testing.SimpleRequest") == "grpc__testing__simple_request")
    #expect(SwiftNaming.cLowerName("grpc.testing.LoadBalancerStatsResponse.RpcsByPeer")
            == "grpc__testing__load_balancer_stats_response__rpcs_by_peer")
    #expect(SwiftNaming.cLowerName("a.HTTPRequest") == "a__httprequest")
  }
}
