/// The third part of the commerce data: longer, chattier messages with context and feelings, the way
/// customers write when something matters to them, plus terse fragments.
extension CommerceUtterances {
  static let chatty = #"""
search_items | hey so my son's birthday is coming up and he's into dinosaurs, what do you have
search_items | I've been looking everywhere for a yellow raincoat for toddlers, any luck here?
search_items | would you happen to have a standing desk that fits a small apartment
search_items | trying to find matching pillowcases for a king bed
search_items | what's good for a beginner guitarist, budget is tight
search_items | is there anything like a ring light for streaming
search_items | need trainers for the gym, nothing fancy
search_items | where are the phone chargers
search_items | show bluetooth speakers waterproof
search_items | a present for a coffee lover?
search_items | shoes for flat feet
search_items | got anything in leather for men
search_items | my kid needs a school backpack, what do you recommend
search_items | list cheapest air fryers
search_items | i'd like to browse refurbished laptops
search_items | are there any smart watches that work with android
search_items | wedding gifts under 100
search_items | need 2 pillows and a duvet
search_items | iphone charger
search_items | winter coat
place_order | ok that's perfect, let's do it, i'll take the medium
place_order | I'd like to buy the lamp we talked about, can you sort it out
place_order | go ahead and purchase it with my paypal
place_order | sounds good, add the pack of 3 to my order and check out
place_order | can you put in an order for the dishwasher
place_order | i want the one with free shipping, buy it for me
place_order | how do i complete checkout on mobile
place_order | I want to order it now before the price goes up
place_order | please buy the item in my basket
place_order | let me get the green one
place_order | yes please order it
place_order | buy this for me
place_order | i'll have two
place_order | order the same one again for my sister
place_order | finalize the order
place_order | I want it, how do I pay
place_order | please process my cart
place_order | ordering now
place_order | I choose the 64gb version, buy it
place_order | get it for me, same address as last time
order_status | I ordered a birthday present for my mum last week and it still hasn't shown up, I'm getting worried
order_status | so the app says shipped 5 days ago but tracking shows nothing, what's going on
order_status | just wondering when my order will actually arrive
order_status | can you see where order 4455-2231 is right now
order_status | my package was supposed to come today
order_status | it says label created but nothing since
order_status | anything on my delivery?
order_status | is order 99001 on its way or not
order_status | where's my stuff, been waiting forever
order_status | has it been dispatched
order_status | order not received
order_status | still no package
order_status | any news about my order from last week
order_status | my delivery date keeps changing
order_status | the courier hasn't come yet
order_status | when is my headphones order arriving
shipping | was it delivered to the wrong house?
order_status | tracking says delayed, why
order_status | delivery status
order_status | how far away is my parcel
change_order | oh no I picked the wrong colour, can I change it to black before it ships
change_order | hey I just realised my address is wrong on the order I placed this morning
change_order | could you change the size of the jeans in my order from 32 to 34
change_order | please update my delivery instructions, leave it with the neighbour
change_order | I want to switch to a different delivery slot
change_order | add a second charger to the order I just made
change_order | can you change the quantity of mugs to six
change_order | move my delivery to saturday
change_order | change shipping to standard, i don't need express
change_order | different address for this order please
change_order | update the order with my new flat number
change_order | I need it sent to my work address instead
change_order | modify the items in my order
change_order | swap my order to the larger size
change_order | can i still edit the order
change_order | correct the postcode on my order
change_order | make it the blue one instead
change_order | split my order into two deliveries
change_order | i want to add express delivery to my existing order
change_order | change order details
cancel_order | I placed an order by accident a minute ago, please cancel it before it goes out
cancel_order | honestly I don't need the blender anymore, can you cancel that order
cancel_order | my order is taking forever so just cancel it
cancel_order | i want to cancel one item from my order
cancel_order | please cancel and refund my order
cancel_order | cancel my order from yesterday
cancel_order | how do i cancel something i bought
cancel_order | cancel the order i just made
cancel_order | cancel pls
cancel_order | i don't want the order anymore
cancel_order | cancel the delivery and the order
cancel_order | stop order 778899
cancel_order | drop my order
cancel_order | can you void my order
cancel_order | order cancellation
cancel_order | please do not send my order, i cancel it
cancel_order | I'd like to cancel, I found a better deal
cancel_order | cancel the pre-order
cancel_order | terminate my order
cancel_order | can i cancel order 123 and get a refund
cancel_order | stop my order from being sent out
cancel_order | please halt the shipment and cancel the order
return_refund | the dress I got looks nothing like the pictures and the stitching is coming apart, I want a refund
return_refund | I sent the item back two weeks ago and still haven't seen my money
return_refund | one of the glasses arrived smashed, what can you do
return_refund | it stopped working after 3 days, can I return it
return_refund | i want to return the shoes but i lost the receipt
return_refund | how do i return an item i bought from a seller
return_refund | can you refund the shipping cost
return_refund | return for store credit
return_refund | wrong size delivered
return_refund | refund not received
return_refund | how do returns work
return_refund | i'd like my money back please
return_refund | the product is faulty
return_refund | partial refund for the missing piece
return_refund | my return was rejected
return_refund | how long is the return window
return_refund | send me a prepaid return label
return_refund | exchange the item
return_refund | it's broken
return_refund | return the headphones
shipping | I'm moving to Canada next month, do you ship there and how much would it cost
shipping | does the seller ship to norway or only within the eu
shipping | how long would delivery to a small town in scotland take
shipping | can I get it shipped overnight
shipping | what's the cheapest shipping option
shipping | will I have to pay import duties
shipping | do you offer free returns and shipping
shipping | delivery to hong kong?
shipping | is tracking included with shipping
shipping | do you ship large items like beds
shipping | what time does the courier usually come
shipping | shipping rates
shipping | postage cost to ireland
shipping | is there a weekend delivery option
shipping | can i pick up my order myself
shipping | delivery options for mexico
shipping | do you ship to military addresses
shipping | how much is next day shipping
shipping | free delivery threshold
shipping | ship to australia?
payment | I tried to pay three times and it keeps saying error, my card is fine
payment | why do I see a charge from you on my bank statement, I didn't buy anything
payment | can I pay part with a gift card and the rest by card
payment | does the price include tax
payment | where do i put my promo code
payment | i was charged but the order failed
order_status | how do i get a vat invoice
payment | can i pay with venmo
payment | the payment page won't load
payment | add a payment method
payment | pay later options
payment | my card got charged the wrong currency
payment | is my card information stored securely
payment | double charge
payment | card declined again
payment | can i change the card i paid with
payment | billing problem
order_status | i need a copy of my invoice
payment | what cards do you take
payment | payment pending for days
account | I changed my phone and now I can't get the login code, help
account | somebody logged into my account from another country
account | how do I change the email on my account, I don't use the old one
account | can't log in
account | forgotten password
account | how do i update my personal details
account | i want to delete my profile
account | why is my account restricted
account | i need to verify my email
account | sign up for an account
account | change password please
account | my login isn't working
account | is my account verified
account | how do i link my google account
account | reactivate my account
account | how do i change my language settings
account | recover my account
account | privacy settings
account | i want a copy of my personal data
account | can i change my username
sell_item | I've got a bunch of old video games, can I sell them here and how does it work
sell_item | how do I become a verified seller on your marketplace
sell_item | I listed my bike a week ago and nobody's looked at it
sell_item | what percentage do you take when I sell something
sell_item | can i sell in bulk
sell_item | how do i list multiple items at once
sell_item | make a listing
sell_item | post my item
sell_item | selling
sell_item | I want to sell my car parts
sell_item | how do i withdraw my earnings
sell_item | sellers fees
sell_item | my buyer hasn't paid
sell_item | add shipping options to my listing
sell_item | i want to sell my art
sell_item | how do i pause my shop
sell_item | edit the description of my listing
sell_item | list an item for auction
sell_item | can i sell internationally
sell_item | start selling
human_agent | I've been going round in circles with this bot for ages, please let me talk to an actual person
human_agent | this is really important, I need someone from customer service to call me today
human_agent | please get a member of staff
human_agent | is there a human i can chat with
human_agent | i'd like to file a complaint with a person
human_agent | connect me with your team
human_agent | I need support from a real person
human_agent | i want to speak to someone about a problem
human_agent | put me through to customer service
human_agent | chat with a human please
human_agent | need agent
human_agent | talk to someone real
human_agent | what's your support phone number
human_agent | speak with an advisor
human_agent | can i get a call from support
human_agent | help desk
human_agent | real human
human_agent | i want to talk to a supervisor now
human_agent | connect me please
human_agent | person please
human_agent | can someone call me on 07700 900123 this afternoon
human_agent | please ring me back at +1 415 555 0132
human_agent | have an agent phone me tomorrow morning
feedback | just wanted to say the seller packed everything really nicely, thanks
feedback | honestly your website has gotten worse since the update
feedback | the delivery guy was really rude to me
feedback | i'd like to give some feedback about the app
feedback | loving the new design
feedback | you need better search filters
feedback | the product descriptions are inaccurate
feedback | great prices
feedback | awful service
feedback | how do i leave feedback for a seller
feedback | report a problem with the website
feedback | the app is so slow
feedback | i'm happy with my purchase
feedback | write a review
feedback | complaint about a seller
feedback | thumbs up
greeting | that was really helpful, thanks
feedback | this is the best marketplace
feedback | bad experience
feedback | i want to suggest a feature
greeting | hi hi
greeting | hey, hope you're well
greeting | hello team
greeting | good morning, anyone around?
greeting | hey it's me again
greeting | hello :)
greeting | heyyy
greeting | hi support
greeting | gm
greeting | hello friend
greeting | hi, how's your day
greeting | hey assistant
greeting | hello, are you there
greeting | salut
greeting | hi everyone
greeting | oi
greeting | hey hey hey
greeting | hello again
greeting | good evening!
greeting | hi good morning
out_of_scope | what's the best pizza place in town
out_of_scope | can you tell me a bedtime story
out_of_scope | how many days until christmas
out_of_scope | what's the distance between london and paris
out_of_scope | who is taylor swift dating
out_of_scope | solve 2x + 3 = 7
out_of_scope | how do i meditate
out_of_scope | what's the speed of light
out_of_scope | can you order me an uber
out_of_scope | what time does the bank open
out_of_scope | is the earth flat
out_of_scope | teach me french
out_of_scope | what's trending on twitter
out_of_scope | how do i unclog a drain
out_of_scope | do aliens exist
out_of_scope | what's the capital of australia
out_of_scope | how to tie a tie
out_of_scope | what should i watch on netflix
out_of_scope | how much is a plane ticket to tokyo
out_of_scope | recommend a podcast
"""#
}
