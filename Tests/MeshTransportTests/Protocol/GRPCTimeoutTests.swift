import Testing
@testable import MeshTransport

@Suite struct GRPCTimeoutTests {
  @Test(arguments: [
    ("1H", Duration.seconds(3600)), ("2M", .seconds(120)), ("3S", .seconds(3)), ("45m", .milliseconds(45)),
    ("7u", .microseconds(7)), ("99999999n", .nanoseconds(99_999_999)), ("0S", .zero),
    ("99999999H", .seconds(Int64(99_999_999) * 3600)),
  ])
  func parsesEveryUnit(text: String, expected: Duration) {
    #expect(GRPCTimeout(headerValue: text)?.duration == expected)
  }

  @Test(arguments: ["", "S", "1", "123456789S", "1s", "1 S", " 1S", "-1S", "1.5S", "1SS", "0x1S", "１S"])
  func rejectsMalformedValues(text: String) {
    #expect(GRPCTimeout(headerValue: text) == nil)
  }

  @Test(arguments: [
    (Duration.seconds(1), "1S"), (.seconds(7200), "2H"), (.seconds(90), "90S"), (.seconds(120), "2M"),
    (.milliseconds(1500), "1500m"), (.nanoseconds(1), "1n"), (.nanoseconds(99_999_999), "99999999n"),
    (.microseconds(10_000_001), "10000001u"), (.microseconds(100_000_001), "100001m"), (.zero, "0H"),
  ])
  func formatsTheShortestExactForm(duration: Duration, expected: String) {
    #expect(GRPCTimeout(duration).headerValue == expected)
  }

  @Test func roundsUpWhenNoExactFormFits() throws {
    // 1.234567891 s needs 10 digits in nanoseconds: the finest unit that fits is microseconds, rounded up.
    let timeout = GRPCTimeout(.nanoseconds(1_234_567_891))
    #expect(timeout.headerValue == "1234568u")
    let parsed = try #require(GRPCTimeout(headerValue: timeout.headerValue))
    #expect(parsed.duration >= timeout.duration)
  }

  @Test func longTimeoutsRoundTheSameEitherSideOfTheInt64Path() {
    // 4e9 s is where the formatting leaves Int64 for Int128: both sides round up to the finest unit that fits alike.
    #expect(GRPCTimeout(.seconds(3_999_999_999) + .nanoseconds(1)).headerValue == "66666667M")
    #expect(GRPCTimeout(.seconds(4_000_000_001) + .nanoseconds(1)).headerValue == "66666667M")
    #expect(GRPCTimeout(.seconds(4_000_000_000) + .nanoseconds(1)).headerValue == "66666667M")
    #expect(GRPCTimeout(.seconds(29) + .nanoseconds(999_987_654)).headerValue == "29999988u")
  }

  @Test func subNanosecondRemaindersRoundUpOnEveryPath() {
    // Attoseconds under 2^64, between 2^64 and the 64-bit division's reach, and past it (Int128).
    #expect(GRPCTimeout(Duration(secondsComponent: 0, attosecondsComponent: 1)).headerValue == "1n")
    #expect(GRPCTimeout(Duration(secondsComponent: 0, attosecondsComponent: 2_000_000_000)).headerValue == "2n")
    #expect(GRPCTimeout(Duration(secondsComponent: 30, attosecondsComponent: 1)).headerValue == "30000001u")
    #expect(GRPCTimeout(Duration(secondsComponent: 30, attosecondsComponent: 0)).headerValue == "30S")
    #expect(GRPCTimeout(Duration(secondsComponent: 20_000_000_000, attosecondsComponent: 1)).headerValue == "5555556H")
    #expect(GRPCTimeout(Duration(secondsComponent: Int64.max, attosecondsComponent: 0)).headerValue == "99999999H")
  }

  @Test func capsHugeDurationsAtTheLargestValue() {
    #expect(GRPCTimeout(.seconds(Int64(200_000_000) * 3600)).headerValue == "99999999H")
  }

  @Test func negativeDurationsBecomeZero() {
    #expect(GRPCTimeout(.seconds(-5)).duration == .zero)
  }

  /// The bytes the relay sends (`withHeaderValue`, written on the stack) spell what `headerValue` does: the
  /// fixed cases, every digit count, zero, the cap and random durations.
  @Test func bytesSpellTheHeaderValue() {
    var durations: [Duration] = [.zero, .nanoseconds(1), .nanoseconds(9), .nanoseconds(10), .seconds(5), .seconds(90),
                                 .nanoseconds(1_234_567_891), .seconds(Int64(200_000_000) * 3600)]
    var power: Int64 = 1
    for _ in 0..<12 {
      durations.append(.nanoseconds(power * 7 + 3))
      power *= 10
    }
    var generator = SystemRandomNumberGenerator()
    durations += (0..<500).map { _ in .nanoseconds(Int64.random(in: 0...(Int64(1) << 50), using: &generator)) }
    for duration in durations {
      let timeout = GRPCTimeout(duration)
      let bytes = timeout.withHeaderValue { Array($0) }
      #expect(String(decoding: bytes, as: UTF8.self) == timeout.headerValue, "\(duration)")
    }
  }

  @Test func formatAndParseRoundTripWithoutShrinking() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let nanoseconds = Int64.random(in: 0...(Int64(1) << 50), using: &generator)
      let timeout = GRPCTimeout(.nanoseconds(nanoseconds))
      let text = timeout.headerValue
      #expect(text.utf8.count <= 9)
      let parsed = try #require(GRPCTimeout(headerValue: text))
      #expect(parsed.duration >= timeout.duration)
      // Rounding up never adds more than one unit of the finest form that fits: at most 1e-5 of it, since a coarser unit is used only when the finer one overflows 8 digits.
      #expect(parsed.duration - timeout.duration <= max(timeout.duration / 100_000, .nanoseconds(1)))
    }
  }
}
