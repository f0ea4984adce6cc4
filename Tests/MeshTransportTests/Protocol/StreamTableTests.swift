import Testing
@testable import MeshTransport

/// A connection's table of streams by id: every stream put in is found under its id and no other, through
/// growth and removals that shift probe runs back, and the table holds exactly one reference to each
/// stream it keeps (released when taken out, and when the table goes).
@Suite struct StreamTableTests {
  final class Probe {
    let id: Int32
    init(_ id: Int32) { self.id = id }
  }

  /// Ids that share a home slot at the first size: 1, 33, 65 and 97 all start probing at slot 0.
  @Test func collidingIdsAreFoundAfterRemovalsShiftTheirRun() {
    var table = StreamTable<Probe>()
    let ids: [Int32] = [1, 33, 3, 65, 97, 5]
    for id in ids { table.insert(Probe(id), for: id) }
    #expect(table.count == ids.count)
    for id in ids { #expect(table.find(id)?.takeUnretainedValue().id == id) }
    #expect(table.remove(33)?.id == 33)
    #expect(table.remove(1)?.id == 1)
    #expect(table.find(33) == nil && table.find(1) == nil)
    for id: Int32 in [3, 65, 97, 5] { #expect(table.find(id)?.takeUnretainedValue().id == id) }
    #expect(table.remove(33) == nil)
    #expect(table.count == 4)
  }

  /// Many streams open at once, then closed in another order, with ids wrapping the table many times.
  @Test func growthAndInterleavedRemovalsKeepEveryStreamFindable() {
    var table = StreamTable<Probe>()
    var open: Set<Int32> = []
    var next: Int32 = 1
    for round in 0..<40 {
      for _ in 0..<(round % 7 + 3) {
        table.insert(Probe(next), for: next)
        open.insert(next)
        next += 2
      }
      // Close every third open stream, oldest first.
      for (index, id) in open.sorted().enumerated() where index % 3 == 0 {
        #expect(table.remove(id)?.id == id)
        open.remove(id)
      }
      #expect(table.count == open.count)
      for id in open { #expect(table.find(id)?.takeUnretainedValue().id == id) }
      for id in stride(from: Int32(1), to: next, by: 2) where !open.contains(id) { #expect(table.find(id) == nil) }
    }
    #expect(table.find(0) == nil && table.find(2) == nil)
    let all = table.removeAll()
    #expect(Set(all.map(\.id)) == open && all.allSatisfy { $0.id == $0.stream.id })
    #expect(table.isEmpty && table.find(1) == nil)
  }

  /// Streams displaced far from their homes (ids that share home slots, among long runs of neighbours),
  /// removed in a shuffled order: the removal's shift, which stops past the furthest any stream was
  /// placed from its home, must still move every displaced stream it would have to, or it is found no more.
  @Test func displacedStreamsStayFindableWhenTheShiftStopsEarly() {
    // The one displaced stream lies exactly as far from the hole as any stream was ever placed (1 and 33
    // share home slot 0): the shift must still look at it.
    var pair = StreamTable<Probe>()
    pair.insert(Probe(1), for: 1)
    pair.insert(Probe(33), for: 33)
    #expect(pair.remove(1)?.id == 1)
    #expect(pair.find(33)?.takeUnretainedValue().id == 33)
    var table = StreamTable<Probe>()
    var open: Set<Int32> = []
    for round in 0..<30 {
      // A run of neighbours, then ids 64 apart that share a home slot while the table has 32 slots.
      let base = Int32(round * 4096 + 1)
      let ids = (0..<Int32(10)).map { base + 2 * $0 } + (1...Int32(5)).map { base + 64 * $0 + 2 * Int32(round % 5) }
      for id in ids where !open.contains(id) {
        table.insert(Probe(id), for: id)
        open.insert(id)
      }
      // A scrambled order that repeats from run to run: by a multiplicative hash of the id.
      let order = open.sorted { UInt32(bitPattern: $0) &* 2_654_435_761 < UInt32(bitPattern: $1) &* 2_654_435_761 }
      for id in order.prefix(open.count / 2 + 1) {
        #expect(table.remove(id)?.id == id)
        open.remove(id)
        for kept in open { #expect(table.find(kept)?.takeUnretainedValue().id == kept) }
      }
      #expect(table.count == open.count)
    }
  }

  @Test func theTableHoldsOneReferencePerStream() {
    weak var replaced: Probe?
    weak var removed: Probe?
    weak var kept: Probe?
    do {
      var table = StreamTable<Probe>()
      do {
        let first = Probe(1), second = Probe(3), third = Probe(5)
        replaced = first
        removed = second
        kept = third
        table.insert(first, for: 1)
        table.insert(second, for: 3)
        table.insert(third, for: 5)
      }
      #expect(replaced != nil && removed != nil && kept != nil)
      // A stream inserted again under its id replaces the one there, which the table lets go.
      table.insert(Probe(1), for: 1)
      #expect(replaced == nil)
      _ = table.remove(3)
      #expect(removed == nil)
      #expect(kept != nil && table.streams.count == 2)
    }
    // The table went with its last stream.
    #expect(kept == nil)
  }
}
