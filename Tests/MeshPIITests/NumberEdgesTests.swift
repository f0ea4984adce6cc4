import Testing
@testable import MeshPII

/// SSNs, national ids, IPs and phones at their edges (piiother35), and the numbers of goods, dates and settings
/// that take their shapes. Sentences written for these tests.
@Suite struct NumberEdgesTests {
  func found(_ text: String) -> [String] {
    PIIDetector(types: [.ssn, .ip, .phone, .card]).detect(in: text).map { "\($0.type.rawValue): \($0.value)" }
  }

  @Test(arguments: [
    ("ssn is 923-45-6781 per the form", "ssn: 923-45-6781"),
    ("my ID number is 321-54-9876", "ssn: 321-54-9876"),
    ("taxpayer number 912-70-3456", "ssn: 912-70-3456"),
    ("aadhaar 2345 6789 0123 for KYC", "ssn: 2345 6789 0123"),
    ("meu CPF é 529.982.247-25", "ssn: 529.982.247-25"),
    ("529.982.247-25 is on the invoice", "ssn: 529.982.247-25"),
    ("whitelist 198.51.100.23/32 please", "ip: 198.51.100.23"),
    ("seen from (203.0.113.77) twice", "ip: 203.0.113.77"),
    ("call 06 98 76 54 32 tonight", "phone: 06 98 76 54 32"),
  ])
  func finds(_ text: String, _ value: String) {
    #expect(found(text) == [value], "in \(text)")
  }

  @Test func ipList() {
    #expect(found("ips 10.1.2.3,10.1.2.4") == ["ip: 10.1.2.3", "ip: 10.1.2.4"])
  }

  @Test(arguments: [
    "ssn 666-12-3456 is not valid", "923-45-6781 is the part number",
    "529.982.247-26 has a bad check digit", "netmask 255.255.255.128", "version 1.2.3.4 is out",
    "scores 10 20 30 40 50 60 70", "batch 2023 11 30 0815 expired", "IMEI 490154203237518 is blocked",
    "VAT number DE 136 695 976", "barcode 5 012345 678900 on the lid", "Order #100-2231-8877, please merge",
    "PO Box 4521-00100 Nairobi",
  ])
  func leavesLookAlikes(_ text: String) {
    #expect(found(text).isEmpty, "unexpected \(found(text)) in \(text)")
  }

  @Test func aadhaarNeverStartsWithZeroOrOne() {
    #expect(!found("aadhaar 0123 4567 8901").contains { $0.hasPrefix("ssn") })
  }

  @Test func cpfCheckDigits() {
    #expect(NumberScanner.cpf(Array("52998224725".utf8)))
    #expect(!NumberScanner.cpf(Array("52998224726".utf8)))
    #expect(!NumberScanner.cpf(Array("11111111111".utf8)))
  }
}
