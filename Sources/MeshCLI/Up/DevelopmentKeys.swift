import Foundation
import MeshConfig
import MeshCrypto

/// The keys the services need, read from where the mesh file says (an environment variable or a file), or,
/// when that is absent, development keys generated once into `STATE/keys/` (never into the mesh file, and
/// `.mesh/` is not committed), so that `mesh up` runs on a fresh clone. Each generated key is announced.
struct DevelopmentKeys {
  /// Variables every child gets: MESH_CHAT_KEYS (the message keyring), MESH_PII_KEY, MESH_AUTH_PEPPER.
  var environment: [String: String] = [:]
  /// Settings of the auth service: `signing_key_file` (the JWT signing key, a PEM file).
  var authSettings: [String: String] = [:]

  /// A key the services use: its name in the mesh file, the variable the children read it from, and
  /// how a development one is made.
  struct Known: Sendable {
    let name: String
    let variable: String?
    let make: @Sendable (_ path: String) throws -> Void
  }

  static let known: [Known] = [
    Known(name: "message-keyring", variable: "MESH_CHAT_KEYS") { path in
      try write("dev-\(randomText(4)):\(Base64URL.encode(randomBytes(32)))", to: path)
    },
    Known(name: "pii-hash", variable: "MESH_PII_KEY") { try write(Base64URL.encode(randomBytes(32)), to: $0) },
    Known(name: "api-key-signing", variable: "MESH_AUTH_PEPPER") { try write(Base64URL.encode(randomBytes(32)), to: $0) },
    Known(name: "jwt-signing", variable: nil) { path in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
      process.arguments = ["genpkey", "-algorithm", "ED25519", "-out", path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { throw SecretReader.Missing(description: "openssl genpkey failed for \(path)") }
      chmod(path, 0o600)
    },
  ]

  /// Resolves every known key.
  /// - Parameters:
  ///   - mesh: the mesh file, whose `keys:` say where each is.
  ///   - folder: the mesh file's folder (relative key files are resolved from it).
  ///   - state: the state folder (`.mesh`), whose `keys/` holds generated keys.
  ///   - log: where announcements go.
  static func resolve(mesh: MeshFile?, folder: String, state: String, log: (String) -> Void) throws -> DevelopmentKeys {
    var keys = DevelopmentKeys()
    let specs = Dictionary((mesh?.allKeys ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    for key in known {
      var path: String?
      var value: String?
      if let spec = specs[key.name] {
        if let name = spec.env, let text = ProcessInfo.processInfo.environment[name], !text.isEmpty {
          value = text
        } else if let file = spec.file {
          let resolved = file.hasPrefix("/") ? file : folder + "/" + file
          if FileManager.default.isReadableFile(atPath: resolved) { path = resolved }
        }
      }
      if value == nil && path == nil {
        let generated = state + "/keys/" + key.name
        if !FileManager.default.fileExists(atPath: generated) {
          try FileManager.default.createDirectory(atPath: state + "/keys", withIntermediateDirectories: true,
                                                  attributes: [.posixPermissions: 0o700])
          try key.make(generated)
          log("mesh: generated a development key '\(key.name)' in \(generated) (not for production: "
            + "set \(specs[key.name]?.env.map { "$" + $0 } ?? specs[key.name]?.file ?? "it in the mesh file's keys:") to use a real one)")
        } else {
          log("mesh: using the development key '\(key.name)' in \(generated)")
        }
        path = generated
      }
      if key.name == "jwt-signing" {
        if let path { keys.authSettings["signing_key_file"] = path }
        continue
      }
      if value == nil, let path {
        value = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
      }
      if let variable = key.variable, let value { keys.environment[variable] = value }
    }
    try demoShopper(state: state, into: &keys, log: log)
    return keys
  }

  /// A shopper to sign in as on the chat page (`demo`, a marketplace user with orders): its password is
  /// made once into `STATE/keys/demo-users` and announced, and the auth service sets it at start.
  static func demoShopper(state: String, into keys: inout DevelopmentKeys, log: (String) -> Void) throws {
    let path = state + "/keys/demo-users"
    if !FileManager.default.fileExists(atPath: path) {
      try FileManager.default.createDirectory(atPath: state + "/keys", withIntermediateDirectories: true,
                                              attributes: [.posixPermissions: 0o700])
      try write("# username password subject (a marketplace user id), one a line; the auth service sets them at start\n"
                + "demo \(randomText(6)) U00001", to: path)
    }
    keys.authSettings["demo_users_file"] = path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    if let line = text.split(separator: "\n").first(where: { !$0.hasPrefix("#") }) {
      let fields = line.split(separator: " ")
      if fields.count == 3 {
        log("mesh: sign in on the chat page as '\(fields[0])' with the password '\(fields[1])' (development login, \(path))")
      }
    }
  }

  static func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
  }

  static func randomText(_ count: Int) -> String {
    randomBytes(count).map { String(format: "%02x", $0) }.joined()
  }

  static func write(_ text: String, to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
      throw SecretReader.Missing(description: "cannot write the development key \(path)")
    }
  }
}
