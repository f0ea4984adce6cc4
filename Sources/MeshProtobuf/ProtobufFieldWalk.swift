import MeshCore
internal import CProtobufC

/// Walks the string fields of any message by its descriptor, without its Swift type: what PII redaction
/// and audit logging use on payloads they do not know.
public enum ProtobufFieldWalk {
  /// Every non-empty string in a serialized message (nested messages, repeated fields and map values
  /// too), with its path in JSON names: `reply.text`, `messages[2].text`, `annotations["k"]`.
  /// - Parameters:
  ///   - wireBytes: the serialized message.
  ///   - descriptor: its type.
  /// - Returns: the strings in field-number order.
  /// - Throws: `RPCError` with `.internal` when the bytes are not a valid message of the type.
  public static func strings(in wireBytes: [UInt8], descriptor: ProtobufDescriptor) throws
    -> [(path: String, value: String)]
  {
    var found: [(path: String, value: String)] = []
    _ = try rewritingStrings(in: wireBytes, descriptor: descriptor) { path, value in
      found.append((path, value))
      return nil
    }
    return found
  }

  /// The message with some strings replaced (such as personal data redacted before logging).
  /// - Parameters:
  ///   - wireBytes: the serialized message.
  ///   - descriptor: its type.
  ///   - rewrite: gets each non-empty string with its path; returns a replacement, or nil to keep it.
  /// - Returns: the serialized message with the replacements.
  /// - Throws: `RPCError` with `.internal` when the bytes are not a valid message of the type, or a string
  ///   in them or a replacement holds U+0000 (protobuf-c would cut it at the NUL).
  public static func rewritingStrings(
    in wireBytes: [UInt8], descriptor: ProtobufDescriptor, _ rewrite: (_ path: String, _ value: String) -> String?
  ) throws -> [UInt8] {
    let message = descriptor.message
    let typeName = descriptor.fullName
    let unpacked = try wireBytes.withUnsafeBytes { bytes -> UnsafeMutablePointer<ProtobufCMessage> in
      if ProtobufNestingCheck.exceedsLimit(bytes, descriptor: message) {
        throw RPCError(code: .internal, message: "Could not decode \(typeName): not a valid message.")
      }
      // protobuf-c would hand over such a string cut at its NUL, and pack it back cut (after the nesting
      // check: the NUL check recurses).
      if let path = ProtobufStringNULCheck.fieldWithNUL(bytes, descriptor: message) {
        throw ProtobufStringNULCheck.decodeError(typeName: typeName, path: path)
      }
      var empty: UInt8 = 0
      let result = withUnsafeMutablePointer(to: &empty) { emptyPointer in
        protobuf_c_message_unpack(message, nil, bytes.count,
                                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyPointer))
      }
      guard let result else {
        throw RPCError(code: .internal, message: "Could not decode \(typeName): not a valid message.")
      }
      return result
    }
    // Replacements point into the arena; the originals go back before protobuf-c frees the message.
    let arena = ProtobufArena()
    var originals: [(slot: UnsafeMutableRawPointer, value: UnsafeMutableRawPointer?)] = []
    defer {
      for original in originals.reversed() {
        original.slot.storeBytes(of: original.value, as: UnsafeMutableRawPointer?.self)
      }
      protobuf_c_message_free_unpacked(unpacked, nil)
    }
    // The first replacement holding U+0000, which protobuf-c would pack cut: refused after the walk.
    var replacementWithNUL: String?
    func visit(_ slot: UnsafeMutableRawPointer, _ path: String) {
      guard let chars = slot.load(as: UnsafeMutablePointer<CChar>?.self), chars.pointee != 0,
            let replacement = rewrite(path, String(cString: chars)) else { return }
      if replacement.utf8.contains(0) {
        if replacementWithNUL == nil { replacementWithNUL = path }
        return
      }
      originals.append((slot, UnsafeMutableRawPointer(chars)))
      slot.storeBytes(of: arena.cString(replacement), as: UnsafeMutableRawPointer?.self)
    }
    func walk(_ base: UnsafeMutableRawPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, _ path: String) {
      let names = JSONFieldNames.of(descriptor)
      for (index, field) in CFieldInfo.fields(descriptor).enumerated() {
        guard field.type == PROTOBUF_C_TYPE_STRING || field.type == PROTOBUF_C_TYPE_MESSAGE else { continue }
        if CFieldInfo.isOneof(field),
           base.load(fromByteOffset: Int(field.quantifier_offset), as: UInt32.self) != field.id { continue }
        let name = String(names.keys[index].dropFirst().dropLast(2))
        let fieldPath = path.isEmpty ? name : path + "." + name
        let slot = base + Int(field.offset)
        guard field.label == PROTOBUF_C_LABEL_REPEATED else {
          if field.type == PROTOBUF_C_TYPE_STRING {
            visit(slot, fieldPath)
          } else if let sub = slot.load(as: UnsafeMutableRawPointer?.self) {
            walk(sub, CFieldInfo.messageDescriptor(field), fieldPath)
          }
          continue
        }
        let count = base.load(fromByteOffset: Int(field.quantifier_offset), as: Int.self)
        guard count > 0, let elements = slot.load(as: UnsafeMutableRawPointer?.self) else { continue }
        let size = MemoryLayout<UnsafeRawPointer>.size
        if CFieldInfo.isMap(field, in: descriptor) {
          let entry = CFieldInfo.messageDescriptor(field)
          let keyField = entry.pointee.fields[0], valueField = entry.pointee.fields[1]
          for index in 0..<count {
            guard let entryBase = (elements + index * size).load(as: UnsafeMutableRawPointer?.self) else { continue }
            let key = keyField.type == PROTOBUF_C_TYPE_STRING
              ? JSONText.quoted(entryBase.load(fromByteOffset: Int(keyField.offset), as: UnsafePointer<CChar>?.self)
                  .map { String(cString: $0) } ?? "")
              : "\(index)"
            let entryPath = fieldPath + "[\(key)]"
            let valueSlot = entryBase + Int(valueField.offset)
            if valueField.type == PROTOBUF_C_TYPE_STRING {
              visit(valueSlot, entryPath)
            } else if valueField.type == PROTOBUF_C_TYPE_MESSAGE, let sub = valueSlot.load(as: UnsafeMutableRawPointer?.self) {
              walk(sub, CFieldInfo.messageDescriptor(valueField), entryPath)
            }
          }
        } else {
          for index in 0..<count {
            let elementSlot = elements + index * size
            if field.type == PROTOBUF_C_TYPE_STRING {
              visit(elementSlot, fieldPath + "[\(index)]")
            } else if let sub = elementSlot.load(as: UnsafeMutableRawPointer?.self) {
              walk(sub, CFieldInfo.messageDescriptor(field), fieldPath + "[\(index)]")
            }
          }
        }
      }
    }
    walk(UnsafeMutableRawPointer(unpacked), message, "")
    if let path = replacementWithNUL {
      throw ProtobufStringNULCheck.encodeError(typeName: typeName, field: "\(path) (a replacement)")
    }
    return ProtobufPacker.pack(unpacked)
  }
}
