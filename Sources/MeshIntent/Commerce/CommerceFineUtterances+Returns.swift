extension CommerceFineUtterances {
  /// Fine-intent utterances: returns, return policy, refund requests and refund status.
  static let returns = #"""
return.start | i want to return this
return.start | how do i return an item
return.start | i'd like to return my shoes
return.start | start a return for order 4471203
return.start | return order #88213
return.start | i need a return label
return.start | can you send me a return label
return.start | i want to send it back
return.start | how do i send back the jacket
return.start | the dress doesnt fit, i want to return it
return.start | i want to exchange for a different size
return.start | can i exchange this for a bigger size
return.start | exchange the blue one for the red
return.start | return request
return.start | returns
return.start | i want to retrun this
return.start | how to retun item
return.start | where do i drop off my return
return.start | can i return it in store
return.start | can the courier pick up my return
return.start | book a return collection
return.start | return ORD-2024-000123
return.start | i need to return order no. 123-456
return.start | return one item from order 00012345
return.start | i want to return part of my order
return.start | how do i return a gift
return.start | i got this as a present and want to return it
return.start | i dont like it, sending it back
return.start | it's too small, how do i return
return.start | the colour isnt what i expected, i'll return it
return.start | i ordered two sizes, returning one
return.start | print a return label
return.start | lost my return label, send another
return.start | the return label doesnt work
return.start | where's the return form
return.start | do i need the original box to return
return.start | return the laptop please
return.start | i'd like to swap it for another model
return.start | how do i ship a return
return.start | start return
return.start | i want to return the sofa, how does pickup work
return.start | can i return without a receipt
return.start | hi, how can I return the boots I bought last week
return.start | send it back
return.start | i'd like to initiate a return
return.start | open a return for my order
return.start | return item
return.start | i want to return something i bought
return.start | im returning the shoes
return.start | return the defective charger
return.start | i need to exchange my order
return.start | exchange please
return.start | how do i make an exchange
return.start | can i return items from different orders in one parcel
return.start | arrange a return
return.start | need to return 2 items
return.start | return it and give me store credit
return.start | return for exchange
return.start | i want to return this and get a different colour
return.start | i bought the wrong thing and want to return it
return.start | returning my order
return.policy | what is your return policy
return.policy | how many days do i have to return
return.policy | can i return after 30 days
return.policy | is return shipping free
return.policy | do i have to pay for returns
return.policy | can i return sale items
return.policy | can i return underwear
return.policy | can i return opened items
return.policy | do you accept returns on electronics
return.policy | whats the return window
return.policy | return policy?
return.policy | are returns free
return.policy | can you return worn shoes
return.policy | how long is the return period for christmas gifts
return.policy | do you charge a restocking fee
return.policy | can i return personalised items
return.policy | is there a returns deadline
return.policy | can i return something bought from a marketplace seller
return.policy | do returns have to be in the original packaging
return.policy | is the return policy the same for all sellers
return.policy | can i return perishable items
return.policy | returns policy for furniture
return.policy | what items cant be returned
return.policy | do you offer exchanges or only refunds
return.policy | can i return for store credit
return.policy | is there a fee to return
return.policy | retrun policy
return.policy | whats ur returns policy
return.policy | how does returning work here
return.policy | do i get my shipping cost back when i return
return.policy | can i return a gift without the buyer knowing
return.policy | do you take back opened cosmetics
return.policy | can i return a used mattress
return.policy | what condition do returns need to be in
return.policy | is there a 100 day return
return.policy | if i dont like it can i send it back
return.policy | is it possible to return if i change my mind
return.policy | is there a right of withdrawal
return.policy | what's the cooling off period
return.policy | can i return items bought abroad
return.policy | how long do i have to send something back
return.policy | do you have free returns
return.policy | returns info
return.policy | can i return a digital download
return.policy | can i return software once opened
return.policy | returns on clearance items?
return.policy | are returns accepted after the holidays
return.policy | hi, what's your policy on returning shoes that were tried on
return.policy | does the return policy cover damaged boxes
return.policy | return conditions
return.policy | can i return without tags
return.policy | what if i lost the tags, can i still return
return.policy | is it free to exchange
return.policy | can i return a bundle partially
return.policy | do you refund shipping on returns
return.policy | who pays for the return postage
return.policy | how long is the warranty vs the return period
return.policy | returns allowed on swimwear?
return.policy | can international customers return for free
return.policy | can i return something after 2 months
refund.request | i want a refund
refund.request | refund me please
refund.request | can i get my money back
refund.request | i want my money back for order 4471203
refund.request | please refund order #88213
refund.request | i returned the item, please refund me
refund.request | i'd like a refund for the broken lamp
refund.request | refund the shipping cost please
refund.request | can you refund the difference, the price dropped
refund.request | price dropped after i bought it, refund the difference
refund.request | refund for ORD-2024-000123
refund.request | refund order no. 123-456
refund.request | i want a refund not an exchange
refund.request | just refund me
refund.request | refund please
refund.request | i want refund
refund.request | how do i get a refund
refund.request | request a refund
refund.request | can i get a refund for a late delivery
refund.request | the item never came, i want my money back
refund.request | i cancelled, where do i ask for the refund
refund.request | please issue a refund to my card
refund.request | refund me to paypal
refund.request | can i be refunded in store credit
refund.request | i want a partial refund for the scratched table
refund.request | give me a discount or refund for the damage
refund.request | refund the missing item
refund.request | i was overcharged, refund the extra
refund.request | refund the $45.50 i was charged
refund.request | refund 89 euros for the shoes
refund.request | i need a refund for order 00012345
refund.request | refnd
refund.request | refund plz
refund.request | i want my mony back
refund.request | can you reimburse me
refund.request | i want compensation for the delay
refund.request | reimburse the delivery fee
refund.request | i want to be refunded for the cancelled item
refund.request | the seller agreed to a refund, please process it
refund.request | refund my subscription
refund.request | i want a refund for the gift card
refund.request | can you refund it to a different card, my old one expired
refund.request | i need my money back, the product is fake
refund.request | refund the whole order
refund.request | refund only the jeans
refund.request | hi, I sent the coat back, could you refund me please
refund.request | I'd like to request a refund for my last order
refund.request | i want a refund for the damaged item
refund.request | can i get a refund without returning it
refund.request | do i get a refund if it arrives late
refund.request | i demand a refund
refund.request | money back please
refund.request | can you refund my order
refund.request | refund the duplicate order
refund.request | please refund 2 of the 3 items
refund.request | i want my money returned
refund.request | issue refund
refund.request | i'd like to claim a refund
refund.request | process my refund please, the return was delivered
refund.request | can I get refunded for the broken mug
refund.request | i want a refund for the service fee
refund.request | refund the voucher amount
refund.request | start a refund for me
refund.request | i'm owed a refund
refund.request | you owe me a refund for the missing parcel
refund.request | refund the order i cancelled yesterday
refund.request | I want to get refunded
refund.request | give me back my money
refund.request | the shoes fell apart, i want a refund
refund.request | can you refund the tax, i'm exempt
refund.status | where is my refund
refund.status | when will i get my refund
refund.status | has my refund been processed
refund.status | i havent received my refund yet
refund.status | refund status for order 4471203
refund.status | whats the status of my refund
refund.status | my refund hasn't arrived
refund.status | you said you'd refund me a week ago, nothing yet
refund.status | refund still not in my account
refund.status | how long does a refund take
refund.status | how many days until the refund shows
refund.status | when will the refund reach my card
refund.status | is my refund on its way
refund.status | did you refund order #88213
refund.status | was my refund approved
refund.status | the refund isnt on my bank statement
refund.status | refund pending for 2 weeks
refund.status | where's my money, i returned it ages ago
refund.status | you received my return, where is my refund
refund.status | tracking says return delivered, no refund yet
refund.status | still waiting for my refund
refund.status | refund status
refund.status | refund?
refund.status | any news on my refund
refund.status | when do i get my money back
refund.status | how long until i see the money
refund.status | my refund of $1,249.00 is still pending
refund.status | refund for ORD-2024-000123 not received
refund.status | refund status order no. 123-456
refund.status | did my refund go through
refund.status | was the refund sent to paypal or my card
refund.status | which account did the refund go to
refund.status | the refund amount is wrong, i got less
refund.status | you only refunded half
refund.status | i got a refund email but no money
refund.status | refund confirmation but bank shows nothing
refund.status | my bank says no refund came in
refund.status | can you give me the refund reference for my bank
refund.status | where is my refund for the cancelled order
refund.status | when will the refund for order 00012345 come
refund.status | wheres my refund
refund.status | refnd status
refund.status | my refund is late
refund.status | has the refund been issued
refund.status | is the refund done
refund.status | check my refund
refund.status | what happened to my refund
refund.status | i was promised a refund and still nothing
refund.status | it's been 10 days since you got the return, refund?
refund.status | hi, I returned my order two weeks ago and haven't had the refund yet
refund.status | how long do refunds take to paypal
refund.status | how long for refunds to credit cards
refund.status | was i refunded for the missing item
refund.status | did the seller refund me yet
refund.status | my refund says processing, what does that mean
refund.status | how do i know if my refund was sent
refund.status | when is my refund due
refund.status | refund tracking
refund.status | i still dont have my money back
refund.status | refund not received
refund.status | the store credit from my refund isnt showing
refund.status | my gift card refund isnt in my account
refund.status | why is my refund taking so long
refund.status | can you check whether the refund for 7781920 went out
refund.status | have you processed the refund yet
refund.status | is the money back on my card yet
refund.status | the refund was supposed to be 5 days, its been 8
refund.status | expected date for my refund?
refund.status | still no refund
refund.status | refund was approved but not paid
refund.status | my refund is missing
"""#
}
