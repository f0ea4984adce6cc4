extension CommerceFineUtterances {
  /// Requests as they reach a marketplace's support through its channels (issue 12, branch nlutrainB): the
  /// chat widget on a product page (often before buying: "on this page", "before i buy"), the app's contact
  /// form (its subject and body run together, "Subject: ... Message: ..."), replies to the shop's automatic
  /// e-mails that quote them ("Re: Your parcel has been delivered > ..."), public posts to the shop's social
  /// account (@handles, hashtags, emoji, sarcasm), a relative or an assistant writing for someone else, a
  /// private seller who also buys, a few words of another language beside the English, phone-keyboard typos
  /// and dictation without punctuation. Held-out sets by new authors scored 84-88% on main: the engine had
  /// learned the team's phrasings, so these describe the situation and let the ask follow from it, put context
  /// before the ask, and carry numbers of every kind (prices, dates, phones, codes, quantities, order
  /// references). Out of scope beside them: other companies' orders, bills and accounts in the same channels,
  /// and whatever else people type into a chat box. Written without opening any held-out set; no line equal to
  /// a line of another training file or of a set in `mesh/data/intents`, or sharing 80% of its words with one
  /// (checked mechanically). Read by the fine data, and so by the coarse head under their groups.
  static let channels = #"""
order.status | Re: Your order ORD-884120 is confirmed > Thank you for shopping with us! ... ok but that was 9 days ago and nothing since, has it actually been sent
order.status | @shophelp ordered on the 2nd, today is the 14th, status still "being prepared" 🙃 anyone home?
order.status | Subject: order 77-31902 Message: hello, no update since i paid, is it still being packed or what
order.status | writing for my mum (she's 78) she bought a kettle from you last monday and keeps asking me if it has been posted yet, can you tell us
order.status | hola, my pedido ORD-559301 shows "procesando" since friday, it is normal?
order.status | i ordred the lamp 6 days ago and the app just says confirmd, nothing else, is it stuck
order.status | hi i'm on the product page for the same mattress again because my first order of it still hasn't shipped after 10 days what's going on with it
order.status | your shipping notice said it would leave the warehouse within 48h and that was monday, today is thursday, did it leave or not
order.status | question about order placed 03/11 total 64.90 eur it still not marked as sent, please check for me
order.status | my wife ordered the pram on our account and we are due in 3 weeks so we are a bit nervous, is it processed yet
order.status | the estimated date in the app was yesterday and there is still no shipping email, is my order late
order.status | sorry my english not so good, the order i make on 20 november, where is it now in the system
order.status | hey so i bought a few things last week order number 2231-5590 and it still says awaiting dispatch is there a delay
order.status | hey so i ordered the garden chairs on the 28th and the app still says order received nothing else can someone check if it went out already thanks
order.track | Re: Your parcel is on its way > Track your parcel here ... the link just says "not found", can you give me the real tracking number
order.track | @shophelp which courier has my parcel? the app just says "with carrier" lol which carrier 😂
order.track | the tracking has said "arrived at sorting centre" for 3 days, what does that mean exactly
order.track | Subject: tracking Message: got the shipped mail for ORD-412877 but there is no tracking code in it anywhere
order.track | my dad asked me to follow his parcel, he doesnt have the app, can you send the tracking link to me instead
order.track | the second box of my order has a different tracking than the first one and i can only see one of them, send me the other one pls
order.track | tracking number JD0002231899 isnt working on the dhl site, is that the right one
order.track | i sell on here too but this is about something i bought, where can i see the live tracking for it in the app
order.track | hi can u tell me the tracking for my order 5501-22 i want to know when the van comes
order.track | what does "exception - recipient address query" mean on my tracking
order.track | tracking no. please for order placed tuesday, the courier site needs it
order.track | parcel tracking not updated since it left germany on the 5th, can you see the latest scan on your side
order.track | kannst du mir die sendungsnummer schicken, sorry, tracking number for my order please
order.track | wheres the tracking lnk for my ordr, the email dosnt have it
order.invoice | Re: Your order confirmation > please find attached ... there was nothing attached, can you send the invoice as pdf
order.invoice | Subject: invoice for company Message: I need the invoice with our company name Brightline Ltd and VAT GB 293 4412 08 on it, order ORD-338190
order.invoice | my accountant is chasing me for the receipts of the 4 things i ordered in october, is there one pdf for all of them
order.invoice | the invoice says my old address in leeds, i moved in august, can you correct it and resend
order.invoice | i paid for my sisters birthday present and need a receipt to split the cost with my brothers, can you email one
order.invoice | hi i am a seller too but i bought stock from another seller here and need a proper invoice for my books
order.invoice | the refund came but i never got the credit note for it, my company needs that document
order.invoice | could you please issue the invoice in the name of my employer, not mine, for order 10-44871-22
order.invoice | factura please for order from 12 nov, i need it for the tax office
order.invoice | where do i find the receipt in the app, i looked under orders and theres nothing
order.invoice | invoice amount 129.99 but i paid 119.99 with the discount, the invoice is wrong
order.invoice | my assistant lost the receipt for the printer we bought, could you send a copy to accounts@ours
order.invoice | i need a vat invoice for the monitor i bought, the one in the email has no vat number, ours is DE 811 299 300
order.place | hi im looking at the 2 seater sofa right now, if i order today how do i pick the delivery slot at checkout
order.place | i want to order the same coffee beans as last month, is there a quick reorder button somewhere
order.place | @shophelp how do i actually buy something on your app, the add button does nothing until i scroll?? confused
order.place | my grandfather wants to order a hearing aid battery pack but has no computer, can i place the order for him with his address
order.place | i'd like to buy 6 of the glass jars, do i add them one by one or can i type the quantity
order.place | new here, how does ordering work, do i pay first or when it arrives
order.place | Subject: bulk order Message: we want to buy 40 units of the desk lamp for our new office, how do we place that
order.place | ok i've decided, i'll take the blue one in size m, what do i do now
order.place | i want buy this phone case for iphone 14, how i put in the cart
order.place | can i order the blender and the spare jug together in one order
order.place | put 2 of the white towels in my basket please and take me to checkout
order.place | is it possible to order now and have it delivered on a later date
order.place | i sell my own pottery here but today i want to buy, how do i check out with my buyer side, it only shows my shop
order.cancel | Re: Thanks for your order! > Order ORD-771023 ... I ordered this by mistake, please cancel it before it goes out
order.cancel | @shophelp cancel my order, 11 days and nothing, im done waiting
order.cancel | Subject: cancel Message: please cancel order 3391-0023 found it cheaper in a shop
order.cancel | my son used my card to order a game console without asking, cancel the whole order please
order.cancel | how much does it cost to cancel if it already shipped
order.cancel | i need cancel the order, my husband already bought the same one, sorry
order.cancel | cancle order pls wrong acount
order.cancel | i ordered the cot for my daughter but the baby came early and someone gave us one, can the order be stopped
order.cancel | if i cancel today do i lose the 5 euro delivery fee or is it all returned with the cancel
order.cancel | the shipping notice just came but i dont want it anymore, can you still cancel it
order.cancel | we no longer need purchase order 4471 for the school, please cancel all of it
order.cancel | changed my mind about the whole order placed an hour ago, cancel
order.cancel | ok so basically i ordered the wrong thing totally can you just cancel the whole order 60-11829 i will order again later
order.change_address | Re: Your order has been confirmed > Delivery address: 14 Elm Rd ... that's my old flat!! please send it to 22 Park Lane instead
order.change_address | @shophelp i typed the wrong house number on my order, its 41 not 14, can you fix before the driver goes to the wrong door
order.change_address | Subject: address Message: order ORD-662018 please deliver to my office not home, Harbour St 9, 2nd floor
order.change_address | i'm ordering for my grandma but put my own address by accident, it should go to her place in bristol
order.change_address | the parcel is on its way but i wont be home all week, can it go to a pickup point instead
order.change_address | mi direccion is wrong in the order, the postcode is 28015 not 28051
order.change_address | i moved last weekend and my order from thursday still has the old address, please update the order
order.change_address | can the courier drop it at my neighbour number 7 instead
order.change_address | forgot to add the flat number to the address on my order, it's flat 3b
order.change_address | please redirect my parcel to the locker at the train station, i wont be in
order.change_address | sent to wrong city!! i picked manchester from the list but i live in manchester nh usa, fix the order please
order.change_address | we are a business and the delivery for order 2291 needs to go to the warehouse at unit 5 not the office
order.change_address | hi i ordered a jacket yesterday and i just realised i put my work address and im on holiday from tomorrow please change it to 8 mill lane
order.change_items | Re: Order confirmation > 1x Jacket, size S ... it should be size M, can you change it before you send
order.change_items | @shophelp i ordered 2 mugs but meant 4, can you add 2 more to the same order?
order.change_items | Subject: wrong colour Message: i chose black on my order 88210 but want the beige, please switch
order.change_items | please take the phone charger out of my order, i found mine, keep the rest
order.change_items | my assistant ordered the wrong printer cartridges for me, 302 instead of 304, can they be swapped in the order
order.change_items | can you add gift wrapping to the order i placed this morning, its a present
order.change_items | i need to move the delivery day of my order to saturday please, im away friday
order.change_items | the order has the 128gb but i wanted the 256gb, can you change it and charge the difference
order.change_items | sorry i order 1 but need 3 of the same, change quantity please
order.change_items | can i add the matching pillowcase to my existing order so it comes together
order.change_items | remove one of the two lamps from ORD-190277, we only need one after all
order.change_items | i picked the wrong size for my daughter's school shoes, 32 not 33, please change before it ships
order.change_items | switch the express to normal delivery on my order i dont need it that fast
delivery.options | hi, looking at this bookshelf, do you deliver to ireland or only uk
delivery.options | @shophelp is there no free delivery anymore?? used to be over 30 quid
delivery.options | Subject: shipping Message: do you have next day delivery to austria and what does it cost
delivery.options | before i buy the fridge, do you bring it up the stairs or only to the door, 4th floor no lift
delivery.options | can i collect from a parcel shop instead of home delivery, i work long days
delivery.options | how much is shipping for a 25kg bag of dog food to the islands, postcode HS2
delivery.options | my daughter lives in canada, can i buy here and ship it direct to her
delivery.options | which carriers do you use, dhl or ups, the ups guy never finds my house
delivery.options | shipping cost to norway? its not in the list at checkout
delivery.options | do you ship to po boxes, i only have a box at the post office
delivery.options | is there a cheaper slower option than the 6.99 standard, im not in a hurry
delivery.options | envio a portugal es posible? sorry, do you send to portugal
delivery.options | what delivery options do business customers get, we need pallet delivery for 12 boxes
delivery.options | do you deliver on sundays or is it monday to saturday only
delivery.time | hi, if i order this dress now will it be here by saturday the 12th, its for a wedding
delivery.time | @shophelp whats the cut off for christmas delivery? asking for a friend (me) 🎄
delivery.time | Subject: delivery time to usa Message: how many days does it take to reach texas usually
delivery.time | how long does the standard one take to scotland, i need it before my mums birthday on the 20th
delivery.time | if i order before midnight does it still count as today for the 2 day delivery
delivery.time | my assistant is planning a conference on 3 march, can 150 name badges arrive by the 1st if we order this week
delivery.time | the page says 3-5 working days, does that include saturdays
delivery.time | how fast do u deliver to berlin roughly
delivery.time | when would this sofa arrive if i bought it today, the page doesnt say
delivery.time | express to italy how many days please
delivery.time | its a gift and i fly out on the 9th, will it make it if i order tonight
delivery.time | how much time for delivery in india, 2 weeks or more
delivery.time | is delivery slower in december, i need to plan when to buy presents
delivery.time | if i order the couch today when will it be here roughly because we move in on the 15th
delivery.missing | Re: Your parcel has been delivered > Delivered: 14:02, left at front door ... there is nothing at my front door
delivery.missing | @shophelp app says delivered, photo shows a door that is NOT my door 🙄
delivery.missing | Subject: not received Message: tracking says delivered yesterday 11am, i was home, no parcel, ORD-991204
delivery.missing | my elderly father says the driver marked it delivered but he sat by the window all day and nobody came
delivery.missing | only 1 of the 3 boxes came, the tracking says all delivered
delivery.missing | the parcel was stolen from my porch, the neighbour's camera shows someone taking it
delivery.missing | the tracking has not moved for 3 weeks and the carrier says it is lost
delivery.missing | it says left in safe place but i dont have a safe place, where is it
delivery.missing | says delivered to mailroom but my building mailroom has nothing with my name
delivery.missing | my paket is marked as delivered but not arrived, i checked with all neighbours
delivery.missing | signed for by "K" but nobody here is called K and i never got it
delivery.missing | courier says they gave it to reception, our office reception has no record of it, order 40-2231
delivery.missing | parcel delivered status since monday but no parcel, what now
delivery.missing | the delivery man says he left my parcel with a neighbour but didnt say which one and no card in the door, i asked 4 neighbours nothing
delivery.damaged | Re: Your order has been delivered ... yes it was delivered, in pieces. the glass top is cracked right across
delivery.damaged | @shophelp ordered a white hoodie, got a pink one size xs 🤦 not what i ordered
delivery.damaged | Subject: broken Message: the blender jug came with a chip on the rim, order ORD-337812
delivery.damaged | my mother received the chair but one leg is missing from the box, she cannot use it
delivery.damaged | the headphones only work on the left side, bought them 4 days ago
delivery.damaged | box was soaked and the book inside is all wavy and stained
delivery.damaged | i ordered a set of 6 plates and there are only 5 in the box
delivery.damaged | the charger you sent is the us plug and i live in the uk, wrong item
delivery.damaged | screen has dead pixels out of the box, brand new monitor
delivery.damaged | the item i got is not the one in the picture, a totally different model
delivery.damaged | el producto llegó roto, the lamp arrived broken, what do i do
delivery.damaged | bottle leaked and ruined everything else in the parcel
delivery.damaged | got the shoes today and they are two different sizes, a 42 and a 43
delivery.damaged | hi the vacuum cleaner turned up today but the hose is split in the middle so it doesnt suck at all
return.start | Re: Your order has been delivered > How did we do? ... fine but the jeans dont fit, how do i send them back
return.start | @shophelp need a return label for the boots, the app keeps crashing when i click return
return.start | Subject: return Message: i want to return 2 of the 3 shirts from order 55-19120
return.start | i bought this as a gift for my nephew and he already has it, can i exchange it for a different one
return.start | can a courier come pick up the return, the box is too heavy for me to carry to the shop
return.start | how do i send back the dress, i kept the tags on
return.start | i want to give back the coffee machine, it is too big for my kitchen
return.start | the return form asks for a reason and none fit, i just changed my mind, how do i start it
return.start | can i drop the return at a post office or does it have to be a parcel shop
return.start | my client ordered the wrong chairs for her office, 8 of them, we need to return all 8
return.start | i'd like to swap the jacket for a size up please
return.start | retour please, the colour is not like the photo, i dont want it
return.start | i sold my old tablet here and bought a new one here, the new one i want to return, not the sale
return.start | hello i would like to send back the rain jacket from last week it is too long in the arms what do i need to do
return.policy | before i buy, can i return it if it doesnt fit or is it final sale
return.policy | @shophelp do i have to pay for return postage or is it free??
return.policy | Subject: returns Message: how long do i have to send something back, i bought it on black friday
return.policy | can underwear be returned if it is still sealed
return.policy | is the return window 14 or 30 days, the email and the website say different things
return.policy | what happens if i return only one item from a bundle deal
return.policy | i opened the box but never used the blender, can it still be returned
return.policy | are christmas gifts returnable in january or is it too late then
return.policy | do you take returns on items bought in the sale
return.policy | i live abroad, am i still allowed to return and who pays the shipping
return.policy | can i return something bought from a private seller on here or only from the shop
return.policy | does the 30 days count from the order or from when i got it
return.policy | is there a restocking fee if i send back the tv
refund.request | Re: Your return has been received > We have received your return ... great, so now please give me my money back
refund.request | @shophelp bought the air fryer on monday for 89, today it's 69 on your site 😑 i want the 20 back
refund.request | Subject: money back Message: the order was cancelled by the seller, i want my 45.50 refunded to my card
refund.request | the parcel never came and the carrier gave up, i want a refund not a new one
refund.request | i paid for express and it came in 6 days, refund the express fee please
refund.request | i returned the boots on the 2nd, please refund me now
refund.request | my father paid for a tablet that was faulty, we sent it back, he wants his money back to his bank card
refund.request | can you refund it to my paypal instead, the card i used is closed
refund.request | i want money back for the broken lamp, i dont want a replacement
refund.request | please refund the 2 items that were missing from my order, 17.98 total
refund.request | quiero reembolso, i mean i want a refund for order ORD-668201
refund.request | the product is not like described, i want full refund including shipping
refund.request | the seller agreed to take it back, how do i get the refund now
refund.request | the seller cancelled my order after i paid 32 pounds and i still havent got anything back, please refund me
refund.status | Re: Your refund has been issued > Amount: 89.00 ... it has been 12 days and my bank shows nothing
refund.status | @shophelp still waiting on my refund from OCTOBER 🙃 where is it
refund.status | Subject: refund not received Message: you said refund was approved on 3 nov, where is my money
refund.status | the refund came but only 30 of the 42 i paid, why is it short
refund.status | my aunt returned the coat 3 weeks ago and hasn't had her money yet, can you check
refund.status | the refund email doesnt say which of my 2 cards the money was sent back to, the visa or the mastercard?
refund.status | when will i see my refund, it says processed but not in my account
refund.status | rma 55812, item returned, refund when?
refund.status | your colleague promised a refund on the phone last week, has it been sent
refund.status | i got the refund email but the bank says no money came in
refund.status | how many days until the refund shows on credit card usually, the email came tuesday
refund.status | refund status for the cancelled order 9912-003 please
refund.status | the return was delivered to you on the 8th according to tracking, still no refund processed
refund.status | i sent back the headphones 2 weeks ago and tracking shows you got them on the 3rd when will the money come back
payment.failed | hi, trying to buy the sneakers on this page, it keeps saying "payment could not be processed", card is fine
payment.failed | @shophelp your checkout hates my card 😤 declined 3 times, bank says all good on their side
payment.failed | Subject: payment error Message: error code P-402 when i press pay, tried 2 cards
payment.failed | the bank app asks for confirmation but your page times out before i can approve it
payment.failed | money left my account, 58.20, but there is no order in my account and no email
payment.failed | my grandmother tries to pay with her debit card and it says declined, she has money on it
payment.failed | paypal window opens and closes and the order is not paid, what is wrong
payment.failed | the payment says pending since yesterday, is my order going through or not
payment.failed | i cant pay, the verification code from the bank never comes on my phone
payment.failed | tried apple pay at checkout and it just spins forever
payment.failed | payment rejected for my company card, we ordered 20 chairs, total 1.840 euro
payment.failed | karte abgelehnt, my card is declined but it works in other shops
payment.failed | it charged me and then said payment failed, now i dont know if i should pay again
payment.failed | tryed to pay 3 times and evry time it says somthing went wrong try again, my bank says no problem
payment.methods | hi, i want this tv but i dont have a credit card, can i pay by bank transfer
payment.methods | @shophelp klarna? afterpay? any of those "pay in 3" things at your checkout or nah
payment.methods | Subject: paying Message: is cash on delivery possible for orders to poland
payment.methods | grandma gave me a 20 gift card, can i use that for half and put the rest on my debit card at checkout
payment.methods | my company wants to pay by invoice with 30 days terms, is that possible
payment.methods | how do i add a second card to my wallet in the app
payment.methods | is it possible to pay in dollars or only euro
payment.methods | my son wants to pay for my order from his card, is that allowed
payment.methods | do you accept ideal, i am in the netherlands
payment.methods | on my laptop i dont see google pay at checkout, is it only in the phone app
payment.methods | i sell here too, can i pay for purchases with my seller balance
payment.methods | american express ok?
payment.methods | can i spread the payment for the laptop over 12 months
payment.charged_twice | Re: Payment received > Amount charged: 74.99 ... and then another 74.99 a minute later, why twice
payment.charged_twice | @shophelp you took my money twice for one order, fix it pls
payment.charged_twice | Subject: double charge Message: order ORD-402913 charged 2x on my visa, statement attached
payment.charged_twice | there is a charge of 12.49 from you on my card and i didn't buy anything that day
payment.charged_twice | i was charged 39.90 but the order total was 29.90, you overcharged me 10
payment.charged_twice | payment failed yesterday but there's still a hold of 85 on my card, when does it go
payment.charged_twice | my husband checked the bank and there are two payments to you on the same day for the same amount
payment.charged_twice | why did you take money for delivery when the order was over the free delivery limit
payment.charged_twice | after the cancel you still took 19.99 from my account
payment.charged_twice | i see "MKTPLACE*4471" on my statement for 56.00, what is this i did not order
payment.charged_twice | we paid the invoice by transfer and your system also charged the company card, double paid
payment.charged_twice | cobrado dos veces, i was charged 2 times for same thing
payment.charged_twice | i was billed for 3 units but only ordered 2
payment.charged_twice | i just checked my banking app and you have taken 64.99 two times this morning but i only made one order
payment.discount | hi, the page says 20% off but in the basket it is full price, why
payment.discount | @shophelp your WELCOME10 code is "invalid" 🙃 nice welcome
payment.discount | Subject: voucher Message: i have a 25 euro gift card from my birthday, where do i type the code
payment.discount | the app says i have 1,250 points, how much is that worth and will it take them off this basket
payment.discount | i forgot to enter the discount code when i ordered yesterday, can you still apply it
payment.discount | my grandson gave me a gift voucher, how do i check what's left on it
payment.discount | the newsletter code says expired but the email came today
payment.discount | do you price match, its 15 cheaper at another shop
payment.discount | student discount, do you have one and how do i get it
payment.discount | the 3 for 2 offer didnt work, it charged me for all 3
payment.discount | code BLACKFRIDAY says not valid for this item, which items is it for then
payment.discount | referral credit from my friend never showed in my account
payment.discount | el codigo de descuento no funciona, the code does not work
account.password_reset | Re: Reset your password > Click here to reset ... the link says expired and i clicked it straight away
account.password_reset | @shophelp locked out of my account after 3 tries, it wants a code that never arrives
account.password_reset | Subject: cant login Message: forgot password and the reset email is not in inbox or spam
account.password_reset | my mother forgot her password and she doesn't know which email she used, can you help her get in
account.password_reset | the 2fa code goes to my old phone number, i cant log in
account.password_reset | i type the right password and it says wrong password
account.password_reset | the app logged me out and now it doesnt accept my login at all
account.password_reset | account locked for security reasons, how do i unlock it
account.password_reset | cant get into my seller and buyer account, password forgotten
account.password_reset | ich habe mein passwort vergessen, forgot my password, reset link please
account.password_reset | new phone, cant sign in, no idea what the password was
account.password_reset | i clicked forgot password 4 times and still nothing came
account.password_reset | wont let me log in says too many attempts try later, its been 2 hours
account.password_reset | hi i cant log in to my account it keeps saying password incorrect and the reset email never comes can you help
account.delete | Re: We miss you! Here's 10% off > no thanks, please delete my account instead
account.delete | @shophelp how do i delete my account?? cant find it anywhere in settings
account.delete | Subject: account Message: please close my account and erase all my data under GDPR
account.delete | my father passed away in september, we need to close his account
account.delete | i dont use this anymore, remove my account and my card details
account.delete | i want to stop selling and buying here completely, close everything
account.delete | rather than closing my account for good, can it be frozen until i come back from abroad in june
account.delete | delete my profile and all order history please, i dont want you to keep it
account.delete | i made 2 accounts by mistake, delete the one with the gmail address
account.delete | por favor eliminar mi cuenta, delete my account please
account.delete | under article 17 i request erasure of all personal data you hold on me
account.delete | how long does it take until my account is really gone after i ask to delete
account.delete | close account, too many emails and i never buy anyway
account.update | Re: Our weekly deals > please stop sending me these, unsubscribe me from the newsletter
account.update | @shophelp how do i turn off the push notifications, 5 a day is too much
account.update | Subject: new email Message: i want to change the email on my account to my work one
account.update | just got married 💍 need my account to say Sarah Okafor now instead of Sarah Mills
account.update | please add my new flat as a saved address, i will use it for all orders from now
account.update | my phone number changed, the new one is 07700 900 412, please update it
account.update | how do i remove the old expired card from my saved cards
account.update | i can log in fine, but i'd like a stronger password since my other accounts got hacked, where's the setting
account.update | my wife and i each have an account, can we merge them into one
account.update | i want to change from a personal to a business account
account.update | switch my account language to spanish please
account.update | i want only order emails, no marketing ones
account.update | can i set my mum's house as the default delivery address on my profile
account.update | hi i changed my phone number last month and i still get the texts on the old number please update it to 07911 123 456
account.create | hi, can i buy this without making an account, just as guest
account.create | @shophelp sign up says my email is already in use but i never had an account 🤔
account.create | Subject: registration Message: the verification email never arrived, tried 3 times
account.create | i want to make an account for my dad so he can order himself, how
account.create | the sign up form says phone invalid but its a normal german number +49 151 2345 678
account.create | how do i create a seller account, i only have a buyer one
account.create | the activation link in the welcome email goes to an error page
account.create | do i need an account to track my order or can i do it as guest
account.create | registering fails at the last step, the button does nothing
account.create | how to open a business account for our company
account.create | i am new, how do i register
account.create | the code to verify my phone when signing up never comes
account.create | why does it want my birthday to make an account
product.search | hi, do you have a kids bike for a 6 year old, under 150
product.search | @shophelp looking for a waterproof jacket for hiking, womens, not black 🙏
product.search | Subject: looking for Message: do you sell replacement filters for the aqua 300 water jug
product.search | my dad needs a big button phone for elderly people, do you have something like that
product.search | show me standing desks under 300 euro
product.search | i need a gift for my boss, something for coffee lovers, around 40
product.search | any vegan leather handbags in brown
product.search | buscando zapatillas de running, size 44, for flat feet
product.search | do you have a cable to connect my old camera to a laptop
product.search | best noise cancelling headphones for a long flight
product.search | looking for a 3 seater corner sofa in grey that fits a small room
product.search | i resell vintage clothes here, but for myself i need a winter coat size l, what do you have
product.search | something to keep my dog busy when im at work, suggestions
product.search | hi im looking for a present for my niece she is 9 and likes art and drawing do you have sets under 30
product.info | hi, on this page, does the jacket run small? im normally an m
product.info | @shophelp is the airfryer basket dishwasher safe or not
product.info | Subject: question about item Message: is the 55 inch tv wall mountable and is the bracket included
product.info | will this phone case fit the galaxy s23 or only the s23 plus
product.info | what is the cup made of, my daughter is allergic to some plastics
product.info | what length is the power cord on that lamp
product.info | does the kettle have auto shut off, its for my grandad
product.info | is this the 2023 or the 2024 model, the photo and the text are different
product.info | what's in the box, does it come with batteries
product.info | the dimensions say 80x40, is that with or without the handles
product.info | is the warranty 1 year or 2 on this drill
product.info | does this laptop have a uk keyboard
product.info | is this mattress too soft for back problems, what is the firmness
product.info | does the baby monitor work without wifi, my mum wants to use it at her house and she has no internet
product.availability | hi, the size 38 is greyed out, will it be back soon
product.availability | @shophelp when is the ps5 bundle back in stock, been waiting 3 weeks 😩
product.availability | Subject: stock Message: do you have 25 of the blue mugs available, we need them for an event
product.availability | can i get a notification when the green one is back
product.availability | is the sofa in stock in the velvet or only linen
product.availability | it says only 2 left, are they really there or will you cancel my order later
product.availability | is this sold out for good or coming back
product.availability | does your leeds store have this blender on the shelf right now, want to grab it at lunch
product.availability | preorder for the new console, when does it open
product.availability | do u still have the red dress in small
product.availability | out of stock in every size except xl, will more come
product.availability | is the xl restocking before christmas
product.availability | the item shows available online but the app says unavailable, which is it
seller.listing | hi, i buy here a lot but now i want to sell my old camera, how do i list it
seller.listing | @shophelp how much commission do you take when i sell something 🤔
seller.listing | Subject: payout Message: i sold 3 items last week and the money is not in my bank yet, when do sellers get paid
seller.listing | my mum wants to sell her sewing machine on here but doesn't understand the app, can i list it for her
seller.listing | a buyer bought my jacket, how do i print the shipping label for it as seller
seller.listing | my listing was removed and i dont know why, it was just a used lamp
seller.listing | can i sell handmade candles here or only second hand things
seller.listing | how do i change the price on my listing, i want it lower
seller.listing | quiero vender mi bicicleta, how can i put it for sale
seller.listing | i am a small shop, can we sell our whole range here and what are the fees
seller.listing | the buyer of my item has not paid after 3 days, what do i do as seller
seller.listing | how many photos can i add to a listing
seller.listing | i want sell my old phone, 2 years old, works fine
seller.listing | i buy and sell here, as a seller where do i see the orders people placed on my items
human_handoff | Re: Your case #88213 has been closed > it is NOT solved, i want a real person to call me
human_handoff | @shophelp is there a human on this account or just bots
human_handoff | Subject: call back Message: please call me on 0161 555 0192 after 5pm, too complicated for writing
human_handoff | my grandfather is deaf and cant use the phone, is there an email for support he can write to
human_handoff | i need your customer service phone number, i cannot find it anywhere on the site
human_handoff | this bot does not understand me, agent please
human_handoff | what time does customer service open on sundays
human_handoff | i want to talk to a supervisor, the last person was no help
human_handoff | necesito hablar con una persona, can i talk to someone real
human_handoff | connect me to someone who can actually fix things
human_handoff | is there a live chat with a human for sellers
human_handoff | give me a person not a robot
human_handoff | how can i write to your complaints team directly, whats the address
human_handoff | hi i have been writing with the chat for 20 minutes now can i please speak to a person on the phone instead
complaint | Re: How did we do? Rate your experience > 1 star. three emails, no answer, never again
complaint | @shophelp worst customer service i have ever had, 40 minutes on hold for nothing #neveragain
complaint | Subject: complaint Message: i am very disappointed with how my case was handled by your staff
complaint | your app is a joke, every update makes it worse
complaint | my mother was treated very rudely by your driver and i want that noted
complaint | i have been a customer for 8 years and this is how you treat me
complaint | oh great, another "we're sorry for the inconvenience" email. thanks so much 🙄
complaint | this company is going downhill, everything takes forever now
complaint | no one answers my emails, this is unacceptable
complaint | i am so fed up with your service, honestly
complaint | sehr schlechter service, very bad service, i am angry
complaint | the way you handle sellers is a disgrace, you always side with the buyer
complaint | every time i order something there is a problem, i'm sick of it
complaint | honestly every single order this year has been a mess and nobody ever gets back to me, i'm done with this company
feedback | Re: Your order has been delivered > just wanted to say the packaging was lovely and it came a day early, thanks!
feedback | @shophelp shoutout to the delivery guy who carried my sofa up 5 floors 🙌 #legend
feedback | Subject: suggestion Message: it would be great if the app had a dark mode
feedback | how do i leave a review for the seller i bought the lamp from
feedback | my mother says the big text setting in your app is very helpful, well done
feedback | i want to change the review i wrote last month, the problem got solved
feedback | where can i see the reviews other people left on this blender
feedback | fast delivery, good quality, will order again
feedback | idea: let us filter by delivery date, would save a lot of time
feedback | the new checkout is so much quicker, love it
feedback | how do i rate a buyer as a seller
feedback | the lady on the phone yesterday was super helpful, please tell her
feedback | very happy with the service, 10/10
feedback | hi just want to say the girl on the chat yesterday fixed my problem in 5 minutes so thank you to her
greeting | hi there, got a question about something on this page
greeting | @shophelp hey 👋
greeting | Subject: hello Message: hello
greeting | hello, writing on behalf of my grandmother
greeting | good morning team
greeting | hiya, u there?
greeting | hallo zusammen, hello, i write from germany
greeting | hey, anyone online at this hour
greeting | hello hello, anyone on the chat?
greeting | hi its me again
greeting | good evening, quick one
greeting | ola, hi
greeting | hi good afternoon i have a few questions
thanks | Re: Your refund has been issued > received, thank you very much
thanks | @shophelp sorted, cheers guys 🙏
thanks | thank you, that answers it
thanks | many thanks for your fast help, my mum is happy now
thanks | thx for the label
thanks | great, thanks a lot for checking
thanks | danke schön, thank you
thanks | appreciate it, really
thanks | perfect, that's exactly what i needed to know thank u 🙂
thanks | ok got the info i needed, thanks for that
thanks | thank you kindly, my grandmother says thank you too
thanks | ty ty, label printed 👍
thanks | brilliant thank you that was quick
goodbye | ok that's all for today, bye
goodbye | thats everything, have a nice evening
goodbye | no more questions, bye bye
goodbye | alright, talk later
goodbye | ciao, bye
goodbye | nope im good, goodbye
goodbye | i will go now, have a good day
goodbye | thats it from me, cheers
goodbye | signing off, thanks anyway
goodbye | ok bye for now
goodbye | see ya, off to work now
goodbye | all done, bye
goodbye | ok that's everything sorted, have a good weekend bye
smalltalk | wait, is this a real person typing or a bot
smalltalk | @shophelp is this reply a robot lol
smalltalk | do you have a name or are you just "assistant"
smalltalk | do you ever sleep or are you on all night
smalltalk | haha ok you got me there
smalltalk | you're quite clever for a bot
smalltalk | hmm okay
smalltalk | where are you actually, like which country are you in
smalltalk | do you enjoy answering people all day
smalltalk | lol fair enough
smalltalk | how's your day been, busy with the sales i bet
smalltalk | are you chatgpt or something
out_of_scope | can you tell me when my amazon package is arriving, order 113-4471203-1182
out_of_scope | my electricity supplier charged me twice this month, how do i get it back
out_of_scope | my netflix keeps charging me after i stopped watching, how do i end the subscription with them
out_of_scope | i want to sell my house, how do i list it with an estate agent
out_of_scope | my bank card got declined at tesco this morning, not on your site, why would that happen
out_of_scope | the post office lost a letter i sent to my sister, what can i do
out_of_scope | i bought a shelf in ikea last month, can i take it back to their store without the box
out_of_scope | my gym still charges me after i cancelled the membership
out_of_scope | track my flight LH 402 please
out_of_scope | how do i get a refund from the airline for my cancelled flight
out_of_scope | locked out of instagram, how do i reset the password there
out_of_scope | my landlord wont give the deposit back, what are my rights
out_of_scope | where is my tax refund from the government
out_of_scope | can you order me a pizza to my house
out_of_scope | how do i apply for a loan at my bank
out_of_scope | my phone contract has a cancellation fee, is that legal
out_of_scope | which bank has the best savings rate
out_of_scope | need to change my address on my driving licence, where do i do that
out_of_scope | my food delivery came cold, the restaurant wont answer
out_of_scope | how do i file a complaint about my internet provider
out_of_scope | whats the weather like in paris this weekend
out_of_scope | write me a birthday poem for my wife
out_of_scope | how many ounces in a cup
out_of_scope | can you help me with my maths homework, what is 15% of 240
out_of_scope | quick one, who is brazil's president these days
out_of_scope | how do you say "where is the train station" in italian
out_of_scope | what time is it right now in tokyo, my son is there
out_of_scope | im bored, tell me a joke about shopping
out_of_scope | any good films on tv tonight you would recommend
out_of_scope | how long do i boil an egg so the yolk stays runny
out_of_scope | @shophelp who won the match last night lol
out_of_scope | wake me at 7am tomorrow please
out_of_scope | i have a fever and sore throat, is it flu or covid
out_of_scope | how many km is it to the moon
out_of_scope | can you play jingle bells for my kids
out_of_scope | can you book dinner for 2 at an italian restaurant saturday 8pm
out_of_scope | will we get snow in london for christmas this year
out_of_scope | we got a kitten, suggest a name, she is grey
out_of_scope | how do i unblock someone on whatsapp
out_of_scope | how much is 50 dollars in euros today
"""#
}
