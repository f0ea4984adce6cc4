internal import CProtobufC
import MeshCore

/// Packs a message whose arena holds large byte arrays into pieces: the bytes around them packed into one
/// buffer, and each large array as it is, shared, not copied. The transport writes such a piece by
/// reference, so a 64 KiB response body is copied by no one between the handler and the socket (packing
/// it whole copied it once, into the packed message).
enum ProtobufSplitPacker {
  /// The message in pieces, or nil when it has no large array or protobuf-c did not append each of
  /// them whole exactly once (then the caller packs it in one piece).
  static func pieces(_ message: UnsafePointer<ProtobufCMessage>, arena: ProtobufArena) -> WirePieces? {
    let large = arena.largeKeptArrays
    guard !large.isEmpty else { return nil }
    let size = protobuf_c_message_get_packed_size(message)
    let shared = large.reduce(0) { $0 + $1.count }
    guard shared <= size else { return nil }
    // SIZE_MAX, which C's `size_t` offset holds while a run is not taken (Swift sees `size_t` as `Int`).
    let notTaken = Int(bitPattern: UInt.max)
    // The arena holds every array in `large`, so their storage stays where it is while this runs.
    var runs = large.map { array in
      array.withUnsafeBufferPointer { buffer in
        MeshProtobufSharedRun(data: buffer.baseAddress, length: buffer.count, offset: notTaken, sequence: 0)
      }
    }
    var packed = false
    let rest = [UInt8](unsafeUninitializedCapacity: size - shared) { storage, count in
      packed = runs.withUnsafeMutableBufferPointer { runs in
        // protobuf-c wants a non-null pointer even for zero bytes.
        var none: UInt8 = 0
        return withUnsafeMutablePointer(to: &none) { nonePointer in
          mesh_protobuf_c_pack_split(message, storage.baseAddress ?? nonePointer, size - shared, runs.baseAddress,
                                     runs.count) == 1
        }
      }
      count = packed ? size - shared : 0
    }
    guard packed else { return nil }
    return assemble(rest, runs: runs, large: large)
  }

  /// The pieces in output order: the packed bytes cut where the runs went, the runs' arrays between.
  private static func assemble(_ packed: [UInt8], runs: [MeshProtobufSharedRun], large: [[UInt8]]) -> WirePieces {
    var pieces: [[UInt8]] = []
    pieces.reserveCapacity(2 * runs.count + 1)
    // Packed bytes from `start` to `end`: the buffer itself when that is all of it (the usual message has
    // its few header bytes, then the large field last), else a copy of the cut.
    func addPacked(_ start: Int, _ end: Int) {
      guard end > start else { return }
      pieces.append(start == 0 && end == packed.count ? packed : Array(packed[start..<end]))
    }
    var start = 0
    for index in runs.indices.sorted(by: { runs[$0].sequence < runs[$1].sequence }) {
      addPacked(start, runs[index].offset)
      pieces.append(large[index])
      start = runs[index].offset
    }
    addPacked(start, packed.count)
    return .pieces(pieces)
  }
}
