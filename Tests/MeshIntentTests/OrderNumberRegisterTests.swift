import Testing
import MeshIntent

/// Order-number forms of non-native and hurried customers that the registers' dev set
/// (`commerce-registers-dev.txt`, probes written beside it) showed missed: a German cue abbreviated with a
/// hyphen, "number's", and the shop's own `ORD-` id after a parcel's or tracking's cue word.
@Suite struct OrderNumberRegisterTests: OrderSpanReading {
  @Test func germanAbbreviatedCue() {
    #expect(orders("Bestell-Nr. 552023 when it comes") == ["552023"])
    #expect(orders("bestellnr 552023 nicht da") == ["552023"])
    #expect(orders("Auftrags-Nr.: 552023") == ["552023"])
  }

  @Test func numberWordContracted() {
    #expect(orders("my order number's 552028") == ["552028"])
    #expect(orders("the order number’s 552028, where is it") == ["552028"])
  }

  @Test func shopPrefixAfterAParcelCueIsAnOrder() {
    #expect(orders("my parcel ORD-552077 where") == ["ORD-552077"])
    #expect(orders("tracking for ORD-552077 please") == ["ORD-552077"])
    #expect(orders("package ORD 552077 not here") == ["ORD 552077"])
    // The carriers' own numbers after the same words stay tracking numbers.
    #expect(orders("my parcel 1Z999AA10123456784 where") == [])
    #expect(orders("tracking 9400 1000 0000 0000 0000 00 not moving") == [])
    #expect(orders("the package JJD0002249871234 is late") == [])
  }
}
