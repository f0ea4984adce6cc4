/// A bounded map from keys to limiter states, in least-recently-used order, for one lock stripe.
///
/// Slots live in one array linked by indices (no per-entry allocation); the dictionary maps keys to
/// slots. When full, the least recently used key is evicted; idle keys are dropped from the cold
/// end as requests pass, so memory follows the number of active keys.
@usableFromInline
struct LRUTable<Key: Hashable, State> {
  @usableFromInline
  struct Slot {
    @usableFromInline var key: Key
    @usableFromInline var state: State
    @usableFromInline var newer: Int32
    @usableFromInline var older: Int32

    @inlinable
    init(key: Key, state: State, newer: Int32, older: Int32) {
      self.key = key
      self.state = state
      self.newer = newer
      self.older = older
    }
  }

  @usableFromInline var index: [Key: Int32] = [:]
  @usableFromInline var slots: [Slot] = []
  @usableFromInline var free: [Int32] = []
  @usableFromInline var newest: Int32 = -1
  @usableFromInline var oldest: Int32 = -1
  @usableFromInline let capacity: Int
  @usableFromInline var evictions = 0
  @usableFromInline var expirations = 0

  @inlinable
  init(capacity: Int) {
    precondition(capacity > 0 && capacity < Int(Int32.max), "LRU table capacity out of range")
    self.capacity = capacity
  }

  @inlinable
  var count: Int { index.count }

  /// Runs `body` on the state of `key`, creating it with `make` when absent. Before that, drops up to
  /// two idle keys from the cold end: amortised expiry at constant cost per request.
  @inlinable
  mutating func withState<R>(_ key: Key, isIdle: (State) -> Bool, make: () -> State,
                             _ body: (inout State) -> R) -> R {
    // The key asked for, when it is itself the idle entry expiring: made again in place, with what removing
    // it and adding it back gave (its state new, an expiration counted, the newest), without the index's
    // delete, insert and their hashing: a key asked for less often than its rate (every call of a lightly
    // used key) went that way on every request.
    var reborn: Int32 = -1
    for _ in 0..<2 {
      guard oldest >= 0, oldest != reborn, isIdle(slots[Int(oldest)].state) else { break }
      expirations += 1
      if slots[Int(oldest)].key == key {
        reborn = oldest
        slots[Int(reborn)].state = make()
        moveToNewest(reborn)
        continue
      }
      remove(oldest)
    }
    if reborn >= 0 { return body(&slots[Int(reborn)].state) }
    if let slot = index[key] {
      moveToNewest(slot)
      return body(&slots[Int(slot)].state)
    }
    if index.count >= capacity {
      remove(oldest)
      evictions += 1
    }
    let slot: Int32
    if let reused = free.popLast() {
      slot = reused
      slots[Int(slot)] = Slot(key: key, state: make(), newer: -1, older: -1)
    } else {
      slot = Int32(slots.count)
      slots.append(Slot(key: key, state: make(), newer: -1, older: -1))
    }
    index[key] = slot
    linkAsNewest(slot)
    return body(&slots[Int(slot)].state)
  }

  /// Drops every idle key; returns how many.
  @inlinable
  mutating func sweep(isIdle: (State) -> Bool) -> Int {
    var removed = 0
    var cursor = oldest
    while cursor >= 0 {
      let next = slots[Int(cursor)].newer
      if isIdle(slots[Int(cursor)].state) {
        remove(cursor)
        removed += 1
      }
      cursor = next
    }
    expirations += removed
    // Give back memory once most of the table is gone.
    if index.isEmpty {
      slots.removeAll(keepingCapacity: false)
      free.removeAll(keepingCapacity: false)
      index = [:]
    }
    return removed
  }

  @inlinable
  mutating func remove(_ slot: Int32) {
    unlink(slot)
    index.removeValue(forKey: slots[Int(slot)].key)
    free.append(slot)
  }

  @inlinable
  mutating func moveToNewest(_ slot: Int32) {
    guard slot != newest else { return }
    unlink(slot)
    linkAsNewest(slot)
  }

  @inlinable
  mutating func linkAsNewest(_ slot: Int32) {
    slots[Int(slot)].older = newest
    slots[Int(slot)].newer = -1
    if newest >= 0 { slots[Int(newest)].newer = slot }
    newest = slot
    if oldest < 0 { oldest = slot }
  }

  @inlinable
  mutating func unlink(_ slot: Int32) {
    let newer = slots[Int(slot)].newer
    let older = slots[Int(slot)].older
    if newer >= 0 { slots[Int(newer)].older = older } else { newest = older }
    if older >= 0 { slots[Int(older)].newer = newer } else { oldest = newer }
    slots[Int(slot)].newer = -1
    slots[Int(slot)].older = -1
  }
}
