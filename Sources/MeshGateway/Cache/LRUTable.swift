/// A map bounded by entry count and bytes that evicts the least recently used entry first, with an
/// expiry per entry. A doubly linked list over array slots keeps every operation O(1). Not thread safe:
/// `ResponseCache` and `VerifiedTokenCache` hold it in a `Mutex`.
///
/// Two ways to read: `value(for:now:)` moves a hit to the front (exact LRU order), and
/// `valueMarkingUse(for:now:)` only marks it (CLOCK's second chance): eviction then moves a marked entry
/// to the front, unmarked, instead of removing it. A hot table read on every call (the verified tokens)
/// pays a flag per hit, not four links rewritten.
///
/// A slot's links, size, expiry and mark live in an array of their own, apart from its key and value:
/// they hold no reference, so following and rewriting links copies no key or value (an array of whole
/// slots retained a slot's key and value on every link read through `slots[i]?`).
struct LRUTable<Key: Hashable, Value> {
  private struct Link {
    var size = 0
    var expiry: ContinuousClock.Instant
    var previous: Int?
    var next: Int?
    /// Read by `valueMarkingUse` since eviction last passed it: spared once.
    var used = false
  }

  let maxEntries: Int
  let maxBytes: Int
  private var keys: [Key?] = []
  private var values: [Value?] = []
  private var links: [Link] = []
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
    guard let slot = index[key] else { return nil }
    guard now < links[slot].expiry else {
      remove(slot)
      return nil
    }
    unlink(slot)
    pushFront(slot)
    return values[slot]
  }

  /// The value of a key if it has not expired, marked as used instead of moved to the front (eviction
  /// spares it once); an expired entry is removed.
  mutating func valueMarkingUse(for key: Key, now: ContinuousClock.Instant) -> Value? {
    withValueMarkingUse(for: key, now: now) { $0 }
  }

  /// `valueMarkingUse(for:now:)` with the value lent to `body` where it lies: only what `body` returns is
  /// copied out. Nil when the key has no live entry.
  mutating func withValueMarkingUse<R>(for key: Key, now: ContinuousClock.Instant, _ body: (borrowing Value) -> R) -> R? {
    guard let slot = index[key] else { return nil }
    guard now < links[slot].expiry else {
      remove(slot)
      return nil
    }
    links[slot].used = true
    guard case .some(let value) = values[slot] else { return nil }
    return body(value)
  }

  /// Inserts or replaces a value, then evicts from the least recently used end until within bounds.
  mutating func insert(_ value: Value, for key: Key, size: Int, expiry: ContinuousClock.Instant) {
    if let existing = index[key] { remove(existing) }
    guard size <= maxBytes, maxEntries > 0 else { return }
    let slot: Int
    let link = Link(size: size, expiry: expiry)
    if let reused = free.popLast() {
      slot = reused
      keys[slot] = key
      values[slot] = value
      links[slot] = link
    } else {
      slot = links.count
      keys.append(key)
      values.append(value)
      links.append(link)
    }
    index[key] = slot
    bytes += size
    pushFront(slot)
    evictWhileOverBounds(keeping: slot)
  }

  /// Removes from the least recently used end until within bounds. A marked entry there is moved to the
  /// front, unmarked, instead; so is the entry just inserted (`kept`) when the spared ones have pushed it to
  /// the end, or a table whose every entry is hot would evict each new one at once. Each mark is spent
  /// once and `kept` comes back only behind entries that are all unmarked, so this ends.
  private mutating func evictWhileOverBounds(keeping kept: Int) {
    while index.count > maxEntries || bytes > maxBytes, let last = tail {
      if last != head, last == kept || links[last].used {
        links[last].used = false
        unlink(last)
        pushFront(last)
      } else {
        remove(last)
      }
    }
  }

  /// Removes a key's entry, if there is one.
  mutating func remove(_ key: Key) {
    if let slot = index[key] { remove(slot) }
  }

  private mutating func remove(_ slot: Int) {
    guard let key = keys[slot] else { return }
    unlink(slot)
    index[key] = nil
    bytes -= links[slot].size
    keys[slot] = nil
    values[slot] = nil
    links[slot].used = false
    free.append(slot)
  }

  private mutating func unlink(_ slot: Int) {
    let previous = links[slot].previous
    let next = links[slot].next
    if let previous { links[previous].next = next } else { head = next }
    if let next { links[next].previous = previous } else { tail = previous }
    links[slot].previous = nil
    links[slot].next = nil
  }

  private mutating func pushFront(_ slot: Int) {
    links[slot].next = head
    links[slot].previous = nil
    if let head { links[head].previous = slot }
    head = slot
    if tail == nil { tail = slot }
  }
}
