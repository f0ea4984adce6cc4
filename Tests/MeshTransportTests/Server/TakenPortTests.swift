import MeshCore
@testable import MeshTransport
import Testing

/// A listener on a fixed port that another socket listens on already is refused, not added beside it (our
/// sockets set SO_REUSEPORT, which would let them share the port and split its connections).
@Suite("A port another listener holds")
struct TakenPortTests {
  /// A `/proc/net/tcp` listing: 127.0.0.1:8080 listening, 0.0.0.0:9090 listening, 127.0.0.1:7070 connected.
  static let listing = """
      sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
       0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
       1: 00000000:2382 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0
       2: 0100007F:1B9E 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0 100 0 0 10 0
    """

  @Test("The listing is read: same address or a wildcard on either side overlaps; a connected socket does not")
  func listingIsRead() {
    #expect(ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.1", port: 8080), inListing: Self.listing))
    #expect(ListenerTable.hasListener(overlapping: SocketAddress(host: "0.0.0.0", port: 8080), inListing: Self.listing))
    #expect(!ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.2", port: 8080), inListing: Self.listing))
    #expect(ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.2", port: 9090), inListing: Self.listing))
    #expect(!ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.1", port: 7070), inListing: Self.listing))
    #expect(!ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.1", port: 8081), inListing: Self.listing))
    #expect(ListenerTable.procHex(of: SocketAddress(host: "::1", port: 1)) == "00000000000000000000000001000000")
  }

  @Test("A second server on a listening port fails to start; the first keeps serving; a freed port is taken again")
  func secondServerIsRefused() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let first = RPCServer(transport: HTTP2ServerTransport(configuration: .init(host: "127.0.0.1", port: 0), group: group),
                          services: [])
    let address = try first.start()
    let second = RPCServer(transport: HTTP2ServerTransport(configuration: .init(host: "127.0.0.1", port: address.port),
                                                           group: group), services: [])
    let error = #expect(throws: (any Error).self) { try second.start() }
    #expect("\(error.map { "\($0)" } ?? "")".contains("another process listens"), "\(String(describing: error))")
    #expect(ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.1", port: address.port)))
    await first.shutdown(gracePeriod: .seconds(1))
    #expect(!ListenerTable.hasListener(overlapping: SocketAddress(host: "127.0.0.1", port: address.port)))
    let third = RPCServer(transport: HTTP2ServerTransport(configuration: .init(host: "127.0.0.1", port: address.port),
                                                          group: group), services: [])
    #expect(try third.start().port == address.port)
    await third.shutdown(gracePeriod: .seconds(1))
  }
}
