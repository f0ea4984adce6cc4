/// The labelled utterances the commerce model is trained on, written by the team: one per line as
/// `intent | text`. Varied on purpose: questions and commands, short and long, lower case, typos,
/// missing apostrophes, and marketplace look-alikes for `out_of_scope`.
///
/// Kept as a Swift string rather than a bundle resource so that the model travels inside the binary
/// with no resource lookup at run time.
enum CommerceUtterances {
  static let text = #"""
search_items | red running shoes under $50
search_items | do you have any wireless headphones
search_items | show me laptops between 500 and 800 dollars
search_items | im looking for a black leather jacket size M
search_items | find me a cheap phone case for iphone 15
search_items | any vintage cameras for sale?
search_items | search for blue jeans
search_items | looking for a birthday gift for my dad, he likes fishing
search_items | got any kids bikes
search_items | i need a new coffee maker, something under 100
search_items | whats the cheapest gaming chair you have
search_items | show me dresses
search_items | womens winter boots size 8
search_items | do u sell replacement parts for dyson vacuums
search_items | wooden dining table for 6 people
search_items | can you find me a used iphone 13 in good condition
search_items | i want to buy a mountain bike
search_items | any deals on tvs this week?
search_items | look for organic green tea
search_items | where can i find board games
search_items | nike air max 90 white
search_items | show me something similar to this lamp but cheaper
search_items | searching for a ps5 controller
search_items | do you have this in a size 10
search_items | is the samsung galaxy s23 in stock
search_items | I'm after a second hand sofa, grey if possible
search_items | recommend a good pair of hiking boots
search_items | lookin for a chrismas sweater
search_items | sneakers below 40 euros
search_items | books by stephen king
search_items | show me the newest arrivals in mens shirts
search_items | which blenders do you have with free shipping
search_items | i need a charger for a macbook pro
search_items | what kind of yoga mats do you sell
search_items | any handmade jewelry?
search_items | find running shorts
search_items | I'd like to see some office chairs please
search_items | cheap flights? no wait, cheap suitcases
search_items | are there any discounts on baby strollers
search_items | 4k monitor 27 inch
search_items | show me rings under 200
search_items | headphons with noise cancelling
search_items | have you got lego sets for 8 year olds
search_items | browse kitchen knives
search_items | green hoodie xl
place_order | i want to order this
place_order | buy it now
place_order | add the blue one to my cart
place_order | I'd like to purchase two of these
place_order | checkout please
place_order | how do i place an order
place_order | can i order 3 of the red mugs
place_order | put this in my basket
place_order | i'll take it
place_order | proceed to checkout
place_order | order the size 9 please
place_order | i want to buy the headphones you just showed me
place_order | lets complete the purchase
place_order | add 2 pairs to cart and check out
place_order | can you place the order for me
place_order | I'm ready to pay for my cart
place_order | buy the second one
place_order | purchase this item
place_order | how can i buy this laptop
place_order | orderr the black jacket pls
place_order | yes go ahead and order it
place_order | I want to get the iphone, how do I check out
place_order | reserve this for me and I'll buy it
place_order | can i buy this without an account
place_order | confirm my purchase
place_order | complete my order
place_order | add to cart
place_order | i would like to order the sofa in grey
place_order | i want this one, ship it to my home
place_order | ok I'll buy both of them
place_order | make the purchase
place_order | I need to order 10 units for my shop
place_order | send me one of those
place_order | can you order the same thing I got last time
place_order | check out my basket
order_status | where is my order
order_status | wheres my package
order_status | has my order shipped yet
order_status | what orders do i have
order_status | show me my orders
order_status | list my orders
order_status | can i see my order history
order_status | which orders have i placed
order_status | where is my latest order
order_status | what's the status of order 123456
order_status | my order hasn't arrived
order_status | when will my order arrive
order_status | track my order
order_status | i ordered a lamp 2 weeks ago and still nothing
order_status | can you check on order #A-99812
order_status | is my order on its way
order_status | status of my purchase please
order_status | my parcel is late
shipping | it says delivered but i didnt get it
order_status | when will order 55512345 be delivered
order_status | any update on my order?
order_status | did my order go through
order_status | how long until my stuff gets here
order_status | whats happening with my order
order_status | order status
order_status | tracking number 1Z999AA10123456784 hasn't moved in days
order_status | I need to know if my order was dispatched
order_status | has the seller sent my item
order_status | my delivery is late, when is it coming
order_status | has order ORD-20931 been processed
order_status | where is my stuff
shipping | is my package lost?
order_status | it's been a week and my order still says processing
order_status | when does my order ship
order_status | check my order status please
order_status | expected delivery date for my order?
order_status | trackin info for my last order
order_status | i havent recieved my order yet
order_status | what happened to my order from monday
change_order | i need to change my order
change_order | can i change the size on my order
change_order | update the shipping address on order 123456
change_order | i want to add another item to my order
change_order | please change the colour to blue
change_order | can i modify my order before it ships
change_order | wrong address on my order, can you fix it
change_order | switch the size from M to L
change_order | remove one item from my order
change_order | change quantity to 3
change_order | i ordered the wrong size, can i swap it before shipping
change_order | edit my order
change_order | i want to change the delivery date
change_order | can you update my phone number on the order
change_order | is it too late to change my order
change_order | please replace the black one with the white one in my order
change_order | change delivery to express
change_order | add gift wrapping to my order
change_order | i made a mistake in my order
change_order | modify order #445566
change_order | chnage my adress please
change_order | can i change the payment method for my order
change_order | deliver it to my office instead
change_order | I'd like to upgrade to next day delivery
change_order | change the recipient name on the order
change_order | can i add a note to my order
change_order | update my order to 2 pieces instead of 1
change_order | I need to amend the quantity on order 778899
change_order | swap the charger in my order for the usb-c one
change_order | can i combine my two orders
cancel_order | cancel my order
cancel_order | i want to cancel order 123456
cancel_order | please cancel it
cancel_order | how do i cancel an order
cancel_order | i changed my mind, dont send it
cancel_order | stop my order
cancel_order | cancel the purchase i just made
cancel_order | can i still cancel my order
cancel_order | i ordered by mistake, cancel please
cancel_order | cancel order #A-99812
cancel_order | i no longer want the item
cancel_order | I'd like to cancel the shoes I ordered yesterday
cancel_order | cancle my order
cancel_order | please dont ship my order, cancel it
cancel_order | cancel everything
cancel_order | is it possible to cancel before it ships
cancel_order | I need to cancel my order asap
cancel_order | undo my order
cancel_order | i accidentally ordered twice, cancel one
cancel_order | call off the order
cancel_order | withdraw my purchase
cancel_order | cancel my subscription order
cancel_order | found it cheaper elsewhere, cancel my order
cancel_order | can you cancel the order I placed an hour ago
cancel_order | cancell order 55512345
cancel_order | what's your cancellation policy
cancel_order | I don't want it anymore, cancel
cancel_order | abort the order
return_refund | i want to return this
return_refund | how do i get a refund
return_refund | the item is broken, i want my money back
return_refund | can i return a used item
return_refund | where is my refund
return_refund | return policy?
return_refund | i received the wrong item
return_refund | the shoes dont fit, can i send them back
return_refund | refund my order
return_refund | i want a refund for order 123456
return_refund | my refund hasn't arrived yet
return_refund | how long do refunds take
return_refund | the product arrived damaged
return_refund | its not as described, i want to return it
return_refund | start a return
return_refund | can i exchange this for a different size
return_refund | I need a return label
return_refund | the seller won't accept my return
return_refund | item is defective
return_refund | i was charged but the item never came, refund please
return_refund | how many days do i have to return something
return_refund | send it back
return_refund | i want to swap it for another colour
return_refund | will i get a full refund
return_refund | retrun my jacket
return_refund | refund status for my return
return_refund | the package was empty
return_refund | missing parts, I want my money back
return_refund | do I pay for return shipping
return_refund | i returned it 2 weeks ago and no refund yet
return_refund | the quality is terrible, returning it
return_refund | exchange for a bigger size
shipping | how much is shipping
shipping | do you ship to canada
shipping | what are the delivery options
shipping | how long does delivery take
shipping | is there free shipping
shipping | can i get next day delivery
shipping | do you deliver on weekends
shipping | shipping cost to germany
shipping | do you ship internationally
shipping | which courier do you use
shipping | how long does shipping to the uk take
shipping | can i pick it up in store
shipping | is express shipping available
shipping | shipping fees?
shipping | do you deliver to po boxes
shipping | what's the minimum order for free delivery
shipping | when will it ship if i order today
shipping | delivery times to australia
shipping | can you ship to my hotel
shipping | do you ship to paris
shipping | how much to send it to new york
shipping | do sellers ship from abroad
shipping | can i choose a delivery time slot
shipping | is there same day delivery in london
shipping | do you use dhl or ups
shipping | how are items packaged
shipping | shipping to spain?
shipping | whats the delivery charge for a sofa
shipping | can I collect from a parcel locker
shipping | do you offer international shipping to japan
shipping | shiping cost
payment | what payment methods do you accept
payment | can i pay with paypal
payment | my card was declined
payment | i was charged twice
payment | do you accept apple pay
payment | can i pay in installments
payment | payment failed
payment | why was my card charged $45.50
payment | can i pay cash on delivery
payment | do you take amex
payment | my payment didnt go through
payment | how do i add a new card
payment | is it safe to pay here
payment | can i use a gift card
payment | i have a coupon code, where do i enter it
payment | can i pay with bitcoin
payment | there's an unknown charge on my account
payment | can i split the payment
payment | update my credit card
payment | the discount code isn't working
payment | why is there a pending charge
order_status | can i get an invoice for my purchase
order_status | send me invoice INV-2024-00123 again
payment | do you charge vat
payment | payment methods
payment | can i pay by bank transfer
payment | klarna available?
payment | i got billed the wrong amount
payment | my paymnet keeps failing
payment | is there a fee for paying by card
account | i forgot my password
account | how do i reset my password
account | i cant log in
account | change my email address
account | delete my account
account | how do i create an account
account | update my profile
account | my account is locked
account | i didn't get the verification email
account | change my phone number on my account
account | how do i change my username
account | sign me up
account | turn off two factor authentication
account | where are my saved addresses
account | unsubscribe me from emails
account | I want to close my account
account | my account was hacked
account | how do i log out everywhere
account | change notification settings
account | can i have two accounts
account | i cant remember my login
account | verify my identity
account | update my shipping address in my profile
account | passwrod reset not working
account | how do I download my data
account | someone else is using my account
account | i want to change my display name
account | login issues
account | merge my accounts
account | remove my saved card
sell_item | i want to sell my bike
sell_item | how do i list an item
sell_item | can i sell on this marketplace
sell_item | how much does it cost to sell here
sell_item | create a listing for my old phone
sell_item | what fees do sellers pay
sell_item | i want to become a seller
sell_item | how do i edit my listing
sell_item | my listing was removed, why
sell_item | how do i get paid for my sales
sell_item | selling my sofa, how do i post it
sell_item | can i sell handmade stuff
sell_item | how do i ship an item i sold
sell_item | i want to sell some clothes
sell_item | put my camera up for sale
sell_item | how should i price my item
sell_item | open a shop
sell_item | how do i add photos to my listing
sell_item | a buyer wants to return my item, what do i do
sell_item | when do sellers get paid
sell_item | can i sell used books
sell_item | how to sell
sell_item | list my watch for 150 dollars
sell_item | i have 20 t-shirts to sell
sell_item | renew my listing
sell_item | mark my item as sold
sell_item | sell my old laptop
sell_item | how do i set up a seller account
sell_item | boost my listing
sell_item | what can't I sell here
human_agent | talk to a human
human_agent | i want to speak to a real person
human_agent | can i talk to customer service
human_agent | agent please
human_agent | connect me with support
human_agent | i need a human not a bot
human_agent | let me talk to someone
human_agent | representative
human_agent | call me back
human_agent | is there a phone number i can call
human_agent | escalate this
human_agent | get me a manager
human_agent | you're not helping, put me through to a person
human_agent | live chat with an agent
human_agent | speak to someone please
human_agent | can a human help me
human_agent | transfer me to an operator
human_agent | I want to complain to a supervisor
human_agent | real person please
human_agent | how do i contact customer support
human_agent | human
human_agent | can someone from your team call me
human_agent | talk to agent
human_agent | i need to speak with a person about my order
human_agent | hand me over to support staff
human_agent | customer service number?
human_agent | this bot is useless, get me a human
feedback | great service, thanks
feedback | your app is terrible
feedback | i want to leave a review
feedback | i have a suggestion
feedback | the website is really slow
feedback | love this marketplace
feedback | how do i rate a seller
feedback | i want to complain about a seller
feedback | the checkout process is confusing
feedback | you guys are awesome
feedback | worst experience ever
feedback | can i give feedback on the product
feedback | the search doesn't work well
feedback | leave a review for my order
feedback | your delivery was super fast, thank you
feedback | i'd like to report a bug
feedback | the seller was rude
feedback | report a listing
feedback | this chat is very helpful
feedback | five stars
feedback | you should add dark mode
feedback | not happy with the service
feedback | the photos on the listing were misleading
feedback | well done team
feedback | please improve your filters
feedback | this is a scam listing, report it
feedback | really disappointed
greeting | thanks for the quick help
greeting | hi
greeting | hello
greeting | hey there
greeting | good morning
greeting | hi, anyone there?
greeting | hello, i need some help
greeting | yo
greeting | good evening
greeting | hiya
greeting | hey
greeting | greetings
greeting | howdy
greeting | hi there, how are you
greeting | good afternoon
greeting | helo
greeting | hey bot
greeting | morning!
greeting | hello?
greeting | hi can you help me
greeting | whats up
greeting | hey hey
greeting | bonjour
greeting | hola
greeting | hi again
greeting | heya, quick question
greeting | hello there
out_of_scope | what's the weather like today
out_of_scope | tell me a joke
out_of_scope | who won the football game last night
out_of_scope | what is the capital of france
out_of_scope | how do i cook pasta
out_of_scope | play some music
out_of_scope | what time is it in tokyo
out_of_scope | can you do my homework
out_of_scope | how tall is mount everest
out_of_scope | set an alarm for 7am
out_of_scope | what's 15 times 23
out_of_scope | translate hello into spanish
out_of_scope | who is the president of the united states
out_of_scope | book me a table at a restaurant
out_of_scope | what's the meaning of life
greeting | do you like pizza
out_of_scope | how many calories in an apple
out_of_scope | write me a poem
out_of_scope | what is bitcoin worth today
out_of_scope | can you recommend a good movie
out_of_scope | how do i fix my car's engine light
out_of_scope | book a flight to rome
out_of_scope | what's my horoscope
greeting | how old are you
greeting | are you a robot
out_of_scope | explain quantum physics
out_of_scope | remind me to call mom
out_of_scope | what's the best way to lose weight
out_of_scope | who wrote hamlet
out_of_scope | how do i change a tire
out_of_scope | what's the news today
out_of_scope | open my email
out_of_scope | how far is the moon
out_of_scope | turn on the lights
out_of_scope | what's the stock price of apple
out_of_scope | give me directions to the airport
out_of_scope | what should i name my dog
out_of_scope | how do i apply for a mortgage
out_of_scope | what's the wifi password
out_of_scope | sing me a song
out_of_scope | can you help me with my taxes
out_of_scope | asdfgh
out_of_scope | what's the score of the lakers game
out_of_scope | how do vaccines work
out_of_scope | is it going to rain tomorrow in berlin
"""#

  /// The pairs, in file order.
  static func pairs() -> [(text: String, label: String)] {
    let written = parse(text + "\n" + more + "\n" + chatty + "\n" + helpDesk + "\n" + support) + elsewhere()
    return written + pooledPairs(besides: written)
  }

  /// The first three parts, which cross-validation holds out in turn: the fourth and fifth (`helpDesk` and
  /// `support`, issue 12) are always trained on, so the figures stay comparable with those measured before.
  static func crossValidated() -> [(text: String, label: String)] { parse(text + "\n" + more + "\n" + chatty) }

  /// The fourth and fifth parts, the fine data's lines about other companies and in other registers
  /// under their groups, and the pooled sets' lines.
  static func alwaysTrained() -> [(text: String, label: String)] {
    let written = parse(helpDesk + "\n" + support) + elsewhere()
    return written + pooledPairs(besides: parse(text + "\n" + more + "\n" + chatty) + written)
  }

  /// `pooled` (the spent held-out and development sets, always trained on) without the lines whose text,
  /// case aside, is already a hand-written coarse or fine utterance: the written line keeps its label, and
  /// no text is taught twice.
  /// - Parameter written: the hand-written coarse lines.
  static func pooledPairs(besides written: [(text: String, label: String)]) -> [(text: String, label: String)] {
    var known = Set((written + CommerceFineModel.utterances).map { $0.text.lowercased() })
    return parse(pooled).filter { known.insert($0.text.lowercased()).inserted }
  }

  /// `CommerceFineUtterances.elsewhere`, `.registers`, `.needs`, `.references`, `.asks`, `.shoppers`,
  /// `.channels`, `.misses`, `.sellers`, `.newcomers`, `.situations`, `.voices`, `.service`, `.backstory` and `.replies` under the coarse groups: the coarse n-gram
  /// model and the folds' training side learn whose order or bill a request is about, and the registers, channels
  /// and languages customers write in, from the same lines as the fine model.
  static func elsewhere() -> [(text: String, label: String)] {
    (CommerceFineUtterances.elsewherePairs() + CommerceFineUtterances.registerPairs() + CommerceFineUtterances.needsPairs()
      + CommerceFineUtterances.referencesPairs() + CommerceFineUtterances.asksPairs()
      + CommerceUtterances.parse(CommerceFineUtterances.shoppers) + CommerceUtterances.parse(CommerceFineUtterances.channels)
      + CommerceUtterances.parse(CommerceFineUtterances.misses) + CommerceUtterances.parse(CommerceFineUtterances.sellers)
      + CommerceUtterances.parse(CommerceFineUtterances.newcomers)
      + CommerceUtterances.parse(CommerceFineUtterances.situations)
      + CommerceUtterances.parse(CommerceFineUtterances.voices)
      + CommerceUtterances.parse(CommerceFineUtterances.service)
      + CommerceUtterances.parse(CommerceFineUtterances.backstory)
      + CommerceUtterances.parse(CommerceFineUtterances.replies))
      .map { ($0.text, CommerceTaxonomy.group(of: $0.label)) }
  }

  static func parse(_ lines: String) -> [(text: String, label: String)] {
    lines.split(separator: "\n").compactMap { line in
      guard let bar = line.firstIndex(of: "|") else { return nil }
      let label = line[..<bar].trimmingCharacters(in: " ")
      let utterance = line[line.index(after: bar)...].trimmingCharacters(in: " ")
      return label.isEmpty || utterance.isEmpty ? nil : (utterance, label)
    }
  }
}

extension Substring {
  /// The substring without leading and trailing `character`s.
  func trimmingCharacters(in character: Character) -> String {
    var s = self
    while s.first == character { s = s.dropFirst() }
    while s.last == character { s = s.dropLast() }
    return String(s)
  }
}
