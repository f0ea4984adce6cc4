/// A peer that failed or answered what the test cannot read.
struct TestPeerFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
