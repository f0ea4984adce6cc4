@testable import MeshGateway
import Testing

/// `LRUTable.valueMarkingUse`: a hit only marks its entry (CLOCK's second chance), and eviction spares a
/// marked entry once (moved to the front, unmarked) instead of removing it; the entry just inserted is never
/// the one evicted while others are there.
struct LRUTableMarkingTests {
  private let far = ContinuousClock.now.advanced(by: .seconds(3600))

  private func table(_ keys: [String], maxEntries: Int) -> LRUTable<String, String> {
    var table = LRUTable<String, String>(maxEntries: maxEntries, maxBytes: 1_000)
    for key in keys { table.insert(key, for: key, size: 1, expiry: far) }
    return table
  }

  private func has(_ table: LRUTable<String, String>, _ keys: String...) -> [Bool] {
    // `value(for:)` reorders; read through a copy so the check changes nothing.
    var copy = table
    return keys.map { copy.value(for: $0, now: .now) != nil }
  }

  @Test func aMarkedEntrySurvivesOneEvictionAndOnlyOne() {
    var table = table(["a", "b"], maxEntries: 2)
    #expect(table.valueMarkingUse(for: "a", now: .now) == "a")
    table.insert("c", for: "c", size: 1, expiry: far)
    // a was the least recently inserted, but marked: b goes instead.
    #expect(has(table, "a", "b", "c") == [true, false, true])
    table.insert("d", for: "d", size: 1, expiry: far)
    #expect(has(table, "a", "c", "d") == [true, false, true], "a was spared before c, so c is older now")
    table.insert("e", for: "e", size: 1, expiry: far)
    #expect(has(table, "a", "d", "e") == [false, true, true], "the mark was spent: a goes")
  }

  @Test func anUnmarkedTableEvictsInInsertionOrder() {
    var table = table(["a", "b", "c"], maxEntries: 3)
    table.insert("d", for: "d", size: 1, expiry: far)
    #expect(has(table, "a", "b", "c", "d") == [false, true, true, true])
  }

  @Test func whenEveryEntryIsMarkedTheNewOneStaysAndTheOldestGoes() {
    var table = table(["a", "b", "c"], maxEntries: 3)
    for key in ["a", "b", "c"] { #expect(table.valueMarkingUse(for: key, now: .now) == key) }
    table.insert("d", for: "d", size: 1, expiry: far)
    #expect(table.count == 3)
    #expect(has(table, "a", "b", "c", "d") == [false, true, true, true])
  }

  @Test func anExpiredEntryIsRemovedNotMarked() {
    var table = LRUTable<String, String>(maxEntries: 4, maxBytes: 1_000)
    let soon = ContinuousClock.now.advanced(by: .milliseconds(1))
    table.insert("a", for: "a", size: 10, expiry: soon)
    #expect(table.valueMarkingUse(for: "a", now: soon) == nil)
    #expect(table.count == 0 && table.bytes == 0)
    #expect(table.valueMarkingUse(for: "missing", now: .now) == nil)
  }

  @Test func theByteBoundSparesMarkedEntriesToo() {
    var table = LRUTable<String, String>(maxEntries: 100, maxBytes: 30)
    table.insert("a", for: "a", size: 10, expiry: far)
    table.insert("b", for: "b", size: 10, expiry: far)
    table.insert("c", for: "c", size: 10, expiry: far)
    _ = table.valueMarkingUse(for: "a", now: .now)
    table.insert("d", for: "d", size: 15, expiry: far)
    // 45 bytes: a is spared, b (10) and c (10) go until 25 bytes are held.
    #expect(table.bytes == 25)
    #expect(has(table, "a", "b", "c", "d") == [true, false, false, true])
  }

  @Test("Bounds hold and hits are right under a random workload of marks, reads and inserts", arguments: [1, 2, 3])
  func randomWorkload(seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    var table = LRUTable<Int, Int>(maxEntries: 8, maxBytes: 100)
    var sizes: [Int: Int] = [:]  // what the table may hold: inserted and not known to be gone
    for _ in 0..<3_000 {
      let key = Int(generator.next() % 20)
      switch generator.next() % 3 {
      case 0:
        let size = Int(generator.next() % 30) + 1
        table.insert(key, for: key, size: size, expiry: far)
        sizes[key] = size
        #expect(table.valueMarkingUse(for: key, now: .now) == key, "the entry just inserted is held")
      case 1:
        let found = table.valueMarkingUse(for: key, now: .now)
        #expect(found == nil || (found == key && sizes[key] != nil))
        if found == nil { sizes[key] = nil }
      default:
        let found = table.value(for: key, now: .now)
        #expect(found == nil || (found == key && sizes[key] != nil))
        if found == nil { sizes[key] = nil }
      }
      #expect(table.count <= 8 && table.bytes <= 100)
    }
    // Every key still held is one the table was given, with its last size.
    var held = 0
    for key in 0..<20 where table.value(for: key, now: .now) != nil {
      held += sizes[key] ?? 1_000
    }
    #expect(held == table.bytes)
  }
}
