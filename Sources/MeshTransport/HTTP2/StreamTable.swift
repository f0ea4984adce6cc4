/// A connection's streams by id, each kept alive by one retain the table owns, so that finding the stream
/// of an nghttp2 callback retains nothing: a `Dictionary` of objects hands out every lookup retained, and a
/// relayed call's DATA, ends, header blocks and the no-copy write found their stream some ten times (a retain
/// and a release each), each lookup hashing the id with SipHash besides.
///
/// `find` gives the stream unretained (`Unmanaged`): call it through `_withUnsafeGuaranteedRef` within the
/// callback that found it. That holds because a stream leaves the table only in the connection's
/// stream-close callback or its close, and nghttp2 runs one callback at a time, none of them inside another
/// (what a callback asks of the session, such as a reset, is queued). The table's access ends when `find`
/// returns, so the stream's code may add or remove streams meanwhile.
///
/// Open addressing with linear probing, keyed by the id itself: one peer's stream ids go up by two, so
/// the streams open at once fill neighbouring slots and a lookup is one or two loads. Removal shifts the
/// probe run back (no tombstones), and the table doubles past half full. Slot id 0 marks an empty slot
/// (stream 0 is the connection, never a stream).
///
/// The shift stops once the slots it looks at lie further from the hole than any stream was ever placed
/// from its home (`maxDisplacement`): none of them can move into the hole then. Without that bound a
/// removal walked the whole run after the hole, and one peer's open streams, ids going up by two, make
/// one run as long as they are many: with 512 calls open on one upstream connection (the gateway at
/// 16x32) each removal looked at some 250 slots.
///
/// Not copyable: a copy would release the streams twice. Loop-confined, like its connection.
struct StreamTable<Stream: AnyObject>: ~Copyable {
  private struct Slot {
    var id: Int32
    var stream: Unmanaged<Stream>?
  }

  /// `capacity` slots (a power of two), allocated at the first insertion: an idle connection holds none.
  private var slots: UnsafeMutablePointer<Slot>?
  private var capacity = 0
  /// How many streams are in the table.
  private(set) var count = 0
  /// No stream lies further than this many slots past its home: the most any insertion probed since the
  /// table was last empty or grown (a removal's shift only brings streams closer to their homes).
  private var maxDisplacement = 0

  /// An empty table.
  init() {}

  deinit {
    guard let slots else { return }
    for index in 0..<capacity { slots[index].stream?.release() }
    slots.deinitialize(count: capacity)
    slots.deallocate()
  }

  /// The slots a table starts with.
  static var initialCapacity: Int { 16 }

  /// Whether no stream is in the table.
  var isEmpty: Bool { count == 0 }

  /// The stream with this id, unretained; nil when there is none.
  func find(_ id: Int32) -> Unmanaged<Stream>? {
    guard let slots, id != 0 else { return nil }
    let mask = capacity - 1
    var index = Self.home(of: id, mask: mask)
    while true {
      let slot = slots[index]
      if slot.id == id { return slot.stream }
      if slot.id == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Whether a stream has this id.
  func contains(_ id: Int32) -> Bool { find(id) != nil }

  /// Adds `stream` under `id` (not 0), retained by the table; a stream the id had before is released.
  mutating func insert(_ stream: Stream, for id: Int32) {
    precondition(id != 0, "stream 0 is the connection")
    if (count + 1) * 2 > capacity { grow() }
    guard let slots else { return }
    let mask = capacity - 1
    var index = Self.home(of: id, mask: mask)
    var displacement = 0
    while slots[index].id != 0 && slots[index].id != id {
      index = (index + 1) & mask
      displacement += 1
    }
    let previous = slots[index].stream
    if slots[index].id == 0 { count += 1 }
    maxDisplacement = Swift.max(maxDisplacement, displacement)
    slots[index] = Slot(id: id, stream: Unmanaged.passRetained(stream))
    previous?.release()
  }

  /// Takes the stream with this id out of the table: the caller now holds the table's reference.
  mutating func remove(_ id: Int32) -> Stream? {
    guard let slots, id != 0 else { return nil }
    let mask = capacity - 1
    var hole = Self.home(of: id, mask: mask)
    while slots[hole].id != id {
      if slots[hole].id == 0 { return nil }
      hole = (hole + 1) & mask
    }
    let removed = slots[hole].stream
    count -= 1
    // Backward shift: each later slot of the probe run moves into the hole unless its home lies
    // cyclically after the hole (it would then be found no more). A slot further from the hole than
    // `maxDisplacement` holds a stream whose home lies after the hole, and so do all beyond it.
    var next = (hole + 1) & mask
    while slots[next].id != 0 && (next - hole) & mask <= maxDisplacement {
      let home = Self.home(of: slots[next].id, mask: mask)
      if (next - home) & mask >= (next - hole) & mask {
        slots[hole] = slots[next]
        hole = next
      }
      next = (next + 1) & mask
    }
    slots[hole] = Slot(id: 0, stream: nil)
    if count == 0 { maxDisplacement = 0 }
    return removed?.takeRetainedValue()
  }

  /// Takes every stream out of the table, with their ids (a closing connection fails them).
  mutating func removeAll() -> [(id: Int32, stream: Stream)] {
    guard let slots else { return [] }
    var taken: [(id: Int32, stream: Stream)] = []
    taken.reserveCapacity(count)
    for index in 0..<capacity {
      if let stream = slots[index].stream { taken.append((slots[index].id, stream.takeRetainedValue())) }
      slots[index] = Slot(id: 0, stream: nil)
    }
    count = 0
    maxDisplacement = 0
    return taken
  }

  /// The streams in the table, retained by the array (a connection's walk over them, outside the hot path).
  var streams: [Stream] {
    guard let slots else { return [] }
    return (0..<capacity).compactMap { slots[$0].stream?.takeUnretainedValue() }
  }

  /// Where an id's probe run starts: ids of one peer are all odd or all even, so the low bit is dropped.
  @inline(__always)
  private static func home(of id: Int32, mask: Int) -> Int { Int(UInt32(bitPattern: id) >> 1) & mask }

  /// Doubles the slots (or makes the first ones) and puts every stream back.
  private mutating func grow() {
    let oldSlots = slots, oldCapacity = capacity
    capacity = max(Self.initialCapacity, oldCapacity * 2)
    let fresh = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
    fresh.initialize(repeating: Slot(id: 0, stream: nil), count: capacity)
    slots = fresh
    maxDisplacement = 0
    guard let oldSlots else { return }
    let mask = capacity - 1
    for index in 0..<oldCapacity where oldSlots[index].id != 0 {
      var target = Self.home(of: oldSlots[index].id, mask: mask)
      var displacement = 0
      while fresh[target].id != 0 {
        target = (target + 1) & mask
        displacement += 1
      }
      fresh[target] = oldSlots[index]
      maxDisplacement = Swift.max(maxDisplacement, displacement)
    }
    oldSlots.deinitialize(count: oldCapacity)
    oldSlots.deallocate()
  }
}
