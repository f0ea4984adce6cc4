import MeshLogging
import MeshMetrics
import MeshTransport

/// `mesh_tls_certificate_expiry_timestamp_seconds{listener}`: when the certificate a TLS server of this
/// process presents expires (its `notAfter`, seconds since 1970 UTC), what the certificate-expiry alert
/// compares with `time()`. Set when the server starts, from the same PEM the server loaded.
enum CertificateExpiryMetric {
  /// The metric's name.
  static let name = "mesh_tls_certificate_expiry_timestamp_seconds"

  /// Records the certificate of one TLS server.
  /// - Parameters:
  ///   - listener: the server's name (a gateway listener's `name:`).
  ///   - tls: its TLS configuration.
  ///   - registry: where the gauge is.
  static func record(listener: String, tls: TLSConfiguration, registry: MetricsRegistry) {
    let gauge = registry.gauge(name, help: "When the certificate a TLS listener serves expires (notAfter), in seconds since 1970.",
                               labels: ["listener"])
    do {
      guard let notAfter = try tls.certificateNotAfter() else { return }
      gauge.labels(listener).set(Double(notAfter))
    } catch {
      // The server loaded this certificate a moment ago, so this is unexpected: the alert then has no series.
      ProcessLines.warning("mesh serve: the certificate of listener \(listener) has no readable expiry (\(error)); \(name) is not set")
    }
  }
}
