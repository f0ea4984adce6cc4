extension CommerceFineUtterances {
  /// Fine-intent utterances: order status, tracking, invoices, placing, cancelling and changing orders.
  static let orders = #"""
order.status | where is my order
order.status | wheres my order??
order.status | what's the status of order 4471203
order.status | status of my order pls
order.status | has my order shipped yet
order.status | what orders do i have
order.status | show me my orders
order.status | list my orders
order.status | what are my orders
order.status | can i see all my orders
order.status | show my order history
order.status | which orders have i placed
order.status | what have i ordered recently
order.status | do i have any open orders
order.status | where is my latest order
order.status | whats the status of my most recent order
order.status | my last order, where is it
order.status | has order #88213 been dispatched
order.status | my order still says processing, why
order.status | i ordered 5 days ago and nothing has happened
order.status | when will my order arrive
order.status | when is order ORD-2024-000123 going to be delivered
order.status | any update on my order?
order.status | is my order on its way
order.status | did my order go through
order.status | was my order confirmed? i didnt get an email
order.status | i placed an order yesterday, is it being prepared
order.status | order 00012345 status
order.status | check order 552-118 for me
order.status | can you check on my purchase from last week
order.status | my package is late
order.status | its been two weeks and my stuff hasnt come
order.status | how long until my order ships
order.status | expected delivery date for my order?
order.status | why hasnt my order been sent out yet
order.status | order still pending after 3 days
order.status | is there a delay with my order
order.status | hi, just wondering when my order will get here
order.status | whats happening with my order 7781920
order.status | when do you ship order no. 123-456
order.status | i need to know if my order is coming before friday
order.status | my order hasnt arrived
order.status | where's my stuff
order.status | still waiting for my order
order.status | my order is late, it was supposed to come monday
order.status | order status
order.status | status?
order.status | is my order ready
order.status | has my order left the warehouse
order.status | was order #55120 shipped
order.status | i want to know about my order
order.status | I haven't received my order yet
order.status | my order was due yesterday and its not here
order.status | did you receive my order
order.status | is order 991823 delayed
order.status | the estimated delivery passed, where is it
order.status | when will you send my items
order.status | ordered a lamp on the 3rd, still not shipped
order.status | can you tell me if my order has been packed
order.status | my order shows "awaiting fulfilment", what does that mean
order.status | whats the eta on my order
order.status | eta for order 44102?
order.status | how much longer for my order
order.status | order placed on 2024-11-02 still not shipped
order.status | wher is my oder
order.status | were is my ordr
order.status | my orderr hasnt come yet
order.status | i ordered on black friday, when does it come
order.status | my purchase hasn't been processed, is something wrong
order.status | is my preorder shipping on release day
order.status | preorder status please
order.status | what stage is my order at
order.status | has the seller sent my order yet
order.status | my order says confirmed but nothing since
order.status | any news about order 3310982
order.status | can you look up my order, ref ORD-55812
order.status | i'd like an update on order #20931 please
order.status | just checking in on my order from monday
order.status | hello, my order never arrived, where is it?
order.status | i paid and my order hasnt shipped
order.status | order number 00991234, where is it
order.status | the order was supposed to be here today
order.status | when do you expect my order to arrive
order.status | will my order get here in time for christmas
order.status | is my order going to be late
order.status | what is going on with my order, its been ages
order.status | Order #A12-88213 - has it been processed?
order.status | my orders not here yet
order.status | still nothing, order 77120
order.status | did my order get lost
order.status | order not received yet
order.track | track my order
order.track | i want to track my package
order.track | can i get the tracking number
order.track | whats my tracking number
order.track | send me the tracking link
order.track | tracking number for order 4471203 please
order.track | how do i track order #88213
order.track | where can i see tracking for my parcel
order.track | the tracking link doesnt work
order.track | tracking hasnt updated in 4 days
order.track | tracking says in transit since monday
order.track | which courier is delivering my order
order.track | who is the carrier for my parcel
order.track | is it coming with dhl or ups
order.track | can you give me the dpd tracking code
order.track | my tracking number isnt valid on the usps site
order.track | track 1Z999AA10123456784
order.track | tracking 9400 1000 0000 0000 0000 00 shows nothing
order.track | where is parcel JD014600003828391
order.track | what does "label created" mean on tracking
order.track | tracking says out for delivery, what time will it come
order.track | the tracking shows it at the depot, when will it leave
order.track | can i follow my delivery live
order.track | is there a way to track the driver
order.track | trackin number pls
order.track | trak my order
order.track | traking info?
order.track | i never got a tracking email
order.track | please resend the shipping confirmation with tracking
order.track | how can i see where my parcel is
order.track | my tracking says delivered to a neighbour, which one
order.track | tracking number for ORD-2024-000123
order.track | give me the tracking for order no. 123-456
order.track | tracking for order 00012345?
order.track | the tracking page says exception, what happened
order.track | tracking stuck at customs
order.track | my parcel tracking stopped updating
order.track | what's the shipment number so i can track it
order.track | can you tell me the last scan of my parcel
order.track | where exactly is my package right now
order.track | which depot is my parcel at
order.track | the courier website says no information for my tracking number
order.track | tracking code doesnt work
order.track | can i track it on the royal mail site
order.track | is there a tracking number for the second parcel
order.track | my order came in two boxes, i need both tracking numbers
order.track | link to track shipment
order.track | tracking shows it went back to the sender
order.track | has the courier scanned my parcel yet
order.track | tracking says attempted delivery, but i was home
order.track | i'd like to follow the shipment of order 55120
order.track | Hi, could you share the tracking details for my order?
order.track | how do i know where my delivery is
order.track | track package
order.track | tracking?
order.track | tracking info for my parcel please
order.track | my tracking number starts with 1Z, where do i put it
order.track | the tracking number in the email is wrong
order.track | you sent me someone else's tracking number
order.track | whats the carrier and tracking for order #44102
order.track | can i get live tracking on my phone
order.track | tracking shows "held at facility" what now
order.track | is my parcel with hermes or evri
order.track | the gls tracking doesnt load
order.track | where do i enter the tracking code
order.track | need the waybill number
order.track | can you check the tracking, it seems stuck in Leipzig
order.track | tracking says arriving tomorrow, is that right
order.track | tracking says it's in another country??
order.track | i want to know which van my parcel is on
order.track | check tracking for invoice INV-2024-0042 shipment
order.track | how do i track an order without an account
order.track | tracking ref please for my last order
order.track | I cant find the tracking on the app
order.track | shipment tracking number?
order.track | give me the tracking, order 7781920
order.track | plz send tracking
order.track | track order 991823
order.track | what does in transit mean on my tracking
order.track | the tracking page says delivered but that's a different address
order.track | track my parcel ORD-77120
order.track | can i track the return parcel i sent back
order.invoice | i need an invoice for my order
order.invoice | can you send me the receipt
order.invoice | where can i download my invoice
order.invoice | invoice for order 4471203 please
order.invoice | i need a vat invoice
order.invoice | the invoice has the wrong company name
order.invoice | please add my vat number to the invoice
order.invoice | can i get an invoice with my business address
order.invoice | i didnt receive a receipt for my purchase
order.invoice | send invoice INV-2024-0042 again please
order.invoice | my invoice shows the wrong amount
order.invoice | need a copy of the receipt for warranty
order.invoice | can you resend the order confirmation and invoice
order.invoice | receipt for order #88213
order.invoice | how do i get a proforma invoice
order.invoice | is there an invoice in the box
order.invoice | invoice missing from my parcel
order.invoice | the invoice is in the wrong name, please correct it
order.invoice | can the invoice be addressed to my employer
order.invoice | i need an itemised receipt for expenses
order.invoice | where do i find my invoices in my account
order.invoice | invoice pls
order.invoice | recipt for my order
order.invoice | invoce needed for accounting
order.invoice | could you email me a pdf invoice
order.invoice | my company needs an invoice with tax shown
order.invoice | does the invoice include vat
order.invoice | i need the invoice number for order 00012345
order.invoice | the receipt doesnt show the discount i got
order.invoice | can i get separate invoices for each item
order.invoice | change the billing name on my invoice
order.invoice | the invoice address is wrong
order.invoice | please issue a corrected invoice
order.invoice | credit note for my return?
order.invoice | i need a credit note for the refunded item
order.invoice | gift receipt please, its a present
order.invoice | can you include a gift receipt without prices
order.invoice | download receipt
order.invoice | where is my receipt
order.invoice | i lost the receipt, can you send it again
order.invoice | invoice for ORD-2024-000123
order.invoice | print invoice
order.invoice | need a tax invoice for my order from march
order.invoice | the invoice says the wrong date
order.invoice | why does my invoice show a different seller
order.invoice | can i have the invoice in english
order.invoice | my accountant needs the invoices for last year
order.invoice | get invoice for order no. 123-456
order.invoice | invoice number INV-88120 is wrong, VAT missing
order.invoice | send me the bill for my order
order.invoice | i want a paper invoice
order.invoice | how do I download all my receipts
order.invoice | hi, could I get a receipt for order 55120 for my records
order.invoice | receipt please
order.invoice | can you add my company details to the invoice
order.invoice | invoice shows shipping twice
order.invoice | is the invoice emailed automatically
order.invoice | where's the invoice for my business purchase
order.invoice | invoice needs my tax id
order.invoice | can you re-issue the invoice to my new address
order.place | i want to buy this
order.place | how do i place an order
order.place | buy it now
order.place | add this to my cart
order.place | i'd like to order two of these
order.place | checkout please
order.place | can i order the blue one
order.place | put 3 in my basket
order.place | how do i buy something on here
order.place | order this for me
order.place | i want to purchase the red jacket in medium
order.place | can you place an order for me
order.place | add the grey sofa to basket
order.place | i'll take it
order.place | ill take two
order.place | proceed to checkout
order.place | how do i complete my purchase
order.place | the checkout button isnt working
order.place | can i order without an account
order.place | i want to order 10 units for my office
order.place | reorder my last purchase
order.place | buy again the same coffee beans
order.place | can i order by phone
order.place | i want to get this as a gift, how do i order
order.place | order the iphone case please
order.place | yes please order it
order.place | lets buy it
order.place | can i buy this in bulk
order.place | i want to make an order
order.place | place order
order.place | how to order
order.place | wanna buy the nike ones
order.place | add to cart the 2 pack
order.place | can i buy it and pick it up in store
order.place | want to order the lamp from the picture
order.place | how do i pay and order
order.place | i need to order a replacement part
order.place | can i order a sample first
order.place | i'd like to buy the bundle
order.place | pls add 2 more to my basket
order.place | i want this in size 9, buy
order.place | buy now pay later at checkout?
order.place | can i place an order for delivery next week
order.place | schedule an order for friday delivery
order.place | order a gift card for my sister
order.place | i want to buy a gift card
order.place | i'd like to place a new order
order.place | ordering the green one
order.place | purchase
order.place | get me the cheapest one
order.place | i'll buy the one you showed me
order.place | can you reserve it and i'll order later
order.place | my basket is empty after login, how do i order
order.place | how do i add items to my cart
order.place | i want to order more of the same
order.place | whats the minimum order
order.place | complete my order
order.place | finish checkout
order.place | go ahead and order it
order.place | order 3 of the red mugs
order.cancel | cancel my order
order.cancel | i want to cancel order 4471203
order.cancel | please cancel order #88213
order.cancel | how do i cancel an order
order.cancel | can i still cancel, i ordered an hour ago
order.cancel | cancel it
order.cancel | i changed my mind, cancel my purchase
order.cancel | cancel the order i just placed
order.cancel | stop my order before it ships
order.cancel | i ordered by mistake, please cancel
order.cancel | i dont want it anymore, cancel
order.cancel | cancel order ORD-2024-000123
order.cancel | cancel order no. 123-456 please
order.cancel | i need to cancel order number 00012345
order.cancel | cancel my preorder
order.cancel | can you cancel one of my two orders, i ordered twice
order.cancel | i placed a duplicate order, cancel the second one
order.cancel | please dont ship my order, cancel
order.cancel | cancell my order
order.cancel | cancle order
order.cancel | canel the order pls
order.cancel | i found it cheaper elsewhere, cancel my order
order.cancel | cancel the whole order
order.cancel | is it too late to cancel
order.cancel | why cant i cancel my order in the app
order.cancel | the cancel button is greyed out
order.cancel | cancel my subscription order
order.cancel | stop the order
order.cancel | abort my order
order.cancel | i want to withdraw my order
order.cancel | cancel everything i ordered today
order.cancel | can i cancel if it has already shipped
order.cancel | it's taking too long, just cancel it
order.cancel | please cancel, it won't arrive in time
order.cancel | cancel my order and refund me
order.cancel | i would like to cancel my recent order
order.cancel | hi, can you cancel order 55120 thanks
order.cancel | how long do i have to cancel an order
order.cancel | i ordered the wrong thing, can you cancel it
order.cancel | cancellation of order 991823
order.cancel | i need a cancellation
order.cancel | kill the order
order.cancel | nevermind, cancel the order
order.cancel | dont send it, cancel
order.cancel | cancel the pending order
order.cancel | i want to cancel the laptop order
order.cancel | my order is stuck, please cancel it
order.cancel | cancel order pls
order.cancel | remove my order
order.cancel | delete my order
order.cancel | i no longer need the order, cancel it
order.cancel | cancel the order for the sofa
order.cancel | the seller hasnt shipped, i want to cancel
order.cancel | can you cancel my order and let me order again with the right address
order.cancel | pls cancel #44102
order.cancel | i changed my mind about the order
order.cancel | cancel my last order
order.cancel | will i be charged if i cancel
order.cancel | cancelling my order
order.cancel | I want to cancel the order I made this morning
order.cancel | undo my order
order.cancel | cancel order 7781920 asap
order.cancel | please cancel my order, it was a mistake
order.cancel | how to cancel
order.cancel | cancel the recurring delivery
order.change_address | change my delivery address
order.change_address | i need to change the shipping address on my order
order.change_address | wrong address on order 4471203, can you fix it
order.change_address | can i update the address for order #88213
order.change_address | i moved, please send my order to my new address
order.change_address | ship it to my work address instead
order.change_address | i put the wrong postcode on my order
order.change_address | i made a typo in my address
order.change_address | the house number on my order is wrong
order.change_address | can you redirect my parcel to another address
order.change_address | please deliver to my neighbour's address instead
order.change_address | change address for ORD-2024-000123
order.change_address | update delivery address order no. 123-456
order.change_address | i need my order sent somewhere else
order.change_address | i won't be home, can you send it to my office
order.change_address | can i change the address after the order shipped
order.change_address | is it possible to change where my order is going
order.change_address | my address is wrong
order.change_address | wrong adress
order.change_address | chnage address
order.change_address | change shipping adress pls
order.change_address | i entered my old address by mistake
order.change_address | the apartment number is missing from my order
order.change_address | please add apt 4B to my delivery address
order.change_address | forgot to add my flat number
order.change_address | can you change the street on my order
order.change_address | send it to 12 Baker Street instead
order.change_address | deliver order 00012345 to my parents instead
order.change_address | please change the delivery address to my mums house
order.change_address | i need to update the address on an order i just placed
order.change_address | can i have it delivered to a pickup point instead of home
order.change_address | change delivery to a parcel locker
order.change_address | send it to the store instead of my house
order.change_address | i moved house, update the address on my open order
order.change_address | the city on my order is wrong
order.change_address | i wrote the wrong zip code
order.change_address | can the courier bring it to a different address
order.change_address | redirect my package
order.change_address | i want to reroute my parcel
order.change_address | my order is going to my old flat, help
order.change_address | i selected the billing address as shipping by mistake
order.change_address | please correct my address
order.change_address | new address for my order
order.change_address | update address
order.change_address | address change
order.change_address | how do i change the address on an order
order.change_address | can i edit the delivery address
order.change_address | the order has my old address, can you change it
order.change_address | i'm on holiday, send it to the hotel instead
order.change_address | ship to a different address please
order.change_address | change where its delivered
order.change_address | my order should go to berlin not munich
order.change_address | wrong country selected on my order, i live in austria
order.change_address | hi, I typed my street name wrong on order 55120
order.change_address | the postcode should be NW1 6XE not NW1 6EX
order.change_address | could you send order #44102 to my office at 500 Market St
order.change_address | can you deliver to my sister's address
order.change_address | I need my package delivered to another place
order.change_address | address is incomplete on my order
order.change_address | courier says address not found, can i give a new one
order.change_address | driver couldn't find the address, please update it
order.change_address | please change the delivery address before it ships
order.change_address | can I change address on an order that's out for delivery
order.change_address | update the shipping address on order 7781920
order.change_address | change my order's address to my new flat
order.change_address | edit address on order
order.change_address | i gave the wrong address
order.change_address | the address on the order is my old one
order.change_address | change the recipient address
order.change_address | deliver to a different address than on the order
order.change_address | my order has the wrong street, its Elm Close not Elm Road
order.change_address | i want it shipped to my new home
order.change_address | please redirect to my work
order.change_address | address correction for my order
order.change_address | switch delivery to click and collect
order.change_items | change the size on my order
order.change_items | i ordered a medium but need a large, can you change it
order.change_items | can i change the colour of my order
order.change_items | i want to add an item to my order
order.change_items | add another shirt to order 4471203
order.change_items | can i remove one item from my order
order.change_items | change the quantity on order #88213 to 3
order.change_items | i ordered 2 but only want 1
order.change_items | swap the blue for the black one
order.change_items | can you change my order to the size 10
order.change_items | i picked the wrong size, change it before shipping
order.change_items | modify my order
order.change_items | edit my order
order.change_items | change my order
order.change_items | i want to change something in my order
order.change_items | can i switch to the 256gb version
order.change_items | change the item in order ORD-2024-000123
order.change_items | update order no. 123-456 to two pairs
order.change_items | can i add a gift wrap to my order
order.change_items | add gift wrapping to order 00012345
order.change_items | i forgot to add the charger, can you add it to my order
order.change_items | please take the socks off my order
order.change_items | change colour from red to green
order.change_items | can i upgrade my order to express shipping
order.change_items | i want to change the delivery speed on my order
order.change_items | make it 3 instead of 2
order.change_items | can i change the model i ordered
order.change_items | i ordered the wrong version, can you swap it
order.change_items | change the size of the shoes i ordered to 42
order.change_items | increase quantity
order.change_items | reduce the quantity to one
order.change_items | chnage size
order.change_items | change sise pls
order.change_items | i need to change my order
order.change_items | can you amend my order
order.change_items | i want to add something to the order i just placed
order.change_items | combine my two orders into one
order.change_items | merge my orders so they ship together
order.change_items | add a second pair to the same order
order.change_items | replace the medium with a small in my order
order.change_items | switch my order to the grey one
order.change_items | i chose the wrong colour
order.change_items | wrong size ordered, can you fix before it ships
order.change_items | can i still change my order
order.change_items | is it too late to change my order
order.change_items | change the engraving text on my order
order.change_items | the name on the engraving is misspelled, please change it
order.change_items | add a gift message to my order
order.change_items | can i change the delivery date of my order
order.change_items | change my order to arrive on saturday instead
order.change_items | delay my order until i'm back next week
order.change_items | hold my order until monday
order.change_items | can you ship my order later
order.change_items | i want to change the payment method on my order
order.change_items | edit order 7781920
order.change_items | modify order #44102, wrong size
order.change_items | change the mattress size to king on my order
order.change_items | i want XL instead of L
order.change_items | update my order to include the case
order.change_items | remove the phone case from order 55120
order.change_items | change my order please, i need the black one in 38
order.change_items | can i change the items in my order
order.change_items | change item
order.change_items | add to existing order
order.change_items | can i add items to an order thats already placed
order.change_items | hi, I'd like to swap the size M for L on my recent order
order.change_items | can you change one of the items before it ships
order.change_items | i need 4 not 5, change the quantity
order.change_items | can i change the bundle to the bigger one
order.change_items | i want to change my order from the 13 inch to the 15 inch
order.change_items | please change my order to the pink version
order.change_items | alter my order
order.change_items | change the order to 2 boxes
order.change_items | i want to change order, not cancel
order.change_items | update the size on my pending order
order.change_items | order edit
order.change_items | switch color on order pls
"""#
}
