/// A map bounded by entry count and bytes that evicts the least recently used entry first, with an
/// expiry per entry. A doubly linked list over array slots keeps every operation O(1). Not thread safe:
/// `ResponseCache` holds it in a `Mutex`.
struct LRUTable<Key: Hashable, Value> {
  private struct Slot {
    var key: Key
    var value: Value
    var size: Int
    var expiry: ContinuousClock.Instant
    var previous: Int?
    var next: Int?
  }

  let maxEntries: Int
  let maxBytes: Int
  private var slots: [Slot?] = []
  private var free: [Int] = []
  private var index: [Key: Int] = [:]
  private var head: Int?  // most recently used
  private var tail: Int?  // least recently used
  private(set) var bytes = 0

  init(maxEntries: Int, maxBytes: Int) {
    self.maxEntries = max(0, maxEntries)
    self.maxBytes = max(0, maxBytes)
  }

  var count: Int { index.count }

  /// The value of a key if it has not expired; a hit becomes the most recently used, an expired entry is
  /// removed.
  mutating func value(for key: Key, now: ContinuousClock.Instant) -> Value? {
    guard let slot = index[key], let entry = slots[slot] else { return nil }
    guard now < entry.expiry else {
      remove(slot)
      return nil
    }
    unlink(slot)
    pushFront(slot)
    return entry.value
  }

  /// Inserts or replaces a value, then evicts from the least recently used end until within bounds.
  mutating func insert(_ value: Value, for key: Key, size: Int, expiry: ContinuousClock.Instant) {
    if let existing = index[key] { remove(existing) }
    guard size <= maxBytes, maxEntries > 0 else { return }
    let slot: Int
    if let reused = free.popLast() {
      slot = reused
    } else {
      slot = slots.count
      slots.append(nil)
    }
    slots[slot] = Slot(key: key, value: value, size: size, expiry: expiry, previous: nil, next: nil)
    index[key] = slot
    bytes += size
    pushFront(slot)
    while index.count > maxEntries || bytes > maxBytes, let last = tail { remove(last) }
  }

  /// Removes a key's entry, if there is one.
  mutating func remove(_ key: Key) {
    if let slot = index[key] { remove(slot) }
  }

  private mutating func remove(_ slot: Int) {
    guard let entry = slots[slot] else { return }
    unlink(slot)
    index[entry.key] = nil
    bytes -= entry.size
    slots[slot] = nil
    free.append(slot)
  }

  private mutating func unlink(_ slot: Int) {
    let previous = slots[slot]?.previous
    let next = slots[slot]?.next
    if let previous { slots[previous]?.next = next } else { head = next }
    if let next { slots[next]?.previous = previous } else { tail = previous }
    slots[slot]?.previous = nil
    slots[slot]?.next = nil
  }

  private mutating func pushFront(_ slot: Int) {
    slots[slot]?.next = head
    slots[slot]?.previous = nil
    if let head { slots[head]?.previous = slot }
    head = slot
    if tail == nil { tail = slot }
  }
}
