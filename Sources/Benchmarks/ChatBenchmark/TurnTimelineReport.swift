import Foundation
import MeshServiceKit

/// Where the slowest turns wait: each turn's time from the client's send to its first chunk, cut at the
/// moments `TurnTimeline` marks, and averaged per band of turns ranked by that time (the median band, the
/// slowest tenth, the slowest hundredth). A stage whose mean grows from the median band to the slowest is
/// where the tail waits; one that stays flat is not.
enum TurnTimelineReport {
  /// The report's lines for `turns` (client message id → gaps in ms, as `TurnTimeline.drainComplete` returns).
  static func lines(_ turns: [String: [Double]]) -> [String] {
    let ranked = turns.values.map { (total: $0.reduce(0, +), gaps: $0) }.sorted { $0.total < $1.total }
    guard !ranked.isEmpty else { return ["  (no turn reached every point)"] }
    let count = ranked.count
    func band(_ from: Double, _ to: Double) -> ArraySlice<(total: Double, gaps: [Double])> {
      let lower = min(count - 1, Int(Double(count) * from)), upper = max(lower + 1, Int((Double(count) * to).rounded(.up)))
      return ranked[lower..<min(upper, count)]
    }
    let bands = [("all", band(0, 1)), ("p40-p60", band(0.4, 0.6)), ("p90-p100", band(0.9, 1)), ("p99-p100", band(0.99, 1))]
    func mean(_ slice: ArraySlice<(total: Double, gaps: [Double])>, _ index: Int?) -> Double {
      slice.reduce(0) { sum, turn in sum + (index.map { turn.gaps[$0] } ?? turn.total) } / Double(max(slice.count, 1))
    }
    var lines = [String(format: "  %-40@", "(mean ms per band of turns by first chunk)" as NSString)
                   + bands.map { String(format: " %10@", "\($0.0) n\($0.1.count)" as NSString) }.joined()]
    for (index, point) in TurnTimeline.Point.allCases.dropFirst().enumerated() {
      lines.append(String(format: "  %-40@", point.label as NSString) + bands.map { String(format: " %10.2f", mean($0.1, index)) }.joined())
    }
    lines.append(String(format: "  %-40@", "time to first chunk" as NSString) + bands.map { String(format: " %10.2f", mean($0.1, nil)) }.joined())
    return lines
  }
}
