public import Foundation
import MeshCrypto

/// Fitted heads kept beside the encoder's weights, so that only the first start of the nlu service (or
/// `mesh nlu classify`) on a models folder embeds the training utterances and fits (23 s of CPU for the
/// coarse head's 11,338 utterances), and every later start, of any replica, reads the head in well under
/// a second. A file is named and checked by its `HeadKey` (all the head's inputs): another input is
/// another file, so a stale head is never read. Writes go to a temporary file renamed into place, and
/// replicas starting together take a lock on the folder so one fits while the others wait and read its
/// file. A file that fails any check (truncated, damaged, another layout) is reported in one log line and
/// the head refitted and rewritten; a folder that cannot be written only costs the storing.
public enum HeadStore {
  /// Bumped when what a head depends on changes in a way `HeadKey` cannot see (for example the fold fit).
  public static let revision = 1

  /// The file's first bytes, and the version of the header after them.
  static let magic = Array("MESHHEAD".utf8), version: UInt32 = 1

  /// The header's size: magic, version, key, payload length, payload SHA-256.
  static let headerSize = 8 + 4 + 32 + 8 + 32

  /// How long a start waits for another process fitting the same folder's heads before fitting itself.
  static let lockWait: Duration = .seconds(300)

  /// The file of head `name` with `key` in `directory`.
  public static func file(_ name: String, key: HeadKey, in directory: URL) -> URL {
    directory.appendingPathComponent("\(name)-head-\(key.hex.prefix(32)).nluhead")
  }

  /// How a head was obtained.
  public enum Source: Sendable, Equatable {
    /// Read from its file.
    case read
    /// Fitted now (and stored unless the log says otherwise).
    case fitted
  }

  /// Head `name` read from `directory` when stored there with `key`, else fitted by `fit` and stored.
  /// - Parameters:
  ///   - name: the head's name in the file name (`fine`, `coarse`).
  ///   - key: everything the head depends on.
  ///   - directory: the models folder.
  ///   - log: receives a line when a file is refused or cannot be written.
  ///   - fit: fits the head (seconds to minutes).
  /// - Returns: the head and where it came from.
  public static func head(_ name: String, key: HeadKey, in directory: URL, log: (String) -> Void,
                          fit: () throws -> EmbeddingIntentModel) throws -> (model: EmbeddingIntentModel, source: Source) {
    try stored(name, key: key, in: directory, log: log, fit: fit, encode: { model in
      var fields = HeadFileWriter()
      model.store(into: &fields)
      return fields.bytes
    }, decode: { bytes in
      var reader = HeadFileReader(bytes)
      let model = try EmbeddingIntentModel(stored: &reader)
      guard reader.atEnd else { throw HeadStoreError.corrupt("bytes left after the head") }
      return model
    })
  }

  /// A model read from `directory` when stored there with `key` (its fields by `decode`), else fitted
  /// by `fit` and stored (by `encode`): `head(_:key:in:log:fit:)` for any model with a byte form.
  static func stored<Model>(_ name: String, key: HeadKey, in directory: URL, log: (String) -> Void, fit: () throws -> Model,
                            encode: (Model) -> [UInt8], decode: ([UInt8]) throws -> Model) throws -> (model: Model, source: Source) {
    let url = file(name, key: key, in: directory)
    if let model = read(url, key: key, log: log, decode: decode) { return (model, .read) }
    // Another replica may be fitting this very model: wait for it, then read its file.
    let lock = FolderLock(directory: directory, wait: lockWait)
    defer { lock.release() }
    if lock.held, let model = read(url, key: key, log: { _ in }, decode: decode) { return (model, .read) }
    // Said before the work: a first start encodes thousands of texts, and its log must not stay silent meanwhile.
    log("nlu: fitting the \(name) model (none stored in \(directory.path) for this data and encoder; stored for the next start)")
    let clock = ContinuousClock(), started = clock.now
    let model = try fit()
    let took = clock.now - started
    log("nlu: fitted the \(name) model in \(took.components.seconds) s")
    do {
      try write(wrap(encode(model), key: key), to: url)
    } catch {
      log("nlu: the fitted \(name) model is not stored in \(directory.path) (\(error)); the next start fits it again")
    }
    return (model, .fitted)
  }

  /// The model in `url` when the file exists and passes every check, else nil (a line to `log` when a
  /// file exists but is refused).
  static func read<Model>(_ url: URL, key: HeadKey, log: (String) -> Void, decode: ([UInt8]) throws -> Model) -> Model? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    do {
      return try decode(unwrap(Array(data), key: key))
    } catch {
      log("nlu: \(url.lastPathComponent) is refused (\(error)); fitting it again")
      return nil
    }
  }

  /// The file's bytes of a head: header (magic, version, key, payload length and SHA-256), then its fields.
  static func encode(_ model: EmbeddingIntentModel, key: HeadKey) -> [UInt8] {
    var fields = HeadFileWriter()
    model.store(into: &fields)
    return wrap(fields.bytes, key: key)
  }

  /// The head in a file's bytes (`unwrap`, then every field checked).
  /// - Throws: `HeadStoreError.corrupt` saying what is wrong.
  static func decode(_ bytes: [UInt8], key: HeadKey) throws -> EmbeddingIntentModel {
    var reader = HeadFileReader(try unwrap(bytes, key: key))
    let model = try EmbeddingIntentModel(stored: &reader)
    guard reader.atEnd else { throw HeadStoreError.corrupt("bytes left after the head") }
    return model
  }

  /// `payload` behind the header: magic, version, key, payload length and SHA-256.
  static func wrap(_ payload: [UInt8], key: HeadKey) -> [UInt8] {
    var out = magic
    withUnsafeBytes(of: version.littleEndian) { out += $0 }
    out += key.digest
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { out += $0 }
    out += checksum(payload)
    return out + payload
  }

  /// The payload of a file's bytes, checked: the header, the key, the length (a truncated file) and the
  /// payload's SHA-256 (a damaged one).
  /// - Throws: `HeadStoreError.corrupt` saying what is wrong.
  static func unwrap(_ bytes: [UInt8], key: HeadKey) throws -> [UInt8] {
    guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else { throw HeadStoreError.corrupt("not a stored head") }
    func number(_ range: Range<Int>) -> UInt64 { bytes[range].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    let fileVersion = number(8..<12)
    guard fileVersion == UInt64(version) else { throw HeadStoreError.corrupt("version \(fileVersion), not \(version)") }
    guard Array(bytes[12..<44]) == key.digest else { throw HeadStoreError.corrupt("stored for other inputs") }
    let length = number(44..<52)
    guard length == UInt64(bytes.count - headerSize) else {
      throw HeadStoreError.corrupt("\(bytes.count - headerSize) bytes of fields where the header says \(length): truncated")
    }
    let payload = Array(bytes[headerSize...])
    guard checksum(payload) == Array(bytes[52..<84]) else { throw HeadStoreError.corrupt("the checksum does not match: damaged") }
    return payload
  }

  /// The payload's SHA-256, which the header carries.
  static func checksum(_ bytes: [UInt8]) -> [UInt8] { SHA256.hash(bytes) }

  /// Writes a file's bytes to a temporary file in the same folder, flushes it and renames it over `url`: a
  /// reader sees the old file or the whole new one, never half of it.
  /// - Throws: a file error.
  static func write(_ bytes: [UInt8], to url: URL) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw HeadStoreError.unwritable("cannot create \(temporary.lastPathComponent)")
    }
    do {
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      try handle.write(contentsOf: bytes)
      try handle.synchronize()
      guard rename(temporary.path, url.path) == 0 else {
        throw HeadStoreError.unwritable("rename failed: \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}

/// Why a stored head was not read or written.
public enum HeadStoreError: Error, Equatable, CustomStringConvertible {
  /// The file is not a whole head of this format and inputs; the reason says which check failed.
  case corrupt(String)
  /// The folder or file cannot be written.
  case unwritable(String)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .corrupt(let why): return "stored head: \(why)"
    case .unwritable(let why): return "stored head: \(why)"
    }
  }
}
