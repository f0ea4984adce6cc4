import Foundation
import MeshTestSupport
import MeshTransport
import Testing

/// What `mesh_tls_certificate_expiry_timestamp_seconds` exports: the served certificate's notAfter, read
/// through OpenSSL, for certificates whose notAfter is known (a UTCTime before 2050, a GeneralizedTime after).
@Suite("TLS certificate expiry")
struct CertificateExpiryTests {
  @Test("the test server certificate's notAfter (Nov 25 02:53:40 2046 GMT)")
  func committedCertificate() throws {
    let tls = TLSConfiguration.server(certificateChain: .file(path: Repository.serverCertificate),
                                      privateKey: .file(path: Repository.serverKey))
    #expect(try tls.certificateNotAfter() == 2_426_727_220)
  }

  @Test("a certificate issued here to end at 2051-02-03T04:05:06Z (a GeneralizedTime)")
  func generatedCertificate() async throws {
    let folder = try OpsFiles.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      set -e
      cd "$0"
      openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem 2>/dev/null
      openssl req -new -key key.pem -subj /CN=expiry-test -out request.csr
      touch index.txt && echo 01 > serial
      printf '[ca]\\ndefault_ca = test\\n[test]\\ndatabase = index.txt\\nnew_certs_dir = .\\nserial = serial\\ndefault_md = sha256\\npolicy = any\\n[any]\\ncommonName = supplied\\n' > ca.cnf
      openssl ca -batch -config ca.cnf -selfsign -keyfile key.pem -in request.csr \\
        -startdate 20240101000000Z -enddate 20510203040506Z -out certificate.pem 2>/dev/null
      """
    let openssl = try PeerProcess("/bin/sh", ["-c", script, folder.path])
    #expect(try await openssl.waitForExit(seconds: 60) == 0, "\(openssl.text)")
    let tls = TLSConfiguration.server(certificateChain: .file(path: folder.appendingPathComponent("certificate.pem").path),
                                      privateKey: .file(path: folder.appendingPathComponent("key.pem").path))
    #expect(try tls.certificateNotAfter() == 2_559_009_906)
  }

  @Test("no certificate: nil for a client without one, an error for a PEM that holds none")
  func missing() throws {
    #expect(try TLSConfiguration.client().certificateNotAfter() == nil)
    let broken = TLSConfiguration.server(certificateChain: .pem("not a certificate"), privateKey: .pem(""))
    #expect(throws: TLSError.self) { try broken.certificateNotAfter() }
  }
}
