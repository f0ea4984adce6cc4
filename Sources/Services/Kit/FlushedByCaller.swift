public import MeshCore

/// A write whose caller makes it durable itself: the caller tells no one of it before a synchronous commit
/// of its own that comes later in PostgreSQL's WAL (the processor saves a turn's context, then commits the
/// turn's reply, whose WAL flush flushes the save first). The service then commits the write without
/// waiting for its own flush: a disk flush less on the caller's path. A crash of the server before the
/// caller's commit loses the write with the caller's transaction, which is retried from before both.
public enum FlushedByCaller {
  /// The metadata key; its value `1` asks for the relaxed commit (a caller outside the mesh that sets it only
  /// gives up the durability of its own write).
  public static let key = "x-mesh-flushed-by-caller"

  /// Whether the call asks for it.
  /// - Parameter context: the call.
  public static func isAsked(by context: ServerContext) -> Bool {
    context.requestMetadata.firstString(forKey: key) == "1"
  }

  /// `metadata` with the request added.
  /// - Parameter metadata: the call's other metadata.
  public static func asking(_ metadata: Metadata) -> Metadata {
    var metadata = metadata
    metadata.addString("1", forKey: key)
    return metadata
  }
}
