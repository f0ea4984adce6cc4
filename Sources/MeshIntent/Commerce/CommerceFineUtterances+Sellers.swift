extension CommerceFineUtterances {
  /// A seller's questions about the orders on their own sales (issue 12, branch nlu42): a buyer's claim, dispute,
  /// chargeback or return seen from the seller's side, marking a sale dispatched, a tracking number or a postage
  /// label for a sale, a buyer's cancellation, a sale the seller cannot send. docs/INTENTS.md files a seller's
  /// orders under `seller.listing`, but they name an order, a parcel or a refund as a buyer's message does, and
  /// commerce-chat-dev's sellers (read as a development set) were taken for order status or returns: so each
  /// line says whose side it is on ("my buyer", "i sold", "as the seller", "my sales"). Written, not copied: no
  /// line shares 80% of its words with a line of a set in `mesh/data/intents` or another training file
  /// (`mesh/scripts/word-overlap.py`).
  static let sellers = #"""
seller.listing | i sold a lamp last week and the buyer now says it never turned up, but tracking shows it left at her door, do i lose the money
seller.listing | as the seller on order 55-10293-88412, the buyer opened a case saying it is not as described, how do i reply to it
seller.listing | where do i type the tracking number for something i sold so my buyer can follow it
seller.listing | I posted my buyer's parcel this morning, how do I switch the sale to dispatched on my side
seller.listing | my buyer wants to cancel order 40817 before i post it, can i accept that from the seller dashboard
seller.listing | i am a seller and my customer says the shoes i sent are the wrong size, who pays the return postage
seller.listing | hey google how do i confirm dispatch for a sale on my seller account
seller.listing | the buyer gave me negative feedback on ORD-2025-030044 saying it arrived broken, can i challenge that as the seller
seller.listing | one of my sales still shows awaiting dispatch but the courier collected it yesterday, how do i update it
seller.listing | need a postage label for a sale i made, parcel weighs 1.2 kg, order 77120
seller.listing | my shop has three orders to send and the ship button is greyed out on every one
seller.listing | a buyer keeps asking me for a refund in private messages instead of through the site, what should i do as seller
seller.listing | can i give a buyer part of his money back myself, the vase i sold him has a small chip
seller.listing | my seller account was suspended and i still have 2 sales waiting to go out, what happens to them
seller.listing | buyer paid for 2 cushions but i only have 1 left, can i cancel half of the sale
seller.listing | who settles it when my buyer claims the box was empty, i have a photo of it packed
seller.listing | as a seller do i get the buyer's address to post order 33019 or does the site hide it
seller.listing | first time selling here and someone just bought my dress, what do i do next
seller.listing | how many days do i have to send an item after the buyer pays, its my first sale
seller.listing | the jacket i sold came back from the buyer clearly worn, can i refuse his refund
seller.listing | my customer says she got a different colour from my shop than she chose, i am sure i sent the right one
seller.listing | order 60419 is one of my sales and the buyer changed the address after i posted it
seller.listing | forgot to press shipped on my sale 88410, can you set it for me
seller.listing | the buyer of my bike never came to pick it up as agreed, can i cancel the sale and list it again
seller.listing | will i still be paid if the buyer never clicks received on order 22903
seller.listing | one of my buyers did a chargeback with his bank saying he got nothing, but i have proof of posting
seller.listing | ok google how do i mark my sold item as posted
seller.listing | im a seller, order 71345 from my shop came back undelivered, do i refund the buyer or resend it
"""#
}
