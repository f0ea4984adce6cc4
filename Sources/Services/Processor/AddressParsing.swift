import Foundation
import MeshProtos

/// A delivery address typed in chat ("12 Rue de la Paix, 75002 Paris, FR") as the order service's
/// fields; the recipient's name (and the country, when none is typed) stay those of the current address.
enum AddressParsing {
  static func address(_ text: String, keeping current: Mesh_Common_V1_Address?) -> Mesh_Common_V1_Address? {
    let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard parts.count >= 2, parts.count <= 5, parts.allSatisfy({ $0.count <= 200 }) else { return nil }
    var address = Mesh_Common_V1_Address()
    address.name = current?.name ?? ""
    address.countryCode = current?.countryCode ?? ""
    var rest = parts
    if let last = rest.last, last.count == 2, last.allSatisfy({ $0.isASCII && $0.isLetter }) {
      address.countryCode = last.uppercased()
      rest.removeLast()
    }
    // The part with the postal code: "75002 Paris" or "Paris 75002".
    guard let index = rest.lastIndex(where: { $0.split(separator: " ").contains { $0.count >= 3 && $0.allSatisfy(\.isNumber) } }),
          index > 0 else { return nil }
    let words = rest[index].split(separator: " ")
    guard let code = words.first(where: { $0.count >= 3 && $0.allSatisfy(\.isNumber) }) else { return nil }
    address.postalCode = String(code)
    address.city = words.filter { $0 != code }.joined(separator: " ")
    address.lines = Array(rest[..<index])
    guard !address.city.isEmpty, !address.name.isEmpty, address.countryCode.count == 2 else { return nil }
    return address
  }
}
