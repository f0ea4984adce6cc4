extension CommerceFineUtterances {
  /// Messages as shoppers of a general marketplace write them (issue 12, branch nlutrainA): about 90 invented
  /// customers (electronics, clothes, home, toys, groceries, private sellers; parents, pensioners, students,
  /// small businesses, non-native speakers), each with a concrete situation, on a phone keyboard (no capitals,
  /// typos), a laptop e-mail, dictation without punctuation. The held-out sets by new authors showed the
  /// engine had learned the team's phrasings, not shoppers': so these lines often only describe the situation
  /// (the ask is implicit), put context before the ask, mention a second topic beside the real one, and carry
  /// numbers of all kinds (prices, dates, times, sizes, quantities, order numbers). 14-16 per in-scope fine
  /// intent, 40 out of scope (half commerce look-alikes at other companies, half anything typed into a chat
  /// box). Labelled by docs/INTENTS.md. No line equals, or shares 80% of its words with, a line of another
  /// training file or of a set in `mesh/data/intents` (checked mechanically; the colliding ones reworded).
  static let shoppers = #"""
order.status | ordered a kettle for my mum on the 2nd, got the confirmation and then nothing. is it actually being sent or did it get stuck somewhere
order.status | hiya just checking on 448120 its said processing since monday n i need it for the weekend
order.status | Good morning, I placed an order for two bath towels and a shower curtain eleven days ago and the status has not changed at all. Could you let me know whether it has been dispatched? Kind regards, Margaret
order.status | bought a used ps4 controller from a private seller on here 6 days ago and he still hasnt marked it as sent, should i be worried
order.status | my order says awaiting fulfilment what does that even mean is somebody packing it or not
order.status | the lego set for my sons birthday on saturday still isnt shipped and its already wednesday
order.status | i am from brazil sorry my english, the order i make on day 14 still say pending, this is normal?
order.status | any news on the groceries i ordered this morning, the slot was 10 to 12 and its half 1 now
order.status | it was supposed to be here friday. it is tuesday. ORD-557301
order.status | seller said dispatch within 24h, that was 3 days ago and the app still shows preparing
order.status | hey so I ordered some jeans last week and I just want to know if they have left yet because the app does not say anything
order.status | got an email saying there was a stock problem and then nothing else, is my order still coming or what
order.status | quick one the blender i ordered sunday has it gone to the courier yet
order.status | we ordered 12 monitors for the office on the 3rd and the status reads partially shipped, what about the other 7
order.track | the email says shipped but theres no tracking link anywhere in it, can u send me one
order.track | which courier has got my parcel, i want to arrange to be in
order.track | 1Z999AA10123456784 has said label created for 4 days, what does that mean
order.track | my daughters headphones are coming in two boxes and i only got the tracking for one of them
order.track | hi the tracking link you sent me goes to a page not found
order.track | pls resend the tracking number for 302-4417785-1120093 i deleted the mail by accident
order.track | tracking just says exception address query, what is that about
order.track | I would like to follow the parcel in the DHL app, where do I find the code for it
order.track | what does in transit to destination facility mean, its been like that since the 9th
order.track | can i have the couriers own reference so i can ring them myself
order.track | my sofa is coming with a different delivery company than usual, whats their tracking site
order.track | no tracking update for 5 days, last scan was the leeds hub
order.track | is there a way to see where the van is live, the driver is meant to be coming today
order.track | bought a vintage record off a private seller here, did he put a tracking number on it
order.invoice | our accounts department needs a proper vat invoice for order 88201, the email only says receipt
order.invoice | can i get a receipt for the microwave, it broke and the warranty people want proof of purchase
order.invoice | the invoice still has our old company name, we rebranded in march, can it be reissued
order.invoice | i need the invoice made out to my business address not my home one, for tax
order.invoice | the app has my orders but no invoice button, where am i supposed to download the pdf from
order.invoice | Dear team, please could you send me a copy of the invoice for the garden furniture bought on 12 May. I need it for an insurance claim.
order.invoice | my boss wont reimburse me without an itemised receipt for the 3 keyboards i bought for the team
order.invoice | the receipt shows 49.99 but i paid 44.99 with the code, i need a correct one for expenses
order.invoice | credit note for the jacket i sent back please, my bookkeeper keeps asking
order.invoice | can you put our VAT number DE812345678 on the invoice for 10477
order.invoice | parcel came but there was no paper invoice inside, could you email it over
order.invoice | i need the invoices for everything i bought from january to june for my tax return
order.invoice | the invoice is in my ex husbands name, please put mine on it
order.invoice | hola, i need the factura of my purchase for the company, how i get it
order.place | my wife wants the same coffee pods we had last month, how do i get them again
order.place | i want 3 of the blue mugs but the basket only lets me put 1
order.place | how do you buy from a private seller, is there a buy now button or do i message them first
order.place | ok ive decided ill take the 55 inch one. what do i do now
order.place | first time buying on here, is there anything special i need to do to order
order.place | trying to grab the air fryer in the lightning deal before it ends, how do i get through checkout quickly
order.place | i want to buy 40 exercise books for my classroom, can i order that many in one go
order.place | put the grey hoodie in size m in my basket please
order.place | can i order over the phone instead, my grandson normally does this for me
order.place | i'd like to buy a present for my niece and have it sent straight to her, how do i do that
order.place | reorder my usual weekly shop
order.place | the checkout button is grey and i cant press it, i just want to order these shoes
order.place | we are a small cafe and want to buy the 5kg coffee beans every month, how do we set that up
order.place | add two of the 4 packs of aa batteries and take me to pay
order.cancel | ordered the wrong phone case model by mistake 10 min ago, can you stop it before it goes out
order.cancel | found the same drill 30 quid cheaper in a shop down the road so please cancel mine
order.cancel | my husband already bought the exact same toy, we dont need ours anymore
order.cancel | cancel 7720193 pls
order.cancel | it's been 3 weeks, i give up, i dont want it anymore
order.cancel | Hello, I would like to withdraw my order from yesterday evening, I changed my mind. Best regards
order.cancel | if i cancel now do i still get charged for the postage
order.cancel | accidentally put the same dress through twice, please cancel one of the two orders
order.cancel | i dont want the box that went out automatically this month, stop that order
order.cancel | is it too late to cancel, the status says shipped
order.cancel | im in hospital and wont be home for the delivery, cancel ORD-330917
order.cancel | my card got stolen and i dont want anything going through on it, cancel what i ordered this morning
order.cancel | the seller wrote that the lamp might take another month, forget it then, cancel
order.cancel | my daughter ordered a 300 pound phone on my account without asking me, i want that order stopped
order.change_address | i typed flat 3 instead of flat 8 on my order, can you fix that before the driver comes
order.change_address | im at my parents for christmas, can the parcel go there instead
order.change_address | can i switch the delivery to a pickup locker, im never home
order.change_address | just realised the order is going to my old address, we moved on saturday
order.change_address | the postcode is wrong on order 60218, its SW9 not SW6
order.change_address | I will be at work when it comes, can it be delivered to my office at 14 Baker Rd
order.change_address | my direction is wrong, i forgot the apartment number 4B
order.change_address | send it to my neighbour at number 12 instead please
order.change_address | could the courier leave it at the post office near me rather than at my house
order.change_address | my address got autocorrected to a different street on ORD 481-220 help
order.change_address | ordered for my student son but put our home address, he's in manchester, can u change it
order.change_address | change the address on my last order to the one i saved as work
order.change_address | the house number is missing on the order, will it still find me? please add 27
order.change_address | we have a new warehouse since monday, redirect the pallet to unit 5 on the new estate
order.change_items | ordered the kids shoes in 11 but shes grown, can it be a 12 before you send it
order.change_items | can i add another pack of batteries to the order i just placed
order.change_items | take the mouse off my order, found one at home
order.change_items | i ordered 2 lamps but only need 1, can you reduce it
order.change_items | please make the sofa grey instead of beige, it hasnt shipped yet
order.change_items | can you gift wrap what i ordered this morning, its a present
order.change_items | the shirt i picked is slim fit, i meant regular, swap it please
order.change_items | can i move delivery to saturday on 77310
order.change_items | forgot to add the charger to my laptop order, can it go in the same box
order.change_items | change the dog food from 3 bags to 5
order.change_items | i picked 64gb by mistake and want 128gb, same order please
order.change_items | Good afternoon, I would like to replace the red scarf in my order with the navy one if that is still possible.
order.change_items | take the nuts out of my grocery order, allergy in the family
order.change_items | can the 2 things be sent together and not separately, i dont want two deliveries
delivery.options | do you ship to ireland and how much would that be
delivery.options | is there a next day option, i need it fast
delivery.options | how much do i have to spend before postage is free, im at 23 quid in the basket
delivery.options | is click and collect a thing with you, i work next to the city centre store and would rather not pay delivery
delivery.options | which couriers do you use, i had a bad experience with one and want to avoid them
delivery.options | shipping to norway possible? its outside the EU
delivery.options | do private sellers on here send abroad or only local
delivery.options | how much is delivery for a washing machine, is it more because its big
delivery.options | do you deliver on sundays at all
delivery.options | i live on an island, do you deliver to the highlands and islands
delivery.options | what express options are there and what do they cost
delivery.options | can i have it sent to a parcel locker
delivery.options | does your delivery pass cover groceries too
delivery.options | what does it cost to deliver to a po box
delivery.time | if i order the pram today will it be here by next friday
delivery.time | how many days to germany usually
delivery.time | what time do i have to order by today to get it tomorrow, its for my dads 70th
delivery.time | my sisters wedding is on the 18th, would the dress get here in time if i order now
delivery.time | how long do private sellers usually take to send stuff
delivery.time | ordering from canada, how long does it take
delivery.time | when would a fridge ordered today be delivered
delivery.time | does standard take 3 days or 5
delivery.time | i need 200 balloons for a party saturday, can they get here by then
delivery.time | if i order after 6pm does it still go out today
delivery.time | how long is delivery around christmas, i want the presents on time
delivery.time | the page says 2-4 weeks delivery on the sale item, is that right
delivery.time | will it come before easter if i buy now
delivery.time | how quick is grocery delivery usually, same day?
delivery.missing | app says delivered at 14:03 but i was in all afternoon and nothing came
delivery.missing | the delivery photo in the app is of a blue front door, mine is white and it wasnt here
delivery.missing | parcel was left in the porch and now its gone, i think someone took it
delivery.missing | only 1 of 3 boxes came, tracking says all delivered
delivery.missing | it says handed to resident, i live alone and i never got it
delivery.missing | tracking stopped 2 weeks ago at the depot, i think its lost
delivery.missing | neighbours dont have it, safe place is empty, status delivered, order 220941
delivery.missing | courier says left with reception but our office reception has no record of it
delivery.missing | marked delivered yesterday to a locker i never picked, cant find it anywhere
delivery.missing | my mum never got the birthday present i sent her, it shows delivered on the 6th
delivery.missing | Dear Sir or Madam, according to your website my order was delivered on Tuesday. It was not. Please investigate.
delivery.missing | the seller says he posted it 3 weeks ago, tracking shows nothing, it must be lost
delivery.missing | delivered says the app lol where tho
delivery.missing | groceries marked as delivered but no driver came, we waited until 9
delivery.damaged | the mirror arrived in pieces, the box looked fine outside
delivery.damaged | half the eggs in my shopping were cracked
delivery.damaged | got a size 8 when i ordered a 10
delivery.damaged | the toy doesnt turn on, tried new batteries already
delivery.damaged | i ordered a black chair and a white one turned up
delivery.damaged | the laptop screen has a line across it straight out of the box
delivery.damaged | one leg of the table is missing from the package
delivery.damaged | the phone the private seller sent has a cracked back, listing said mint
delivery.damaged | the cake stand box was soaked and the stand itself is chipped
delivery.damaged | headphones only work on the left side, brand new
delivery.damaged | order 66103 came with the wrong charger, its a US plug not UK
delivery.damaged | the jeans have a hole near the pocket, only just opened them
delivery.damaged | the paint tin leaked everywhere inside the parcel
delivery.damaged | you sent me 4 of the 6 glasses i paid for
return.start | the walking boots rub my heel after one try indoors, what do i do to send them back
return.start | can i exchange the jumper for a bigger size
return.start | i need a return label for 90132
return.start | the curtains look nothing like the photo, i want to send them back
return.start | can ups collect the return from my house, its a heavy box
return.start | want to return the blender, changed my mind, its still sealed
return.start | my son got two of the same game for his birthday, can we return one
return.start | where do i drop off a return, is the post office ok
return.start | hi i want give back the dress, it is not for me
return.start | bought a lamp off a private seller on here and it doesnt suit the room, can i still do a return through you
return.start | started a return in the app but it never gave me a qr code
return.start | the coat is fine i just dont like the colour. return please
return.start | we got 20 chairs, 5 too many, how do we send 5 back
return.start | can i swap the headphones for the other model instead
return.policy | how long do i have to return christmas presents bought in november
return.policy | can underwear go back if its still in the packaging
return.policy | do i have to pay the postage to send something back
return.policy | can i return a phone ive already set up
return.policy | are sale items returnable
return.policy | do private sellers have to accept returns
return.policy | if i lost the receipt can i still return stuff
return.policy | is the return window 14 or 30 days, the site says both
return.policy | can you return groceries
return.policy | threw away the box the tv came in, does that stop me returning it
return.policy | are personalised items refundable or not
return.policy | if i paid with a gift card and send something back do i get cash or store credit
return.policy | my mum wants to know if things bought in your shop in town can be returned through the website
return.policy | Before I buy: if the shoes do not fit, can I send them back free of charge?
refund.request | the seller cancelled my order, i want my money back
refund.request | the parcel never came and the seller isnt answering, refund please
refund.request | bought the hoover for 149 and today its 129, can you refund me the 20
refund.request | i sent the vacuum back last week, please refund it
refund.request | i want my money back for the rotten strawberries, dont send new ones
refund.request | can the refund go to paypal, my card is cancelled
refund.request | refund me the shipping, it came 5 days late and i paid for express
refund.request | i returned 2 of the 3 shirts, please refund those two
refund.request | not a replacement, i want a refund for the broken kettle
refund.request | im owed 12.50 for the item missing from my basket
refund.request | the courier lost my parcel and you confirmed it, so please refund me now
refund.request | i would like to be reimbursed for order 30219 which was cancelled
refund.request | refund the gift card i never used, it was a present i dont want
refund.request | i need my money back to my bank, i cant use store credit
refund.status | returned the shoes 2 weeks ago and no money yet
refund.status | you said refund in 3-5 days, its been 9
refund.status | the refund email came but my bank shows nothing
refund.status | got 30 back but the dress was 45, wheres the rest
refund.status | tracking shows you signed for my return on the 3rd but no refund since, what's happening
refund.status | when will the 89.99 show on my card
refund.status | refund was approved on the 2nd, when does it hit paypal
refund.status | the seller said he refunded me but i cant see it
refund.status | my refund for 55127 has said processing for a week
refund.status | still waiting on my money for the cancelled order
refund.status | returned stuff paid on my visa credit card, how many working days until i see the money
refund.status | my return was delivered to you on monday, tracking confirms, so why no refund
refund.status | refund issued to which card? i have two
refund.status | hallo, my money back is not arrived since 3 weeks
payment.failed | visa debit keeps getting rejected on your site at the last step, yet it worked fine at tesco an hour ago
payment.failed | the bank app asked me to confirm and then your page just froze
payment.failed | 38.50 went out of my bank at 11pm and theres no confirmation email and nothing under orders
payment.failed | paypal says error try again later, for an hour now
payment.failed | it says payment pending since yesterday, will the order go through
payment.failed | apple pay fails on my iphone every single time
payment.failed | checkout says transaction could not be completed code 402
payment.failed | tried 3 different cards and none work, what is going on
payment.failed | the verification code from my bank never arrives so the payment fails
payment.failed | my gift card covered part of it but the rest on my card wont go through
payment.failed | i paid but the order says unpaid
payment.failed | klarna rejected me, why
payment.failed | cant pay with my debit card, it says card not supported
payment.failed | payment error on the grocery order and my slot is about to expire
payment.methods | my nan doesnt have a card, can she pay the driver in cash when the parcel comes
payment.methods | will american express work on your checkout or only visa and mastercard
payment.methods | is there a way to pay for the tv in 3 instalments
payment.methods | can we pay by bank transfer, we are a company
payment.methods | is google pay an option at checkout, i dont carry my card around
payment.methods | can i use ideal to pay, im in the netherlands
payment.methods | how do i save a card so i dont have to type it every time
payment.methods | can i pay in euros instead of pounds
payment.methods | does the private seller have to accept paypal
payment.methods | my son wants to pay with his prepaid card, does that work
payment.methods | can half go on my credit card and half on my debit card
payment.methods | is buy now pay later available for orders under 50
payment.methods | can i pay by invoice after delivery
payment.methods | do you accept bitcoin or any crypto for payment
payment.charged_twice | two charges of 34.99 on my statement for one order
payment.charged_twice | i was charged for express but got standard
payment.charged_twice | there is a payment from you i dont recognise, 12.00 on the 8th
payment.charged_twice | the order failed but my bank still shows a pending amount
payment.charged_twice | charged for 3 items but i only ordered 2
payment.charged_twice | you took the money for my cancelled order as well
payment.charged_twice | my card was debited twice, once at 9:14 and once at 9:15
payment.charged_twice | you charged me 59 but the price was 49 when i checked out
payment.charged_twice | i see a hold of 100 on my card from you, why
payment.charged_twice | my membership fee came out twice this month
payment.charged_twice | the delivery fee was charged though i had free shipping over 40
payment.charged_twice | got billed for the warranty i never added
payment.charged_twice | both paypal and my card charged for the same thing
payment.charged_twice | charged in dollars not pounds and paid more than it showed
payment.discount | the 10% welcome code says expired but i only just signed up
payment.discount | i forgot to put my voucher in before paying, can you still apply it
payment.discount | my aunt gave me a gift card for my birthday, how do i check what balance is on it
payment.discount | student discount isnt showing at checkout
payment.discount | i know ive been collecting points for a year, where in the app do i find how many
payment.discount | the sale price was 29 on the page and 39 in the basket
payment.discount | another shop sells it cheaper, do you price match
payment.discount | promo SUMMER20 not valid for these items? why
payment.discount | got a voucher in the parcel, how do i use it
payment.discount | my points didnt get added for my last order
payment.discount | the free gift with purchase never appeared
payment.discount | can i use two discount codes at once
payment.discount | refer a friend credit hasnt shown up
payment.discount | is there a code for a first order
account.password_reset | i keep typing the password i always use and it says incorrect, i need to get into my account
account.password_reset | the reset email never comes, checked spam too
account.password_reset | tried my password 5 times and now the account is locked for 24 hours, can you unlock it
account.password_reset | new phone, the authenticator code is gone and i cant sign in
account.password_reset | forgot my password and i dont have that email anymore
account.password_reset | sms code for login doesnt arrive
account.password_reset | i click the reset link from the email and it says link expired, done it 4 times now
account.password_reset | my grandson set up my account and i dont know the password
account.password_reset | keeps logging me out and now it wont take my password
account.password_reset | i changed my password yesterday and already forgot it lol
account.password_reset | the app says account temporarily blocked, i need to get in to check my order
account.password_reset | cant get into my seller account and i need to ship orders today
account.password_reset | no me acuerdo la contraseña, how i enter
account.password_reset | login loop, i type my password and it sends me back to the login page
account.delete | moved to another country and dont use your site anymore, please get rid of my account
account.delete | under article 17 gdpr i request erasure of all personal data you hold on me
account.delete | close my account, i had a bad experience
account.delete | taking a break from online shopping for 6 months, can i pause my account rather than keep it open
account.delete | my late father had an account, how do we close it
account.delete | i want my information erased from your systems
account.delete | remove my profile and card details permanently
account.delete | close my seller account please, i am done selling
account.delete | i made two accounts by mistake, delete the older one
account.delete | please delete the account on this email, i never signed up for it
account.delete | how to end my membership and close the account completely
account.delete | unsubscribe from all the emails and then delete the whole account, i am done
account.delete | Please confirm in writing that my account and all personal data have been deleted.
account.delete | i want to leave this marketplace for good and have my account gone
account.update | i got married in june and took my husbands name, the account still shows my maiden name
account.update | new number, the old one was 07700 900123, update it please
account.update | change my login email to my work one
account.update | add my new flat as an address on my profile
account.update | stop sending me push notifications every day
account.update | i know my password but want a stronger one, where do i change it
account.update | remove the old card saved on my account
account.update | i started selling as a sole trader, can my personal account become a business one
account.update | merge my two accounts please, one is gmail one is outlook
account.update | too many promo emails, i only want order updates
account.update | my date of birth is wrong on my profile
account.update | set the default address to my parents place
account.update | sign me up for the newsletter
account.update | change the language of the account to spanish
account.create | the sign up form says my email is already used but i never had an account
account.create | verification email didnt arrive after registering
account.create | do i need an account to buy or can i check out as guest
account.create | can my 15 year old have her own account
account.create | i fill in the registration form and press create account and nothing happens at all
account.create | i'd like to open an account with you please, what do you need from me
account.create | my phone number isnt accepted in the sign up form, im from poland +48
account.create | how do i activate my account, the link is broken
account.create | can i open a business account for our school
account.create | wanted to sign up with google but it gives an error
account.create | i want to join so i can save my favourites
account.create | the code they texted me to verify the new account isnt working
account.create | signed up yesterday but it says account not verified
account.create | new here, how do i register
product.search | looking for a waterproof jacket for hiking, womens, under 80
product.search | got anything for a 6 year old who loves dinosaurs
product.search | gluten free pasta?
product.search | need a cheap second hand road bike
product.search | show me washing machines that fit under a counter 85cm
product.search | desk chair good for back pain
product.search | im after a present for my dad who likes fishing, within 30
product.search | usb c hub with hdmi and ethernet
product.search | white trainers size 7 not leather
product.search | any vintage levis from private sellers
product.search | baby monitor with camera
product.search | organic baby food pouches in bulk
product.search | something to keep dog hair off the sofa
product.search | 4k tv 50 inch less than 400
product.info | will this 65w charger charge my samsung galaxy s21 fast or only slowly
product.info | do these jackets run small, i'm normally a medium in most shops
product.info | whats in the box with the camera, is there a memory card
product.info | can the rug go in the washing machine or is it dry clean only, we have a puppy
product.info | how long is the cable on the lamp
product.info | is the sofa bed comfy enough to sleep on every night
product.info | does the toy need batteries and which ones
product.info | whats the warranty on this fridge
product.info | is the plastic on the kids lunchbox free of bpa
product.info | is this the uk or eu version of the console
product.info | how tall is the bookshelf, it has to fit under a window at 110cm
product.info | the listing says like new, does the seller say how old it is
product.info | are these chocolates suitable for vegetarians
product.info | will this phone case fit the 15 pro or only the 15
product.availability | the trainers are sold out in 9, will they come back
product.availability | can you tell me when the ps5 is back in stock
product.availability | is the green one still available or is it just the photo
product.availability | notify me when the 2l bottle is in stock again
product.availability | do you have the blender in the leeds store today
product.availability | only 2 left it says, can i reserve one
product.availability | will you get more of the advent calendars before december
product.availability | is the grey sofa available this month or backordered
product.availability | the item shows unavailable in my area, is it available anywhere
product.availability | when does the preorder for the new tablet open
product.availability | xl out of stock again?? when restock
product.availability | is this item discontinued
product.availability | do you have 50 of these in stock, we need them for an event
product.availability | the private sellers listing is still up, does that mean they still have it
seller.listing | want to get rid of my old baby stuff, can i sell it here
seller.listing | how much commission do you take when i sell
seller.listing | my listing for a bike got removed, why
seller.listing | when will i get paid for the lamp i sold last week
seller.listing | i only put 2 pics on my listing, how do i add more now it's live
seller.listing | a buyer ordered my item, how do i send it
seller.listing | can a small business open a shop on your marketplace
seller.listing | my payout is on hold, its been 10 days
seller.listing | nobody is buying my bike at 200, how do i lower the price on the listing
seller.listing | someone bought my guitar but i have to cancel the sale, the neck is cracked
seller.listing | i make candles, can i sell them on here
seller.listing | what fees are there for selling electronics
seller.listing | my item sold but i havent got a shipping label
seller.listing | how to list 30 books at once
human_handoff | can i talk to a real person please, this bot isnt understanding me
human_handoff | whats your phone number, id rather call
human_handoff | ive explained this 3 times, put me through to someone
human_handoff | supervisor please
human_handoff | please have someone call me back on 07911 123456
human_handoff | is there an email i can write to for customer service
human_handoff | what hours is your support line open
human_handoff | i prefer to speak with an agent, im not good with computers
human_handoff | agent please, now
human_handoff | do you have a live chat with actual humans
human_handoff | connect me to someone who speaks german
human_handoff | this is going nowhere i want a human now
human_handoff | how do i reach your complaints department by phone
human_handoff | can a manager contact me about order 40011
complaint | this is the third time youve messed up my order, im done with this shop
complaint | nobody answers the phone, nobody answers emails, what sort of customer service is this
complaint | ive been a loyal customer for 6 years and this is how you treat me
complaint | the delivery drivers are always rude
complaint | disgraceful, the whole experience has been a nightmare
complaint | im really disappointed, i expected better from you
complaint | you promised a callback twice and nobody called
complaint | the app is so slow and confusing, i hate using it
complaint | i want to make a formal complaint about the way i was spoken to
complaint | sellers on your site are scammers and you do nothing
complaint | your prices keep going up and the quality keeps going down
complaint | absolutely fed up, waited on hold 45 minutes
complaint | you are a disgrace of a company, treating pensioners like this
complaint | honestly worst online shopping experience of my life
feedback | the delivery driver today carried the parcel up 4 floors for me, please tell him thank you
feedback | it would be great if you had a dark mode in the app
feedback | the seller was brilliant, where do i write a review for her
feedback | the new filter for sizes is really useful, well done
feedback | can i change the star rating i gave last week
feedback | your packaging is too much plastic, please consider paper
feedback | great prices on the groceries, will be back
feedback | where do i see reviews of the seller before i buy
feedback | the help article on returns was very clear, thanks to whoever wrote it
feedback | suggestion: let me save more than one wishlist
feedback | i want to write a review but the button is missing
feedback | the chat was quick and helpful, 5 stars
feedback | love the candles i got, you should stock more scents
feedback | i wrote an honest review of the kettle and it disappeared, why was it deleted
greeting | hello, evening, quick one from a first timer
greeting | hey, anyone here?
greeting | good evening, anyone about
greeting | hiiiii there
greeting | morning, hope someones there
greeting | hi, hope youre well
greeting | hello i have a quick question about something i bought
greeting | yo yo, anybody on
greeting | heyaa
greeting | hi there, is anyone available at this hour
greeting | Hello and good afternoon to you
greeting | hey hey, first time using this chat thing
greeting | hallo, guten abend from munich
greeting | hi, can you help me with something
thanks | thanks, that sorted it
thanks | cheers pal, you sorted that quicker than i thought
thanks | brilliant, thanks so much for that
thanks | thank you for your patience with me
thanks | thx, that's all i needed to know
thanks | ok great, thank you very much
thanks | appreciate the help
thanks | thank you, thats very kind
thanks | tysm, you saved my evening
thanks | many thanks for getting back to me so fast
thanks | perfect, thanks a lot
thanks | thank u so much ur a star
thanks | thanks for letting me know about the refund
thanks | muchas gracias
goodbye | ok bye then
goodbye | thats all, have a nice day
goodbye | right, nothing more from me, bye
goodbye | speak soon, bye for now
goodbye | gotta go, bye
goodbye | no thats it cheers bye
goodbye | all done, goodbye
goodbye | ill talk to you later
goodbye | have a lovely weekend, bye
goodbye | ok ill leave it there
goodbye | bye bye, enjoy the rest of your evening
goodbye | cya, off to make dinner
goodbye | thats everything thanks, bye
goodbye | goodnight and thanks
smalltalk | wait am i talking to a real person or not
smalltalk | have you got a name or are you just the assistant
smalltalk | lol ok fair enough
smalltalk | do you ever get to sleep or are you on all night
smalltalk | youre quite clever for a bot
smalltalk | are you a human or an ai program
smalltalk | how's your shift going today
smalltalk | hmmm
smalltalk | which company built you, is it this one
smalltalk | do you enjoy doing this job
smalltalk | hahaha
smalltalk | are you chatgpt or something like it
smalltalk | ok cool, noted
smalltalk | is this chat run from the uk or somewhere abroad
out_of_scope | my parcel from amazon is 3 days late, can you check where it is
out_of_scope | can you track a letter i sent with royal mail
out_of_scope | my netflix renewed on the 1st and i wanted to stop it, how
out_of_scope | the electricity company sent a bill for 212, why so high
out_of_scope | i want to return my rental car early
out_of_scope | can you help me sell my house
out_of_scope | my bank took a 25 pound overdraft fee, can you get it back
out_of_scope | where can i renew my car insurance
out_of_scope | book me a table for 2 at 8pm tonight
out_of_scope | get me a pepperoni pizza delivered to my flat
out_of_scope | my mobile contract has a cancellation fee, can i avoid it
out_of_scope | how do i get a refund from ryanair
out_of_scope | the supermarket till gave me the wrong change yesterday
out_of_scope | ebay suspended my seller account, what do i do
out_of_scope | which shares should i buy right now
out_of_scope | my gym keeps charging me after i cancelled
out_of_scope | file a claim with my home insurance for a burst pipe
out_of_scope | can you pay my council tax
out_of_scope | my uber eats order is 40 minutes late
out_of_scope | my landlord wont give back my deposit
out_of_scope | whats australia's capital, is it sydney
out_of_scope | say something funny, i need a laugh today
out_of_scope | what hour is it in tokyo at the moment
out_of_scope | whats the forecast for bristol tomorrow, rain or not
out_of_scope | could you write a short poem for my cat's birthday
out_of_scope | how many calories does a banana have
out_of_scope | what's italian for good morning
out_of_scope | who won the match yesterday
out_of_scope | help me with my maths homework, 12 x 17
out_of_scope | how many minutes for a soft boiled egg
out_of_scope | any film suggestions for a rainy night in
out_of_scope | set an alarm for 7 tomorrow
out_of_scope | work out 15% of 240 for me
out_of_scope | how many metres is everest
out_of_scope | remind me to ring my mum
out_of_scope | can you fix my wifi
out_of_scope | who is the president of france right now
out_of_scope | i cant sleep, any tips
out_of_scope | what year did the titanic sink
out_of_scope | whats the recipe for a sourdough starter
order.status | paid on the 28th for the garden hose and the reel, confirmation number 715520, since then total silence and the weather is finally nice
order.status | my son keeps asking where his birthday bike is. i ordered it 9 days ago and the page still only says order received
order.track | the courier sms said parcel coming today between 2 and 4 but i deleted the text and want to follow the van
order.track | Hello, I received a shipping notification for order 204-118 yesterday but the carrier field is empty, so I have no idea who is bringing it or with which reference.
order.invoice | i run a small bakery and buy all our packaging here, the accountant says the last three orders have no vat shown on the paperwork
order.invoice | ordered printer ink on my work card, finance refuse the expense claim because the receipt shows my home address and not the company
order.place | the toaster is in my basket since yesterday and my mum says buy it before the offer goes, im on my phone how do i finish
order.place | i dont see how to get the 6 pack of bottled water delivered every 2 weeks, i am 79 and cannot carry them home from the shop
order.cancel | i bought a heater on tuesday for 89.99 and the weather has turned warm and the old one works again after all, so i dont need it to come
order.cancel | Hi, my company purchased 15 licences and 15 headsets under PO 4471, the project was scrapped this morning, we no longer need any of it
order.change_address | we are moving house on friday and the wardrobe i ordered is due next week, it should go to the new place on elm street 31 not the flat
order.change_address | my parcel is out for delivery to my work but im off sick today, could the driver bring it to my home address instead
order.change_items | the dress i ordered yesterday comes in a petite length too, i'm only 5ft 1 so i'd rather have that one in the same order
order.change_items | i ordered 1 pack of nappies size 3 but my baby jumped to size 4 this week, nothing has gone out yet
delivery.options | my brother lives in spain and i want to send him a birthday present from here, do you post there and with what
delivery.options | the sofa is 900 pounds and i live on the 3rd floor with no lift, is there a room of choice delivery or do they leave it downstairs
delivery.time | my grandsons christening is on the 22nd in cork, if i pick the cheapest shipping will the outfit reach ireland by then
delivery.time | working nights this week so i need to know roughly when a parcel ordered today would turn up, 1 day or 3
delivery.missing | tracking said left in safe place behind the bin at 11:52, i checked the bins the garage and the neighbours, there is nothing
delivery.missing | ordered 3 parcels for the twins birthday, two came, the third one says delivered on the 14th but it was never here
delivery.damaged | opened the box of the new dinner set this morning and 2 plates and a bowl are smashed, the packing was just a thin paper
delivery.damaged | ordered the childs car seat in grey, we got a pink one and the instructions are in polish only
return.start | my husband bought me a 120 pound watch for our anniversary and its too big for my wrist, we have the receipt and box
return.start | the mattress arrived 10 days ago and my back is worse, i want it collected and taken back
return.policy | my friend said you dont take electronics back after opening, i'm looking at a 300 pound tablet, is that true before i buy
return.policy | bought a christmas jumper for my partner on the 1st of november, will it still be returnable after new year
refund.request | the grocery delivery was missing the chicken and the milk, 8.45 in total, i'd like that back please
refund.request | the hotel i booked moved my trip so the suitcase i got for it is going back tomorrow, i want the money refunded not credit
refund.status | sent the faulty drill back with the label you gave on 2 march, post office receipt says delivered 5 march, still nothing on my account
refund.status | the email from 10 days ago said your refund of 64.20 has been processed, my bank says nothing came in from you
payment.failed | on my dads laptop the checkout keeps saying card details invalid even though we copied them off the card 3 times
payment.failed | im trying to buy the school shoes before the offer ends at midnight and the payment page just spins and then says something went wrong
payment.methods | my mother in law has only a post office account and no card, is there any way she can pay for things on here
payment.methods | our charity needs to buy 60 blankets, the treasurer wants to know if we can pay with a cheque or by bank transfer on invoice
payment.charged_twice | looking at my statement for november i see 2 lines of 27.80 from you on the same day but i only bought one kettle
payment.charged_twice | the checkout said total 64.99 and my bank took 74.99, where did the extra tenner go
payment.discount | the newsletter said 15% off everything this weekend but the total in my basket hasnt changed at all
payment.discount | my colleague paid 20 less for the same coffee machine yesterday using a code, i bought it full price 2 days ago
account.password_reset | my daughter changed the password on our family account and now she is at university and nobody at home can sign in
account.password_reset | the login wants a code sent to my old phone number which i no longer have, so i cannot get into my account
account.delete | since the data breach news i'm not comfortable with you holding my details anymore, please wipe everything
account.delete | my mother passed away in august and we still get emails for her account, we would like it closed
account.update | we moved from leeds to york last month, the address on my account still says leeds and it keeps suggesting it at checkout
account.update | i get texts at 7am about deals and it wakes the baby, i only want texts about my deliveries
account.create | tried to register 3 times today, each time it says something went wrong please try again later
account.create | my wife already has an account with our home email so the site says that email is taken when i try to register
product.search | moving into my first flat next week and need a small fridge freezer that fits in 55cm wide, nothing fancy
product.search | my daughter starts uni in september, looking for a laptop around 500 that will last her 3 years
product.info | we have a 3 year old, is the bunk bed ladder safe for small kids and what weight does the top bunk take
product.info | i have an old 2016 macbook, will the usb c monitor in the deal actually work with it or do i need an adapter
product.availability | the nursery furniture set we want says coming soon since september, the baby is due in 5 weeks
product.availability | my local click and collect store shows the drill as out of stock but the website says 14 available, which one is right
seller.listing | cleared out the loft and have about 40 old video games and a sega console, is it worth listing them here and how
seller.listing | sold a camera lens on the 2nd, buyer confirmed receipt, money still not in my bank account
human_handoff | my dad is 88 and finds typing hard, he would rather talk it through with someone on the phone, can someone ring him
human_handoff | this is the 4th chat about the same order and every time i start from scratch, i want an actual person who can see my history
complaint | three orders in a row now something has gone wrong, late, wrong size, missing item, i'm honestly losing faith in you
complaint | i waited in all day tuesday and all day wednesday for two deliveries that never came and nobody told me anything
feedback | the driver who came today put the heavy box of cat litter right in the kitchen for me, thank him please, that made my week
feedback | my 80 year old mum found it hard to read the tiny text on your app, maybe a bigger font option would help people like her
greeting | hi, good morning, writing from my phone so sorry for typos
greeting | evening all, got a minute for a customer
thanks | that's a weight off my mind, thank you for sorting the refund
thanks | thank you dear, you have been very patient with an old lady
goodbye | okay that answers everything, bye and have a good day
goodbye | right im off to the post office now, bye
smalltalk | you're very quick at replying, are you typing or is it automatic
smalltalk | do you talk to lots of people at the same time
"""#
}
