@testable import MeshTransport
import Testing

@Suite("A call's attempts pick ready connections its earlier attempts did not use")
struct ReadyPickTests {
  @Test func roundRobinSkipsTriedPositionsAndFallsBackWhenAllWereTried() {
    // Nothing tried: the rotation's position, as the balancing alone would pick.
    #expect(ReadyPick.roundRobin(count: 3, from: 1, tried: nil) == 1)
    // Position 1 tried: the next one in the rotation.
    #expect(ReadyPick.roundRobin(count: 3, from: 1, tried: { $0 == 1 }) == 2)
    // Going round past the end.
    #expect(ReadyPick.roundRobin(count: 3, from: 2, tried: { $0 != 0 }) == 0)
    // Every position tried: any ready one, the rotation's.
    #expect(ReadyPick.roundRobin(count: 2, from: 1, tried: { _ in true }) == 1)
    // One ready connection, tried: it is still the one.
    #expect(ReadyPick.roundRobin(count: 1, from: 0, tried: { _ in true }) == 0)
  }

  @Test func leastRequestDrawsOnlyAmongUntriedPositions() {
    let loads = [0, 9, 5, 7]
    // Nothing tried: draws 0 and 1 (1 becomes 1), the less loaded is 0.
    var draws = [0, 0].makeIterator()
    #expect(ReadyPick.leastRequest(count: 4, tried: nil, load: { loads[$0] }, random: { _ in draws.next() ?? 0 }) == 0)
    // Position 0 (the idlest) tried: the candidates are 1, 2, 3; draws 0 and 1 are positions 1 and 2.
    draws = [0, 0].makeIterator()
    #expect(ReadyPick.leastRequest(count: 4, tried: { $0 == 0 }, load: { loads[$0] },
                                   random: { _ in draws.next() ?? 0 }) == 2)
    // Only position 3 untried: no draw can pick another, whatever the loads.
    #expect(ReadyPick.leastRequest(count: 4, tried: { $0 != 3 }, load: { loads[$0] }, random: { _ in 0 }) == 3)
    // The draws are asked for the candidates' count, not the ready count.
    var asked: [Int] = []
    _ = ReadyPick.leastRequest(count: 4, tried: { $0 < 2 }, load: { loads[$0] }, random: { asked.append($0); return 0 })
    #expect(asked == [2, 1])
    // Every position tried: the least loaded of two draws over all of them again.
    draws = [1, 0].makeIterator()
    #expect(ReadyPick.leastRequest(count: 4, tried: { _ in true }, load: { loads[$0] },
                                   random: { _ in draws.next() ?? 0 }) == 0)
  }
}
