import MeshCore
import MeshGateway
import MeshLogging
import Testing

@Suite("traceparent at the edge (filter, in memory)")
struct FilterTraceParentTests {
  @Test("A valid traceparent is continued with the gateway's span; an absent, malformed or doubled one starts a trace")
  func traceParent() throws {
    let filter = TraceParentFilter()
    let sent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    let continued = filter.filter(edgeHead("POST", "/mesh.chat.v1.ChatService/SendMessage", headers: [("traceparent", sent)]))
    let forwarded = try #require(continued.proceededHead?.header("traceparent").flatMap(TraceParent.init(header:)))
    #expect(forwarded.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
    #expect(forwarded.parentID != "00f067aa0ba902b7")
    #expect(forwarded.flags == 1)
    // A request header only (W3C Trace Context): the response does not echo it.
    #expect(continued.addedHeaders.isEmpty)

    for headers in [[], [("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")],
                    [("traceparent", "garbage")], [("traceparent", sent), ("traceparent", sent)]] {
      let started = filter.filter(edgeHead("POST", "/x.Y/Z", headers: headers))
      let head = try #require(started.proceededHead)
      #expect(head.headers.filter { $0.name == "traceparent" }.count == 1)
      let trace = try #require(head.header("traceparent").flatMap(TraceParent.init(header:)), "\(headers)")
      #expect(trace.traceID != "4bf92f3577b34da6a3ce929d0e0e4736")
      #expect(started.addedHeaders.isEmpty)
    }
  }
}
