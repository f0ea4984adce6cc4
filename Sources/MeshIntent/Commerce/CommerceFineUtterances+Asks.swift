extension CommerceFineUtterances {
  /// Requests whose ask is not the message's first or only topic (issue 12, branch nluask30): context about
  /// another need before the ask ("the refund came, thanks, but my new order ..."), another intent's topic
  /// named beside the ask ("the seller never answered about the size, so cancel it"), long messages with the
  /// ask in the middle; and the registers the earlier lines had little of: voice-typed lines without
  /// punctuation, literal translations, business buyers (purchase orders, units, VAT, accounts departments),
  /// teenagers texting, elderly customers writing formally. The mean-pooled embedding averages every topic of
  /// such a message, so the lines teach the heads which part is the request. Beside them out-of-scope requests
  /// in the same shapes (other companies' bills, orders and subscriptions, homework), so that context about
  /// shopping does not put a request in scope. Read by the fine data and, under their groups, by the coarse
  /// data as always-trained lines, as `registers` is. Chosen from the errors of the development set
  /// `commerce-asks-dev.txt` only: no line equal to a line of a set in `mesh/data/intents` or sharing 80% of
  /// its words with one (checked mechanically).
  static let asks = #"""
order.status | thanks for sorting out the refund last time, different question though, my new order from thursday still shows processing, has it gone out
order.status | the return label worked fine, but the order i placed after that has not moved for days, what is its status
order.status | i know you are busy before christmas and i do not want to be a pain but could you check whether my order has left the warehouse
order.status | my neighbour got her parcel from you yesterday and we ordered the same day so why is mine still not shipped
order.status | we are a school and ordered 30 chairs for the new term which starts monday, has the order been dispatched
order.status | hi yes hello um so i ordered a rug like a week ago and it still says preparing is that normal
order.status | I am 81 years old and not used to the internet, I placed an order on the 4th and would like to know if it is on its way
order.status | omg is my order ever coming its been forever fr
order.status | the payment went through and i got the email, but since then no news about order 551207, is it shipped
order.status | please tell me the situation of my order, since one week it stays in the same state
order.status | the discount worked great thank you, now my question is why the order still says confirmed after 6 days
order.status | the sweater from my last order is perfect, this new one though has been stuck on processing since tuesday, whats up with it
order.status | i spoke to your colleague about the invoice already, that is sorted, but the goods themselves, are they shipped or not
order.status | our office manager is asking me every day, has purchase order 7781 left your warehouse yet
order.status | i read the email about delays from the storm but is my order actually affected or still on time
order.status | yo did my stuff ship yet
order.track | the parcel is with the courier now i think, can you give me the tracking number so i can follow it
order.track | my husband deleted the shipping email by accident, could you send the tracking link again
order.track | we have three pallets coming from you, please share the freight tracking reference for each one
order.track | ok it shipped cool but where do i track it the link in the email is dead
order.track | the tracking has not updated for two days at the depot, what does that last scan mean
order.track | I would be most grateful for the tracking number, as the courier asks for it when I telephone them
order.track | thanks for the refund on the mug, separate thing, which carrier has my other parcel and whats the tracking code
order.track | send me tracking pls
order.invoice | the chairs arrived fine thanks, our accounts department now needs a proper invoice with our company name on it
order.invoice | i need a receipt for the warranty, the repair shop in town will not fix it without one
order.invoice | the invoice still shows my old address, could you issue a corrected one
order.invoice | hi my dad needs the invoice for his tax stuff can u email it to him
order.invoice | we are vat registered, please put our vat id on the invoice for the laptops
order.invoice | I should be obliged if you could post me a paper copy of the invoice
order.invoice | delivery was quick and all good, i just need the bill for order 7730214 for work
order.place | my sister recommended your shop and i have found the kettle i want, how do i go about buying it
order.place | we would like to order 150 notebooks with our logo, how do we place a bulk order
order.place | I have never bought anything on the internet before, could you tell me the steps to order
order.place | put the blue mug in my basket and check out for me
order.place | yo how do i buy this without the app
order.place | I would like to order the same tea as last month again please
order.place | i want to make an order of the garden chairs, what i must do
order.place | i read the reviews and asked my friend and i am convinced now, i want to buy the vacuum, how
order.cancel | my mother already bought me the same blender as a present, so please cancel my order before it leaves
order.cancel | the shop took my question about the fabric three days ago and still no reply, forget it and cancel the order
order.cancel | we found a cheaper supplier, kindly cancel the purchase order we placed yesterday
order.cancel | accidentally ordered twice lol cancel one of them pls
order.cancel | I regret to say I no longer require the items I ordered on Friday and should like the order cancelled
order.cancel | please stop the order, i do not need it any more, my plans changed
order.cancel | it still says processing, good, then i want to cancel it before it ships
order.cancel | please annul what i purchased at breakfast time today, i do not want it
order.cancel | hold on dont send it, i changed my mind, cancel
order.cancel | the delivery estimate says three weeks which is too late for the trip so please call off the order
order.change_address | it hasnt shipped yet right, then please send it to my work address instead of home
order.change_address | i moved last week and the order still has my old flat on it, can you update the delivery address
order.change_address | I have made a mistake in my postcode when ordering and would be grateful if you could correct it
order.change_address | bruh the order has my uni address not home, switch it pls
order.change_address | we relocated our office, the open orders must go to the new warehouse address
order.change_address | deliver it to my parents house please not mine, i wont be home that week
order.change_address | can the parcel go to a pickup point instead of my home, i am never in during the day
order.change_address | the address in the order is wrong, the street name is written bad, please to correct
order.change_address | i saw the tracking and it is still at your warehouse so there is time, redirect it to my sisters address
order.change_items | reduce the bath towels on my order from four to three please, it is not sent yet
order.change_items | before it ships can you add the matching pillowcase to my order
order.change_items | my friend said the brand runs small so please swap the medium for a large on my order
order.change_items | we need to increase the quantity on yesterday's purchase order from 20 to 35 units
order.change_items | can u change the colour to pink on my order pls the black one is boring
order.change_items | I would like to alter my order, I selected the wrong size of slippers for my husband
order.change_items | please move the delivery of my order to next week, i am away until then
order.change_items | remove the phone case from my order, i found one already
order.change_items | the reviews say the grey fades in the wash, so before you send it please change my order to the navy
delivery.options | before i buy anything, do you deliver to iceland and how much does it cost
delivery.options | our shop in oslo resells your lamps, what freight services can bring pallets to norway
delivery.options | is there next day delivery or only standard
delivery.options | can i choose a locker at the train station as the delivery point
delivery.options | how much is shipping to canada for a coat
delivery.options | can the parcel go to a post office box address or only a street
delivery.options | what delivery options are there for heavy items like a sofa
delivery.options | my last parcel came fine but this time i need it faster, what express options do you have
delivery.time | i want to order a gift for my nephew whose birthday is on the 18th, will it arrive in time if i order today
delivery.time | how many days to portugal normally
delivery.time | what is the latest time to order for same day dispatch
delivery.time | we have an event on the 3rd, will 200 units reach us by then if we order this week
delivery.time | party is on saturday if i click buy now does it get here before
delivery.time | I would like to know how long delivery to Scotland usually takes before I place my order
delivery.time | how fast is express to germany
delivery.missing | the app claims the courier handed it over this morning but i sat by the window and saw no van
delivery.missing | the delivery picture in the app is some stranger's front porch, not my house
delivery.missing | the box was supposedly put by my gate, someone must have taken it because it is not there
delivery.missing | the order came in parts and two of the packages never turned up
delivery.missing | My parcel has been marked as delivered, yet it has not reached me and the porter has not received it either
delivery.missing | it says delivered but its not here and my flatmates didnt get it either
delivery.missing | our warehouse never signed for the delivery your carrier says they dropped off
delivery.missing | the parcel is lost since ten days at the carrier, nobody knows where it is
delivery.damaged | the lamp is pretty but the glass shade arrived cracked
delivery.damaged | wrong shoe size in the box, the label says 37 and my order was 39
delivery.damaged | the outer carton was perfect but two of the wine glasses were smashed
delivery.damaged | the cable in the box is not the one in the photo and it does not fit my device
delivery.damaged | the strap broke the first time i used the bag
delivery.damaged | half of the pieces are missing from the lego set
delivery.damaged | we received 50 units and 8 of them are defective, please advise
delivery.damaged | the item has a scratch all along the side, it came like that
delivery.damaged | the delivery was early which was great, but the table has a big dent in the top
return.start | the shoes are comfy but the colour is not what i expected, i want to send them back
return.start | my aunt already had this toaster so i would like to return it, how do i get a label
return.start | jacket too tight around the shoulders, how do i start a return
return.start | we need to return 12 units from our last delivery, please arrange a collection
return.start | I wish to return the cardigan as it is too small for me, would you send me the return form by post
return.start | i would like give back the jeans because the legs are much too long for me
return.start | the boots pinch, so i want to swap them for one size up
return.start | can u pick it up from my house for the return
return.start | the refund for the other order came so thank you, now i want to return the speaker from this one
return.policy | is the return window 14 or 30 days, it was a present i only unwrapped now
return.policy | the seal is broken because i looked inside, is it still returnable
return.policy | if i send the rug back do i have to pay the courier myself
return.policy | things bought in the black friday sale, can those be sent back too
return.policy | is underwear returnable if it is unopened
return.policy | what is your policy for returning items bought as a company
return.policy | I should like to know whether I may return a gift I received from my daughter
refund.request | the seller agreed to cancel, so please put the 80 euro back on my card
refund.request | a replacement is no use to me after this shattered mirror, i want the money instead
refund.request | i paid 90 and now the same speaker costs 70 on your site, i want the 20 back
refund.request | the order never came and i am done waiting, i want a full refund
refund.request | we returned the defective units, please issue a credit note and refund our account
refund.request | I would be grateful if you would return my money for the coat
refund.request | i dont want a replacement just give me my money back pls
refund.request | can the refund go to my new card, the old one expired
refund.request | the order was cancelled by the seller because it was out of stock, so please pay me back
refund.status | i sent back the trainers two weeks ago and the tracking shows you got them, but no refund yet
refund.status | you said the money would be back in 5 days, its been 10
refund.status | when will the refund appear on my bank account
refund.status | the money you sent back is short by 12 euro compared to the receipt, explain please
refund.status | Your warehouse confirmed receipt of my parcel on the 2nd. May I ask on what date the money will be credited
refund.status | still no money back after the return, where is it
refund.status | we are still waiting for the credit on our account for the returned goods
refund.status | any movement on the money for the thing i returned
payment.failed | my visa gets rejected at your checkout even though the bank sees no problem
payment.failed | the screen went white when the bank app asked me to approve, did the payment go through or not
payment.failed | it says payment pending since yesterday, is something wrong
payment.failed | my bank shows 64 euro gone to you but my order history is empty
payment.failed | my card works everywhere else but not on your checkout
payment.failed | I attempted to pay for my order this morning but an error message appeared
payment.failed | payment error again wtf
payment.methods | is google pay accepted at checkout
payment.methods | can our company pay by bank transfer after delivery instead of upfront
payment.methods | is there a buy now pay later option for the washing machine
payment.methods | can i give the money to the driver when the box comes
payment.methods | is it possible to pay with a card in someone elses name
payment.methods | do you take klarna
payment.methods | my card is in swiss francs, will it work or do i have to pay in euro
payment.charged_twice | two identical payments to you show in my banking for a single purchase
payment.charged_twice | a payment to your company appeared on my credit card statement that i do not recognise
payment.charged_twice | we were invoiced and charged twice for the same purchase order
payment.charged_twice | the basket said 45 and my bank says you took 52, why the extra
payment.charged_twice | I notice from my statement that I was charged two times for the same parcel
payment.charged_twice | charged 2x for the same hoodie?? pls fix
payment.charged_twice | the payment failed but the money is still held on my card
payment.discount | the code from instagram says invalid
payment.discount | where do i type the code from the voucher card my colleagues gave me
payment.discount | the banner said 30 percent off the sandals but the basket charged the normal price
payment.discount | im at uni is there any cheaper price for students
payment.discount | my loyalty points are not showing in the basket
payment.discount | the voucher my grandson gave me does not work, would you kindly look into it
payment.discount | we were promised 10 percent off orders over 100 units but it was not applied
account.password_reset | the two factor sms is sent to a number i do not have any more, so i am stuck at login
account.password_reset | Please be so kind as to help me, I cannot recall the password to enter the website
account.password_reset | typed the password wrong a few times and now the site blocks me from logging in
account.password_reset | the reset link in the email has expired already
account.password_reset | the login page refuses my password even though i copied it from my notes
account.password_reset | i cant enter in my account, the password is not accepted
account.password_reset | forgot my pw again lol help
account.password_reset | i wanted to check my order but i cant get into my account, the password doesnt work anymore
account.delete | wipe my profile and order history from your systems, i am done with online shopping
account.delete | Kindly close my customer account, I shall not be shopping online any longer
account.delete | we are closing the company, please remove our business account
account.delete | delete my acc pls
account.delete | i request the erasure of my personal data under gdpr
account.delete | I no longer wish to have an account with you, kindly remove it
account.delete | my late husband had an account here, how can i have it closed
account.update | since the wedding my name is different, please put my new family name in my profile
account.update | unsubscribe me from the marketing mails, the daily deals fill my inbox
account.update | please add my work address to my saved addresses for next time
account.update | someone broke into my hotmail so i need a different address as my login email
account.update | my phone number changed, update it please
account.update | I should like to change the telephone number on my account as I no longer have a landline
account.update | we want to switch our personal account to a business account
account.update | how do i turn off the text notifications
account.create | registration tells me the address is taken, i have never been your customer
account.create | waited an hour for the confirmation link to activate the new account, nothing in the inbox or spam
account.create | we want to open a business account to order with our vat number
account.create | i am new here how do i make an account
account.create | can i just buy as a guest without registering
account.create | my granddaughter said I need an account to order, how do I make one
account.create | the sign up form keeps saying error on the phone number
product.search | gift ideas for a teenage boy who likes football, budget about 40
product.search | searching for waterproof hiking boots for men, size 44, under 100
product.search | our firm needs ergonomic office chairs for 25 desks, what models do you have
product.search | i saw a yellow armchair in your advert last month, where can i find it on the site
product.search | show me cheap headphones that are good for the gym
product.search | I am looking for a large print calendar for next year
product.search | got any cute phone cases with cats on them
product.info | is this coat waterproof or only water resistant, i cycle to work
product.info | is this printer ink compatible with my hp deskjet
product.info | is the duvet filled with feathers, my husband has an allergy
product.info | will this charger work with my laptop from 2019
product.info | how big is the suitcase, will it fit as hand luggage
product.info | is the blender loud, i live with a baby
product.info | I should like to know whether the kettle switches itself off
product.info | the last pair i bought from you was too narrow, are these ones wide fit
product.availability | the blue one says sold out, will it come back
product.availability | any chance the trainers come in a 36, i only see bigger sizes listed
product.availability | the coffee machine shows unavailable, do you know a restock date
product.availability | can you tell me when the large is back, i need it for my son
product.availability | is this available in the shop in milan or only online
product.availability | do you have 500 in stock, we need them for a corporate order
product.availability | notify me when the pink one is back pls
seller.listing | my daughter says people sell their old china on your website, how would I go about it
seller.listing | what commission do you take if my pottery studio lists products here
seller.listing | the buyer got my camera days ago, when do i receive the money as the seller
seller.listing | is this like depop where i can put my own clothes up for sale
seller.listing | my sofa listing has no buyers after a month, where do i reduce the asking price
seller.listing | a buyer ordered my item but i do not know how to ship it as a seller
seller.listing | I wish to sell some of my late husband's tools, may I do so through your website
human_handoff | i have explained this twice already to the chat, get me a human agent
human_handoff | Would it be possible for a member of staff to ring me at home, I find the typing difficult
human_handoff | whats the number for your hotline, easier to explain on the phone
human_handoff | the automatic answers do not understand me, pass me to a colleague of yours
human_handoff | as a wholesale client we would like to speak with our dedicated contact person
human_handoff | until what time can i reach your support team tonight
human_handoff | can someone call me back tomorrow morning
human_handoff | i have a question about a refund and a delivery and a voucher, it is complicated, can i talk to someone
complaint | never again, everything with you takes weeks and nobody takes responsibility
complaint | I am appalled by the rudeness of your staff on the telephone yesterday
complaint | i wrote on monday, wednesday and friday and nobody bothered to reply, pathetic
complaint | honestly so disappointed with how you handled my order
complaint | we are a business customer and the service this quarter has been unacceptable
complaint | this shop is a scam and i will tell everyone
complaint | i am very angry, nobody cares about the customers here
feedback | just a note to say the courier carried the heavy box upstairs for me, very kind
feedback | I found your pages clear and simple at my age and wanted you to know
feedback | an idea for your app, a bigger font option would help people like me
feedback | where can i give the seller five stars, they packed everything so carefully
feedback | where can i see the reviews for this jacket
feedback | I would like to compliment your staff on their patience with me on the telephone
feedback | love the packaging so cute
greeting | hi there good afternoon
greeting | hello to whoever is reading, i hope your day is going well
greeting | Good day, I trust this finds you in good health
thanks | brilliant, that worked, many thanks
thanks | thanks a lot you were very helpful
thanks | many thanks for your patience with me
thanks | ty ur the best
goodbye | right, that answers my question, goodbye and have a nice evening
goodbye | k thats it cya
goodbye | nothing else thanks goodbye
goodbye | that's all for today, take care
smalltalk | am i chatting with a computer program right now
smalltalk | do you ever sleep
smalltalk | haha fair enough
out_of_scope | my gas company sent a huge bill, can you sort it out with them
out_of_scope | the takeaway burger i ordered on a delivery app is 40 minutes late, track it for me
out_of_scope | my son needs help with his geography project about rivers, can you do it
out_of_scope | compose a birthday song for my granny
out_of_scope | how do i cancel my spotify, it charges me every month
out_of_scope | my train was cancelled, how do i get a refund from the railway
out_of_scope | what is the weather going to be in london on saturday
out_of_scope | what is the biggest ocean in the world
out_of_scope | someone took my wallet on the tram, freeze my visa from my bank
out_of_scope | which plumber in my area is good and not too expensive
"""#

  /// `asks` as `(text, label)` pairs.
  static func asksPairs() -> [(text: String, label: String)] { CommerceUtterances.parse(asks) }
}
