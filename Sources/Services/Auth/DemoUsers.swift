import Foundation
import MeshServiceKit

/// Sign-ins the auth service sets when it starts (`demo_users_file`): one `username password subject` a
/// line, so a fresh `mesh up` has a shopper to sign in as. The file is the operator's (mode 0600 in
/// `.mesh/keys/`), never the mesh file's.
enum DemoUsers {
  struct User {
    let username: String
    let password: String
    let subject: String
  }

  /// Reads the file.
  /// - Parameter path: the file.
  /// - Throws: `ServiceSetupError` naming the line that is not `username password subject`.
  static func read(path: String) throws -> [User] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var users: [User] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if fields.isEmpty { continue }
      guard fields.count == 3 else {
        throw ServiceSetupError("\(path):\(index + 1): expected 'username password subject'")
      }
      users.append(User(username: String(fields[0]), password: String(fields[1]), subject: String(fields[2])))
    }
    return users
  }
}
