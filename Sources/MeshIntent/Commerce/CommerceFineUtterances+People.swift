extension CommerceFineUtterances {
  /// Fine-intent utterances: selling, asking for a person, complaints and feedback.
  static let people = #"""
seller.listing | how do i sell on your site
seller.listing | i want to sell my old phone
seller.listing | how do i list an item
seller.listing | can i become a seller
seller.listing | what are the seller fees
seller.listing | how much commission do you take
seller.listing | when do sellers get paid
seller.listing | my payout hasnt arrived
seller.listing | how do i edit my listing
seller.listing | my listing was removed, why
seller.listing | how do i add photos to my listing
seller.listing | how do i set the price of my item
seller.listing | can i sell handmade stuff
seller.listing | sell my bike
seller.listing | i want to open a shop
seller.listing | open a store on the marketplace
seller.listing | how do i ship as a seller
seller.listing | buyer hasnt paid, what do i do
seller.listing | a buyer wants to return my item
seller.listing | how do i print a shipping label as a seller
seller.listing | list my sofa for sale
seller.listing | can i sell used clothes
seller.listing | seller account verification
seller.listing | how many items can i list
seller.listing | is listing free
seller.listing | how do i delete a listing
seller.listing | how do i mark an item as sold
seller.listing | promote my listing
seller.listing | sell
seller.listing | selling
seller.listing | i want to sell
seller.listing | sel my stuff
seller.listing | can i sell internationally
seller.listing | what cant i sell
seller.listing | my item isnt showing in search
seller.listing | seller dashboard not loading
seller.listing | how do i reply to a buyer
seller.listing | seller payout schedule
seller.listing | payout to my bank failed
seller.listing | do i need to pay tax as a seller
seller.listing | can i sell tickets
seller.listing | how do i become a verified seller
seller.listing | hi, I'd like to start selling my paintings here
seller.listing | list an item
seller.listing | put my camera up for sale
seller.listing | how do i change the price of my listing
seller.listing | can i offer free shipping as a seller
seller.listing | my listing got flagged
seller.listing | bulk upload listings
seller.listing | how do i sell my furniture
seller.listing | i'm a seller and need help with an order
seller.listing | a buyer left me a bad review unfairly
seller.listing | how do sellers handle returns
seller.listing | what percentage do you take from sales
seller.listing | i sold something, how do i ship it
seller.listing | can i sell gift cards
seller.listing | trade in my old laptop
seller.listing | do you buy used phones
seller.listing | how do i sell second hand books
seller.listing | seller support
human_handoff | i want to speak to a human
human_handoff | talk to a real person
human_handoff | can i talk to an agent
human_handoff | connect me to customer service
human_handoff | i need a human
human_handoff | agent please
human_handoff | human
human_handoff | representative
human_handoff | let me speak to someone
human_handoff | transfer me to a person
human_handoff | is there a real person i can talk to
human_handoff | i want to speak to a manager
human_handoff | can a human help me
human_handoff | stop the bot, get me a human
human_handoff | are you a robot? i want a person
human_handoff | call me back please
human_handoff | can someone call me
human_handoff | whats your phone number
human_handoff | how do i contact support
human_handoff | customer service number
human_handoff | i need to talk to someone about my order
human_handoff | live chat with agent
human_handoff | operator
human_handoff | real human please
human_handoff | talk to support
human_handoff | speak to an advisor
human_handoff | put me through to a person
human_handoff | escalate this
human_handoff | escalate to a supervisor
human_handoff | i want someone from your team to contact me
human_handoff | email support
human_handoff | how can i reach your support team
human_handoff | get me an agent now
human_handoff | talk to agent
human_handoff | speak to human
human_handoff | hooman pls
human_handoff | agnet
human_handoff | reprasentative
human_handoff | is anyone there
human_handoff | can i speak to a real person not a bot
human_handoff | you dont understand, let me talk to someone
human_handoff | i'd rather talk to a person
human_handoff | i need help from a person
human_handoff | hi, could I be connected to a member of your support team?
human_handoff | i want to chat with a human agent
human_handoff | can someone from billing contact me
human_handoff | transfer to sales
human_handoff | i want to talk to the seller directly
human_handoff | contact the seller
human_handoff | how do i message the seller
human_handoff | when is customer service open
human_handoff | support hours?
human_handoff | call center
human_handoff | phone support
human_handoff | i'd like a call from an agent
human_handoff | connect me with someone who can help
human_handoff | not the bot, a person
human_handoff | get a person on the line
human_handoff | real agent
human_handoff | staff please
complaint | this is unacceptable
complaint | i'm very unhappy with your service
complaint | worst service ever
complaint | i want to make a complaint
complaint | file a complaint
complaint | this is ridiculous, third time i ask
complaint | your delivery company is terrible
complaint | the driver was rude
complaint | your courier threw my parcel over the fence
complaint | i've been waiting for weeks and nobody helps
complaint | nobody answers my emails
complaint | i was promised a call back and never got one
complaint | your agent was rude to me
complaint | i'm so frustrated
complaint | this bot is useless
complaint | i'll write to trustpilot
complaint | i'm going to leave a bad review
complaint | i will report you to consumer protection
complaint | i'll never order again
complaint | disgusting service
complaint | you ruined my christmas
complaint | this is the second parcel that is damaged
complaint | every order has a problem
complaint | your website is terrible
complaint | the app is always broken
complaint | i'm disappointed
complaint | very disappointed with the quality
complaint | poor quality product
complaint | the quality is awful
complaint | complaint about order 4471203
complaint | formal complaint regarding #88213
complaint | i am extremely angry
complaint | this is a scam
complaint | you are scammers
complaint | fraud
complaint | i feel cheated
complaint | your customer service is a joke
complaint | no one cares about customers here
complaint | i've had enough
complaint | fed up with this
complaint | horrible experience
complaint | terrible experience from start to finish
complaint | you keep sending me spam
complaint | i was lied to by your staff
complaint | misleading advertising
complaint | the product description was a lie
complaint | hi, I want to complain about how my last order was handled
complaint | i'm not happy
complaint | unhappy customer here
complaint | shocking service
complaint | appalling
complaint | this is a joke
complaint | im so annoyed
complaint | cmplaint
complaint | compliant about delivery
complaint | your prices went up, ridiculous
complaint | the delivery guy was smoking in my hallway
complaint | i waited home all day for nothing
complaint | how can a company be this bad
complaint | i want to escalate a complaint about the seller
complaint | the seller was rude
complaint | your packaging is wasteful
feedback | great service, thanks
feedback | love the product
feedback | i'm really happy with my order
feedback | great service, will order again
feedback | fast delivery, thank you
feedback | the quality is amazing
feedback | five stars
feedback | excellent customer service
feedback | your agent was really helpful
feedback | i want to leave a review
feedback | how do i write a review
feedback | can i rate the seller
feedback | i have a suggestion for your app
feedback | you should add a dark mode
feedback | it would be nice to filter by brand
feedback | please add more sizes
feedback | please sell more vegan products
feedback | suggestion: let us save favourites
feedback | good job
feedback | well done
feedback | awesome
feedback | love it
feedback | super happy
feedback | the shoes are perfect
feedback | the dress fits perfectly
feedback | everything arrived perfectly
feedback | the packaging was lovely
feedback | i love the mugs
feedback | great app
feedback | the new website is much better
feedback | keep up the good work
feedback | feedback about your site
feedback | i'd like to give feedback
feedback | my experience was great
feedback | quick refund, appreciated
feedback | the driver was very friendly
feedback | compliments to the support team
feedback | survey
feedback | where do i leave feedback
feedback | i want to review the product i bought
feedback | rate my order
feedback | thumbs up
feedback | 10/10
feedback | would recommend
feedback | recommended you to my friends
feedback | best shop ever
feedback | very satisfied
feedback | the chat was very helpful
feedback | hi, just wanted to say the lamp looks great in my living room
feedback | the checkout could be easier
feedback | the search is hard to use
feedback | idea: send a text before delivery
feedback | you could improve the size guide
feedback | happy customer
feedback | it's exactly as described
feedback | lovely quality
feedback | nice work
feedback | good experience overall
feedback | amazing, thank you so much for the quick delivery
feedback | i'm impressed
"""#
}
