import MeshLogging
import Testing

@Suite("W3C traceparent")
struct TraceParentTests {
  @Test("a valid header round-trips")
  func roundTrip() throws {
    let header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    let parsed = try #require(TraceParent(header: header))
    #expect(parsed.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
    #expect(parsed.parentID == "00f067aa0ba902b7")
    #expect(parsed.isSampled)
    #expect(parsed.description == header)
  }

  @Test("malformed headers are refused", arguments: [
    "", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",          // no flags
    "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",           // uppercase
    "00-00000000000000000000000000000000-00f067aa0ba902b7-01",           // zero trace id
    "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",           // zero parent id
    "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",           // version ff
    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",     // version 00 is exactly 55
    "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",           // not hex
    "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",           // wrong separator
  ])
  func malformed(header: String) {
    #expect(TraceParent(header: header) == nil)
  }

  @Test("a later version with more fields is read")
  func laterVersion() {
    #expect(TraceParent(header: "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-whatever")?.isSampled == false)
  }

  @Test("a child keeps the trace and gets a new span id; random traces are valid")
  func child() throws {
    let trace = TraceParent.random()
    let child = trace.child()
    #expect(child.traceID == trace.traceID)
    #expect(child.parentID != trace.parentID)
    #expect(TraceParent(header: child.description) == child)
    #expect(try #require(TraceParent(header: trace.description)).traceID.count == 32)
  }

  @Test("random ids from many threads are well-formed and all distinct")
  func distinctIDs() async throws {
    let perTask = 5_000
    let ids = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<4 { group.addTask { (0..<perTask).map { _ in TraceParent.random().description } } }
      var all: [String] = []
      for await batch in group { all += batch }
      return all
    }
    #expect(ids.count == 4 * perTask)
    #expect(ids.allSatisfy { TraceParent(header: $0) != nil })
    let traces = Set(ids.compactMap { TraceParent(header: $0)?.traceID })
    let spans = Set(ids.compactMap { TraceParent(header: $0)?.parentID })
    #expect(traces.count == ids.count)
    #expect(spans.count == ids.count)
  }
}
