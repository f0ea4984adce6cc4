/// Spare buffers of one connection's ended relayed calls, so that the next calls reuse them instead of
/// allocating their own: a relayed unary call builds three header blocks (the request to the upstream, the
/// response's headers and its trailers to the client), receives the upstream's headers and trailers into
/// one more, queues the relayed message bytes in a tail per direction, and keeps the client's request
/// fields (two arrays); one allocation each before.
/// nghttp2 reads relayed blocks in place, and the session gives each back once nghttp2 sent or dropped its
/// frame (`HeldHeaderBlocks`).
///
/// Buffers come and go by `inout` swaps, never as copies: a buffer still shared with a copy when it is
/// emptied is not reused but replaced (`Array.removeAll(keepingCapacity:)` allocates then), which is
/// exactly the allocation this saves. Loop-confined, like its connection.
struct HeaderStoragePool {
  private var blocks: [HeaderBlock] = []
  private var received: [RawHeaderFields] = []
  private var tails: [[UInt8]] = []
  private var requests: [RequestHeaderFields] = []

  /// Spares kept of each kind on a server connection. A call takes its buffers as it starts and gives them
  /// back as it ends, and a loop turn may end a whole batch of calls before the next requests arrive, so the
  /// pool covers the calls one connection has in flight (16 kept a third of the allocations at 32 per
  /// connection); more are freed, so a burst does not leave its storage behind for the connection's life
  /// (at most 32 x 2 KiB x 3 + 128 x 2 KiB = 448 KiB per connection, outside the streams' buffered-bytes
  /// budget).
  static let maxSpares = 32
  /// Spare header blocks kept on a server connection: more, since a relayed call's response head and
  /// trailers go to nghttp2 uncopied and come back only after the flush that sends them
  /// (`HTTP2Session.giveBackBlocks`), so a turn answering a connection's 32 calls holds 64 at once; at 32
  /// kept, 0.8 blocks per relayed call were allocated anew (16x32). They stay under `maxSpareBytes` each
  /// (a usual block is 300-600 bytes).
  static let maxSpareBlocks = 4 * maxSpares
  /// Spares kept of each kind, blocks included, on an upstream (client) connection: a gateway loop relays
  /// every client connection's calls over one upstream connection per endpoint, so it has many more calls
  /// in flight (512 at 16 clients x 32 streams) and, at 32 kept, allocated most calls' received fields,
  /// tail and request block anew. A relayed call takes one block there (its request), so blocks need no
  /// more than the other kinds. The pool never holds more than the buffers its connection had out at once
  /// (a spare is only ever a buffer given back, and one is made only when there is no spare), so a
  /// connection with fewer calls in flight keeps fewer; the cap bounds a burst's leftovers: at most
  /// 512 x 2 KiB x 3 = 3 MiB per upstream connection (~0.5 MiB at usual sizes: blocks of 300-600 bytes).
  static let maxUpstreamSpares = 512
  /// A buffer grown past this (a block with a huge field, a large message's tail) is freed rather than kept.
  static let maxSpareBytes = 2048

  /// Received fields, tails and request fields kept (`maxSpares` or `maxUpstreamSpares`).
  let spareLimit: Int
  /// Header blocks kept.
  let blockLimit: Int

  /// A server connection's pool, or with `upstream` an upstream (client) connection's.
  init(upstream: Bool = false) {
    spareLimit = upstream ? Self.maxUpstreamSpares : Self.maxSpares
    blockLimit = upstream ? Self.maxUpstreamSpares : Self.maxSpareBlocks
  }

  /// A block with room for `capacity` bytes of names and values in `fields` fields, on spare storage when
  /// there is some.
  mutating func block(capacity: Int, fields: Int) -> HeaderBlock {
    guard var spare = blocks.popLast() else { return HeaderBlock(capacity: capacity, fields: fields) }
    spare.removeAll(reservingCapacity: capacity, fields: fields)
    return spare
  }

  /// Takes back a block that was submitted (or dropped); `block` is left empty, without storage.
  mutating func recycle(_ block: inout HeaderBlock) {
    var taken = HeaderBlock.withoutStorage
    swap(&taken, &block)
    recycle(taking: taken)
  }

  /// Takes back a block that was submitted (or dropped), moved in: no empty block left behind to free.
  mutating func recycle(taking block: consuming HeaderBlock) {
    guard blocks.count < blockLimit, block.storageCapacity > 0, block.storageCapacity <= Self.maxSpareBytes
    else { return }
    blocks.append(block)
  }

  /// An empty block to receive fields into, on spare storage when there is some.
  mutating func receivedFields() -> RawHeaderFields { received.popLast() ?? RawHeaderFields() }

  /// Takes back a received block once its stream is done with it; `fields` is left empty, without storage.
  mutating func recycle(received fields: inout RawHeaderFields) {
    guard received.count < spareLimit, fields.storageCapacity > 0, fields.storageCapacity <= Self.maxSpareBytes
    else {
      fields = RawHeaderFields()
      return
    }
    fields.removeAll()
    // Swapped into a new last slot: a local appended was copied (a retain, and its release with the local).
    received.append(RawHeaderFields())
    swap(&fields, &received[received.count - 1])
  }

  /// An empty block for a request's fields (a server connection's, kept for a relay), on spare storage when
  /// there is some: its two arrays were allocated for every request and freed at its call's end.
  mutating func requestFields() -> RequestHeaderFields { requests.popLast() ?? RequestHeaderFields() }

  /// Takes back a request's fields once its relayed call is done with them; `fields` is left empty, without
  /// storage.
  mutating func recycle(request fields: inout RequestHeaderFields) {
    guard requests.count < spareLimit, fields.storageCapacity > 0, fields.storageCapacity <= Self.maxSpareBytes
    else {
      fields = RequestHeaderFields()
      return
    }
    fields.removeAllKeepingCapacity()
    // Swapped into a new last slot, as `recycle(received:)`.
    requests.append(RequestHeaderFields())
    swap(&fields, &requests[requests.count - 1])
  }

  /// Spare storage for a relay stream's outbound tail (the relayed message bytes it queues), empty; an
  /// array without storage when there is none.
  mutating func tail() -> [UInt8] { tails.popLast() ?? [] }

  /// Takes back a closed relay stream's tail storage (`OutboundBuffer.removeAll(keepingTailIn:)`); `tail`
  /// is left empty, without storage.
  mutating func recycle(tail: inout [UInt8]) {
    var taken: [UInt8] = []
    swap(&taken, &tail)
    guard tails.count < spareLimit, taken.capacity > 0, taken.capacity <= Self.maxSpareBytes else { return }
    taken.removeAll(keepingCapacity: true)
    tails.append(taken)
  }
}
