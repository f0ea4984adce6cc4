import Foundation
import MeshCrypto
import Testing

/// The system clock's seconds (read with the C library's `time`) are the whole seconds `Date()` gives: read
/// between two `Date()` readings, they lie between those readings' whole seconds.
struct SystemJWTClockTests {
  @Test func theClocksSecondsAreDatesWholeSeconds() {
    for _ in 0..<100 {
      let before = Int64(Date().timeIntervalSince1970)
      let seconds = SystemJWTClock().secondsSince1970()
      let after = Int64(Date().timeIntervalSince1970)
      #expect(before <= seconds && seconds <= after)
    }
  }
}
