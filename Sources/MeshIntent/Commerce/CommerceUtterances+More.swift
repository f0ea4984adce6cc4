/// The second half of the commerce data: more phrasings per intent, written to cover what the first
/// half missed (indirect questions, chatty long messages, one-word messages, misspellings).
extension CommerceUtterances {
  static let more = #"""
search_items | do you have the new zelda game
search_items | I'm searching for a wedding dress, ivory, size 12
search_items | what laptops do you have for students
search_items | need a gift for my girlfriend under 30 pounds
search_items | is there a cheaper version of this
search_items | vacuum cleaner
search_items | are airpods available
search_items | show me what you have in garden furniture
search_items | any second hand textbooks for biology?
search_items | whats available in kids shoes
search_items | i'm trying to find a replacement screen for my phone
search_items | can you look up nintendo switch games
search_items | best selling phones right now
search_items | do you sell pet food
search_items | looking for something to wear to a wedding
search_items | what brands of running shoes do you carry
search_items | find a desk lamp with usb charging
search_items | electric scooters please
search_items | i need curtains for a big window
search_items | seach for a queen size bed frame
search_items | have u got any canon lenses
search_items | do you carry adidas
search_items | womens handbags on sale
search_items | which tablets are good for drawing
search_items | show me all the blue ones
search_items | any bikes in my area
search_items | what do you have in stock for camping
search_items | i'm interested in a used car seat
search_items | products similar to kindle paperwhite
search_items | I want a mechanical keyboard, what options are there
place_order | I'll buy the grey sofa
place_order | buy now please
place_order | can you add these headphones to my basket
place_order | let's go with the cheaper one, order it
place_order | i'd like two of the white t-shirts in medium
place_order | how do i pay for what's in my cart
place_order | please order a replacement charger for me
place_order | yes, i want to buy it
place_order | i want to place an order for 5 notebooks
place_order | get me that one
place_order | check out now
place_order | can i buy it right now and pay later
place_order | order it in size 42
place_order | I've decided, I want the blue bike
place_order | finish my purchase
place_order | take my order please
place_order | i wanna buy this
place_order | how do I order from a seller
place_order | order again
place_order | reorder my last purchase
place_order | I want to order a gift and have it sent to my mum
place_order | place order
place_order | add it to the basket and pay with my saved card
place_order | buy 2
place_order | I'd like to go ahead with the purchase
order_status | where's my parcel? it was supposed to come yesterday
order_status | has order 88811234 left the warehouse
order_status | is my delivery coming today
order_status | what's the eta on my order
order_status | my order is stuck in transit
order_status | the tracking hasn't updated since tuesday
order_status | where is my package, it's been 10 days
order_status | can you tell me when my order will be delivered
order_status | order hasnt come
order_status | i'm still waiting for my shoes
order_status | is my order ready
order_status | was my order shipped
order_status | status update please on the headphones I ordered
order_status | my tracking link doesn't work
order_status | did the seller post my item yet
order_status | why is my order taking so long
order_status | the courier says out for delivery but nothing came
order_status | where is order 1234567
order_status | when can i expect my delivery
order_status | can you track parcel 9400100000000000000000
order_status | I was told it would be here by friday, where is it
order_status | has my refund... no sorry, has my order been sent
order_status | my order is showing as pending
order_status | check the delivery status of my jacket
order_status | is it shipped
change_order | can I change the shipping address? I moved
change_order | please switch my order to the 128gb model
change_order | i want the red one instead of the black one
change_order | add one more to my order please
change_order | can i change my order from pickup to delivery
change_order | i need to update the apartment number on my order
change_order | reduce the quantity to one
change_order | change order 88811234 to express shipping
change_order | i put the wrong postcode
change_order | can you add a phone case to the order i just placed
change_order | update my order
change_order | the size i picked is wrong, change it to small
change_order | make it two instead of three
change_order | can i change the delivery address after ordering
change_order | replace the item in my order with a different colour
change_order | I'd like to change the gift message
change_order | please hold my delivery until next week
change_order | can the delivery be rescheduled
change_order | change the name on my order
change_order | I want to edit the shipping method
cancel_order | I don't need it anymore please cancel
cancel_order | how can i cancel my purchase
cancel_order | cancel the order for the blender
cancel_order | i need to cancel, i ordered the wrong thing
cancel_order | can i cancel if it already shipped
cancel_order | please cancel order number 4455667
cancel_order | stop the delivery, i want to cancel
cancel_order | cancel my last order
cancel_order | the seller is taking too long, i want to cancel
cancel_order | i'd like to cancel my order and get my money back
cancel_order | cancelation please
cancel_order | kill the order
cancel_order | forget the order, cancel it
cancel_order | is there a fee to cancel
cancel_order | cancel both orders
cancel_order | cancel
cancel_order | I want to cancel the jacket but keep the shoes
cancel_order | don't process my order
cancel_order | revoke my order please
cancel_order | I regret ordering this, cancel it
return_refund | how do i send back a damaged item
return_refund | I got a refund for the wrong amount
return_refund | the jacket is too small, i'd like to return it
return_refund | can i return it without the box
return_refund | i want my money back
return_refund | the item doesn't work
return_refund | when will my refund be processed
return_refund | return request
return_refund | i received someone else's order
return_refund | the colour is different from the photo, i'm sending it back
return_refund | do you do exchanges
return_refund | the package arrived broken
return_refund | refund to my original payment method please
return_refund | i'd like to return part of my order
return_refund | it's fake, I want a refund
return_refund | print a return label
return_refund | how do i return a gift
return_refund | is the return free
return_refund | seller refused my refund
return_refund | the screen is cracked, refund or replace
shipping | do you deliver to ireland
shipping | what is the shipping time to france
shipping | how much does express delivery cost
shipping | is delivery free over 50 dollars
shipping | can you deliver to a different address than my billing address
shipping | what are your delivery hours
shipping | do you ship furniture
shipping | how long for standard shipping
shipping | can it be delivered by christmas
shipping | do you ship to the us from europe
shipping | are there customs fees for shipping to switzerland
shipping | can i track the shipment once it's sent
shipping | who delivers the parcels
shipping | do you deliver to rural areas
shipping | what does shipping cost for two items
shipping | do international orders take longer
shipping | is there a delivery charge
shipping | what shipping options do sellers offer
shipping | do you ship on sundays
shipping | can i get it delivered to a pickup point
payment | can i pay with google pay
payment | my payment was taken but no order confirmation
payment | how do i use my store credit
payment | i was overcharged
payment | why did my payment fail
payment | is paypal accepted
payment | can i pay with a debit card
payment | refund? no, i mean why was i charged a fee
payment | my bank declined the transaction
payment | do you accept mastercard
payment | change my payment method
order_status | i need a receipt for my payment
payment | is cash accepted
payment | apply a discount code
payment | there are two charges on my statement
payment | can i pay over 3 months
payment | what currency will i be charged in
payment | how do i pay a seller
payment | my gift card balance is wrong
payment | can i pay with a voucher
account | reset password
account | i can't sign in to my account
account | how do i change my password
account | my account got suspended
account | please delete all my data
account | update my email
account | i want to change my address in my account settings
account | how do i verify my phone number
account | i never received the password reset email
account | can i change my date of birth
account | register
account | create account
account | my profile picture won't upload
account | how do i turn on two step verification
account | lost access to my email, how do i log in
account | stop sending me newsletters
account | deactivate my account for a while
account | someone changed my password
account | where do i see my account settings
account | log me out
sell_item | how do i sell something
sell_item | i'd like to list my guitar for sale
sell_item | what's the commission for sellers
sell_item | can i sell my used phone here
sell_item | how to create a listing
sell_item | post an ad for my bike
sell_item | how long does a listing stay up
sell_item | i want to sell furniture
sell_item | my item hasn't sold, what can i do
sell_item | change the price of my listing
sell_item | how do i register as a business seller
sell_item | delete my listing
sell_item | can i sell tickets here
sell_item | i sold something, how do i ship it
sell_item | where is my payout
sell_item | how do i respond to buyers
sell_item | list 3 pairs of sneakers
sell_item | i want to open a store on your site
sell_item | what photos should i use for my listing
sell_item | is there a limit on how many items i can sell
human_agent | can i speak to someone in person
human_agent | connect me to a live agent
human_agent | i want a real human being
human_agent | is anyone there? i need a person
human_agent | customer care
human_agent | give me a phone number for support
human_agent | please transfer me
human_agent | talk to a person
human_agent | I'd rather speak to someone than a bot
human_agent | support team please
human_agent | can i email your support staff
human_agent | get a human on the line
human_agent | speak to a human agent
human_agent | I want to talk to your manager
human_agent | operator
human_agent | i need help from a real agent
human_agent | let me chat with customer support
human_agent | call me please, my number is on my account
human_agent | connect to agent
human_agent | can someone contact me
feedback | the app keeps crashing
feedback | amazing service, really happy
feedback | i want to rate my purchase
feedback | this website is hard to use
feedback | good job
feedback | i'm not satisfied
feedback | your prices are too high
feedback | i want to report a fake seller
feedback | compliment for the delivery driver
feedback | suggestion: add more payment options
feedback | the chatbot is great
feedback | terrible customer service
feedback | where can i write a review
feedback | the seller was very helpful, how do i thank them
feedback | 1 star, awful
feedback | I love your app
feedback | this listing looks like a scam
feedback | you should have more sizes
feedback | very bad experience with my last order
greeting | thank you so much for your help
greeting | hi there
greeting | hello hello
greeting | hey, good morning
greeting | hi!
greeting | good day
greeting | sup
greeting | hey, you there?
greeting | hi, i have a question
greeting | hellooo
greeting | morning
greeting | evening
greeting | hi bot
greeting | hallo
greeting | hey how's it going
greeting | hi i'm new here
greeting | ciao
greeting | hey there, can you help
greeting | what's up bot
greeting | hiii
greeting | hello good afternoon
out_of_scope | what's the time
out_of_scope | how do i make a cake
out_of_scope | tell me about the history of rome
out_of_scope | who is the best football player
out_of_scope | can you help me write an essay
out_of_scope | what's the population of china
out_of_scope | call my mom
out_of_scope | is it going to snow
out_of_scope | how many miles in a kilometer
out_of_scope | what's a good name for a cat
out_of_scope | recommend a restaurant nearby
out_of_scope | how do i learn python
out_of_scope | what's the exchange rate of the euro
out_of_scope | what year did world war 2 end
out_of_scope | how do i get a passport
out_of_scope | tell me something interesting
greeting | what's your favorite color
out_of_scope | define photosynthesis
out_of_scope | how do i reset my router
out_of_scope | what should i have for dinner
out_of_scope | find me a job
out_of_scope | will it be sunny this weekend in madrid
greeting | who are you voting for
out_of_scope | how do i file a police report
out_of_scope | what's the square root of 144
out_of_scope | flip a coin
out_of_scope | what movies are playing tonight
out_of_scope | how much sleep do i need
out_of_scope | translate thank you to german
out_of_scope | book a taxi
"""#
}
