/// Two independent calls in flight at once, in a task group rather than a pair of `async let`s.
///
/// Why not `async let`: an `async let` child lives in its parent's frame (or the parent's task allocator),
/// and reading the 6.3 runtime's `AsyncTask::completeFuture`, it looks at the child (`hasGroupChildFragment()`)
/// after publishing its result, when the parent may already have freed that memory; Swift 6.3 has other
/// reported `async let` crashes of the same family (swiftlang/swift#87481, #88750: child frames freed out of
/// order). The processor's turn was the only `async let` of the package and the place a debug build once
/// crashed with SIGSEGV (an outlined copy of `CallOptions` in `TurnProcessor.answer`, load 28; not reproduced
/// since, so a likely cause, not a proven one). A task group's children are heap objects the group holds
/// until it has consumed them.
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
