/// Moves a loop-confined object across a `Sendable` boundary; it is only used on its own loop.
struct UnsafeTransfer<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
