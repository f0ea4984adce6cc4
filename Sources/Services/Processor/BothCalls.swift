/// Two independent calls in flight at once, in a task group rather than a pair of `async let`s.
///
/// Why not `async let`: an `async let` child lives in its parent's frame (or the parent's task allocator),
/// and the Swift 6.3 runtime's `AsyncTask::completeFuture` reads the child (`hasGroupChildFragment()`) after
/// publishing its result, when the parent may already have freed that memory and reused it for the next
/// turn's frame; a garbage flag there makes it `offer` into a garbage group (fixed upstream in
/// swiftlang/swift#89883, June 2026, after the 6.3.1 toolchain). The processor's turn was the only `async let`
/// of the package and the place a debug build once crashed with SIGSEGV (an outlined copy of `CallOptions`
/// in `TurnProcessor.answer`, load 28). A task group's children are heap objects the group holds until it
/// has consumed them, so nothing reads freed memory.
enum BothCalls {
  /// Runs `first` and `second` concurrently and returns both results; the first error thrown cancels the
  /// other call and is rethrown once both have ended.
  /// - Parameters:
  ///   - first: one call.
  ///   - second: the other.
  static func run<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () async throws -> A,
                                            _ second: @escaping @Sendable () async throws -> B) async throws -> (A, B) {
    try await withThrowingTaskGroup(of: Either<A, B>.self) { group in
      group.addTask { .first(try await first()) }
      group.addTask { .second(try await second()) }
      var a: A?
      var b: B?
      // `next()` rethrows the first child error; leaving the closure then cancels and awaits the other.
      while let result = try await group.next() {
        switch result {
        case .first(let value): a = value
        case .second(let value): b = value
        }
      }
      guard let a, let b else { throw CancellationError() }  // Unreachable: each child returned or threw.
      return (a, b)
    }
  }

  /// One child's result.
  private enum Either<A: Sendable, B: Sendable>: Sendable {
    case first(A)
    case second(B)
  }
}
