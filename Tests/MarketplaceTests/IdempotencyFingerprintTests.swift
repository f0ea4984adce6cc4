@testable import Marketplace
import Testing

/// A retry is the same request when its JSON body holds the same object, in whatever order of keys.
@Suite struct IdempotencyFingerprintTests {
  @Test func theSameJSONInAnotherOrderIsTheSameRequest() {
    let a = Array(#"{"reason":"x","items":[{"line_no":1,"quantity":2}]}"#.utf8)
    let b = Array(#"{ "items": [ {"quantity": 2, "line_no": 1} ], "reason": "x" }"#.utf8)
    #expect(IdempotencyKey.canonical(a) == IdempotencyKey.canonical(b))
    #expect(IdempotencyKey.canonical(a) != IdempotencyKey.canonical(Array(#"{"reason":"y","items":[]}"#.utf8)))
    #expect(IdempotencyKey.canonical([]) == [])
    #expect(IdempotencyKey.canonical(Array("not json".utf8)) == Array("not json".utf8))
  }
}
