@testable import MeshGateway
import MeshMetrics
import Testing

/// The outlier detector's state in `/metrics`, per endpoint (no sockets): `mesh_gateway_outlier_ejected`
/// and `mesh_gateway_outlier_ejection_multiplier` as a scrape refreshes them from the detector, with the
/// multiplier's decay and an ejection whose time is up before any call let the endpoint back.
@Suite("Outlier ejection state in /metrics")
struct OutlierMetricsTests {
  /// The samples of the two series, by endpoint.
  private static func scrape(_ registry: MetricsRegistry) -> [String: Double] {
    var samples: [String: Double] = [:]
    for line in registry.exposition().split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ")
      guard parts.count == 2, parts[0].hasPrefix("mesh_gateway_outlier_ejected{") || parts[0].hasPrefix("mesh_gateway_outlier_ejection_multiplier{"),
            let value = Double(parts[1]) else { continue }
      samples[String(parts[0])] = value
    }
    return samples
  }

  private static func key(_ name: String, _ endpoint: String) -> String { #"\#(name){cluster="c",endpoint="\#(endpoint)"}"# }

  @Test func ejectionStateAndMultiplierFollowTheDetectorAtEachScrape() {
    let registry = MetricsRegistry()
    let metrics = UpstreamClusterMetrics(cluster: "c", endpoints: ["a:1", "b:2"], registry: registry)
    // OutlierDecayTests' detector: ejected at the second failure in a row, 10 s growing, one off per 10 s.
    var detector = OutlierDecayTests.detector()
    let start = ContinuousClock.now
    metrics.refresh(from: detector, now: start)
    var samples = Self.scrape(registry)
    #expect(samples[Self.key("mesh_gateway_outlier_ejected", "a:1")] == 0)
    #expect(samples[Self.key("mesh_gateway_outlier_ejection_multiplier", "a:1")] == 0)

    // Ejected twice (10 s, then 20 s): multiplier 2 while out.
    #expect(OutlierDecayTests.eject(&detector, 0, at: start) == .seconds(10))
    _ = detector.releaseExpired(now: start + .seconds(10))
    #expect(OutlierDecayTests.eject(&detector, 0, at: start + .seconds(10)) == .seconds(20))
    metrics.refresh(from: detector, now: start + .seconds(11))
    samples = Self.scrape(registry)
    #expect(samples[Self.key("mesh_gateway_outlier_ejected", "a:1")] == 1)
    #expect(samples[Self.key("mesh_gateway_outlier_ejection_multiplier", "a:1")] == 2)
    #expect(samples[Self.key("mesh_gateway_outlier_ejected", "b:2")] == 0)
    #expect(samples[Self.key("mesh_gateway_outlier_ejection_multiplier", "b:2")] == 0)

    // Its 20 s are up at 30 s: out of the ejection even though no call has let it back yet.
    metrics.refresh(from: detector, now: start + .seconds(31))
    samples = Self.scrape(registry)
    #expect(samples[Self.key("mesh_gateway_outlier_ejected", "a:1")] == 0)
    #expect(detector.isEjected(0), "no call released it: the detector still holds the ejection")

    // Back in service from 30 s: one off per 10 s.
    _ = detector.releaseExpired(now: start + .seconds(31))
    metrics.refresh(from: detector, now: start + .seconds(41))
    #expect(Self.scrape(registry)[Self.key("mesh_gateway_outlier_ejection_multiplier", "a:1")] == 1)
    metrics.refresh(from: detector, now: start + .seconds(51))
    #expect(Self.scrape(registry)[Self.key("mesh_gateway_outlier_ejection_multiplier", "a:1")] == 0)
  }
}
