import Synchronization

/// The bytes every connection of one server holds in memory (request bytes not yet read by handlers,
/// response bytes not yet sent), so that the server can bound them as a whole; connections on every
/// loop add to it.
final class BufferedBytesBudget: Sendable {
  private let total = Atomic<Int>(0)

  /// The bytes held now.
  var bytes: Int { total.load(ordering: .relaxed) }

  /// Adds (or, negative, removes) bytes.
  func add(_ delta: Int) { total.add(delta, ordering: .relaxed) }
}
