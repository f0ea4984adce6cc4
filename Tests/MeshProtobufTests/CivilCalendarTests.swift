import MeshProtobuf
import Testing

/// The one civil-date conversion of the mesh (proto3 JSON timestamps and the processor's order dates).
@Suite struct CivilCalendarTests {
  @Test func knownDaysAndTheWayBack() {
    #expect(CivilCalendar.date(fromDays: 0) == (1970, 1, 1))
    #expect(CivilCalendar.date(fromDays: -1) == (1969, 12, 31))
    #expect(CivilCalendar.date(fromDays: 11_016) == (2000, 2, 29))
    #expect(CivilCalendar.date(fromDays: -719_162) == (1, 1, 1))
    #expect(CivilCalendar.days(fromSeconds: -1) == -1 && CivilCalendar.days(fromSeconds: 86_399) == 0)
    #expect(CivilCalendar.days(fromSeconds: -86_400) == -1 && CivilCalendar.days(fromSeconds: -86_401) == -2)
    for days in stride(from: Int64(-800_000), through: 3_000_000, by: 997) {
      let (year, month, day) = CivilCalendar.date(fromDays: days)
      #expect(CivilCalendar.days(fromYear: year, month: month, day: day) == days)
    }
    // Any value from outside: no trap.
    _ = CivilCalendar.date(fromDays: CivilCalendar.days(fromSeconds: .min))
    _ = CivilCalendar.date(fromDays: .max)
  }
}
