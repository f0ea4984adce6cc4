/// Thai names after the words that introduce a person (pii52): "ผู้รับ ณัฐพล วงศ์ทอง" (recipient), "ดิฉันชื่อวิภา ศรีสุข
/// ค่ะ" (my name is), "คุณอรุณี ช่วยเช็ค…" (Khun, the title before any name), "ผมสมชาย ใจดี ครับ" (I, a man, …).
/// Thai puts no spaces between words but does put one between a given name and a surname, and after a name before
/// the rest of the sentence; so the cue's word (or the word after a lone cue) is the given name and a short word
/// after a space the surname, unless it opens with a verb or a particle.
enum ThaiNames {
  typealias Word = OtherScriptNameScanner.Word

  /// Cues that always take a name after them, longest first: "my name is" (by a man, a woman, anyone), recipient,
  /// and the title "คุณ".
  static let strongCues = ["ดิฉันชื่อ", "ผมชื่อ", "ฉันชื่อ", "หนูชื่อ", "เราชื่อ", "ชื่อผู้รับ", "ผู้รับคือ", "ผู้รับ", "ชื่อ",
                           "คุณ"]
  /// "I" (a man's, a woman's, anyone's): a name after it only when a polite particle, a comma or the text's end
  /// closes it ("ผมสมชาย ใจดี ครับ"), or when it stands alone, spaced ("ดิฉัน สมศรี ใจดี ต้องการ…").
  static let selfCues = ["ดิฉัน", "ผม", "ฉัน", "หนู"]
  /// Polite particles that close a Thai sentence or a self-introduction.
  static let particles: Set<String> = ["ครับ", "ค่ะ", "คะ", "ครับผม", "นะครับ", "นะคะ", "จ้า", "จ้ะ", "นะ"]
  /// Openings of words that are verbs, particles or shop words, not names: after "คุณ" they make it "you" (…ช่วย:
  /// help), "quality" (…ภาพ) or "value" (…ค่า).
  static let notNameStarts = [
    "ครับ", "ค่ะ", "คะ", "นะ", "จ้า", "ขอ", "ต้องการ", "อยาก", "จะ", "ได้", "ไม่", "ช่วย", "ส่ง", "สั่ง", "รับ", "ซื้อ", "คืน",
    "เปลี่ยน", "มี", "เป็น", "อยู่", "ก็", "ที่", "ว่า", "ทำ", "ยัง", "แล้ว", "ลูกค้า", "ภาพ", "สมบัติ", "ค่า", "เบอร์", "โทร",
    "และ", "กับ", "หรือ", "ถึง", "เช็ค", "ตรวจ", "สอบถาม", "รอ", "เคย", "ชอบ", "คิด", "รู้", "เห็น", "ใช้", "บอก", "กำลัง",
    "สินค้า", "พัสดุ", "ของ", "คำสั่ง", "ออเดอร์", "เลข", "หมายเลข", "ตำบล", "อำเภอ", "จังหวัด", "ถนน", "ซอย", "หมู่",
    "บ้าน", "ค่ะ", "ขอบคุณ", "สวัสดี", "โปรด", "กรุณา", "ด้วย", "นี้", "นั้น", "เอง", "ทุก", "เขา", "เธอ", "มัน",
  ]

  /// Whether a Thai word is a greeting, particle or cue, not a name (for the scanner of names inside Latin lines).
  static func notName(_ text: String) -> Bool {
    particles.contains(text) || notNameStarts.contains { text.hasPrefix($0) }
      || (strongCues + selfCues).contains(text)
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    guard words.contains(where: { $0.script == .thai }) else { return }
    let texts = words.map { OtherScriptNameScanner.text(b, $0) }
    for k in words.indices where words[k].script == .thai {
      let text = texts[k]
      let strong = strongCues.first { text.hasPrefix($0) }
      let cue = strong ?? selfCues.first { text.hasPrefix($0) }
      guard let cue else { continue }
      // The given name: the rest of the cue's word, or the next word after a lone cue.
      var given: (start: Int, end: Int, text: String, index: Int)
      if text.count > cue.count {
        let rest = String(text.dropFirst(cue.count))
        // A cue glued to a rest that opens with another cue: "ดิฉันชื่อ…" was matched as "ดิฉัน" only if no longer cue fit.
        given = (words[k].start + cue.utf8.count, words[k].end, rest, k)
      } else {
        guard k + 1 < words.count, words[k + 1].script == .thai,
              OtherScriptNameScanner.joins(b, words[k].end, words[k + 1].start) else { continue }
        given = (words[k + 1].start, words[k + 1].end, texts[k + 1], k + 1)
      }
      guard (2...12).contains(given.text.count), !notName(given.text) else { continue }
      var end = given.end
      var next = given.index + 1
      // The surname: a short Thai word after one space, not a verb or a particle.
      if next < words.count, words[next].script == .thai, OtherScriptNameScanner.joins(b, words[next - 1].end, words[next].start),
         (2...12).contains(texts[next].count), !notName(texts[next]) {
        end = words[next].end
        next += 1
      }
      if strong == nil {
        // "I": a lone cue spaced from the name, or a particle, comma or the end closing it.
        let lone = text.count == cue.count
        let closed = next >= words.count && (end..<b.count).allSatisfy { b[$0] == 0x20 || b[$0] == 0x0A }
          || next < words.count && particles.contains(texts[next])
          || end < b.count && b[end] == 0x2C
        guard lone || closed else { continue }
      }
      out.append(Candidate(type: .name, start: given.start, end: end))
    }
  }
}
