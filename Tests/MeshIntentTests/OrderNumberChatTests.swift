import Testing
import MeshIntent

/// Round 8 of issue 12's order-number forms (branch ord41b, from commerce-chat-dev's order-number misses): digits
/// read out as words and a code spelt letter by letter after the cue, a follow-up's "this one too N", a seller's
/// "mark N as shipped", "add gift wrap to N", "the item in N", "an agent for N", a number set off after an order was
/// asked about, and a weak cue after "order from the seller". Both sides of each rule; the messages are not the dev
/// set's.
@Suite struct OrderNumberChatTests: OrderSpanReading {
  @Test func digitsReadOutAsWords() {
    #expect(orders("alexa ask the store about order number four four one two nine") == ["four four one two nine"])
    #expect(orders("cancel my order nine oh two two one please") == ["nine oh two two one"])
    // Too few digits to be a number read out, or a quantity said in words.
    #expect(orders("i want to order two more") == [])
    #expect(orders("order one two three") == [])
    #expect(orders("order five five hundred") == [])
    #expect(orders("order one two three four hundred cups") == [])
    // A reading that trails off, the number typed after it.
    #expect(orders("order number is five five one two... sorry: 5 5 1 2 0 9") == ["5 5 1 2 0 9"])
  }

  @Test func aCodeSpeltLetterByLetter() {
    #expect(orders("my order number is w e b 5 5 1 2 0 thanks") == ["w e b 5 5 1 2 0"])
    // A lone letter is an article, and letters with too few digits are no code.
    #expect(orders("order number is a 5 5 1 2 0") == ["5 5 1 2 0"])
    #expect(orders("order number is x y 1 2") == [])
  }

  @Test func aFollowUpsOtherReference() {
    #expect(orders("and can you look at this one too 4471209") == ["4471209"])
    #expect(orders("the other one: 2024-55183") == ["2024-55183"])
    // A count, an amount or a short number after it, or another kind named after it.
    #expect(orders("this one too 20000 euros") == [])
    #expect(orders("this one too 1200") == [])
    #expect(orders("that one 4471209 is my customer number") == [])
  }

  @Test func aSellerMarksAnOrder() {
    #expect(orders("how can i mark 77120 as delivered") == ["77120"])
    // Things marked that are no order: a count, or a mark that is no state of an order.
    #expect(orders("mark 10000 items as shipped") == [])
    #expect(orders("mark 55120 as favourite") == [])
  }

  @Test func somethingAddedToAnOrder() {
    #expect(orders("can you add a note to 33019 please") == ["33019"])
    // A short number, a count or a place after "to", or no "add" before it.
    #expect(orders("add 2 to 5 please") == [])
    #expect(orders("add my flat number to 10115 Berlin") == [])
    #expect(orders("i want to add one more, sorry, to 10000 people") == [])
    #expect(orders("send gift wrap to 33019") == [])
  }

  @Test func theOrderOfAnItemOrAnAgentsQuestion() {
    #expect(orders("the product in WX-55120 is broken") == ["WX-55120"])
    #expect(orders("can i get a real person about B7-33019 please") == ["B7-33019"])
    // The item's own code, a size, an agent's own number or a SKU.
    #expect(orders("item WX-55120 is broken") == [])
    #expect(orders("the item in 2XL please") == [])
    #expect(orders("agent 4471 was rude") == [])
    #expect(orders("the item in SKU-4471-B is broken") == [])
  }

  @Test func aNumberSetOffAfterAnOrderWasAskedAbout() {
    #expect(orders("please cancel the order for my mum, she clicked twice by mistake, number 88123, thank you")
      == ["88123"])
    // A phone in the message, the customer's own number, a short number, or no order asked about.
    #expect(orders("cancel the order for my mum, she clicked twice, number 07700900123, call her") == [])
    #expect(orders("cancel the order for my mum, she clicked twice, his customer number is 300412") == [])
    #expect(orders("cancel the order for my mum, she clicked twice, number 12") == [])
    #expect(orders("the box for my mum arrived, number 88123, thank you") == [])
  }

  @Test func aWeakCueAfterTheOrdersParty() {
    #expect(orders("the order from the vendor, ref 661204, never came") == ["661204"])
    // The party's own reference: the cue right after it, or no order before it.
    #expect(orders("the order from the vendor, seller ref 661204") == [])
    #expect(orders("i spoke to the seller, ref 661204") == [])
  }
}
