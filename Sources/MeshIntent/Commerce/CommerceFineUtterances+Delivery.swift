extension CommerceFineUtterances {
  /// Fine-intent utterances: delivery options and times, missing and damaged deliveries.
  static let delivery = #"""
delivery.options | what shipping options do you have
delivery.options | how much is shipping
delivery.options | how much is delivery to germany
delivery.options | do you ship to canada
delivery.options | do you deliver to ireland
delivery.options | is there free shipping
delivery.options | whats the minimum for free delivery
delivery.options | do you have express delivery
delivery.options | can i get next day delivery
delivery.options | is same day delivery available in london
delivery.options | do you offer click and collect
delivery.options | can i pick up in store
delivery.options | do you deliver to parcel lockers
delivery.options | which couriers do you use
delivery.options | do you ship internationally
delivery.options | shipping cost to the uk
delivery.options | delivery charges?
delivery.options | how much for express
delivery.options | do you ship to po boxes
delivery.options | can you deliver on saturdays
delivery.options | do you deliver on sundays
delivery.options | shiping to france?
delivery.options | delivry options
delivery.options | do yall ship to alaska
delivery.options | can i choose a delivery time slot
delivery.options | do you deliver in the evening
delivery.options | is there a cheaper shipping option
delivery.options | what are the delivery options for furniture
delivery.options | do you deliver large items to the room of choice
delivery.options | is shipping free over 50 euros
delivery.options | free shipping on returns?
delivery.options | do you ship to switzerland and what about customs
delivery.options | will i pay import duties shipping to norway
delivery.options | can i get it delivered to a different address than billing
delivery.options | is it possible to ship to a pickup point
delivery.options | can you ship to an apo address
delivery.options | do you deliver to the islands
delivery.options | shipping methods
delivery.options | delivery options
delivery.options | shipping?
delivery.options | what does standard shipping cost
delivery.options | do you have a delivery subscription
delivery.options | is there premium shipping
delivery.options | can i pay extra for faster shipping
delivery.options | do you deliver to my area, postcode 10115
delivery.options | do you ship to Berlin
delivery.options | can you deliver to an office
delivery.options | can the driver leave it at the door
delivery.options | can i ask the courier to leave it with a neighbour
delivery.options | do you offer contactless delivery
delivery.options | is delivery tracked
delivery.options | do you ship with dhl
delivery.options | can i collect from a post office
delivery.options | do you deliver outside the eu
delivery.options | whats the shipping fee for 2 items
delivery.options | how much does it cost to ship a sofa
delivery.options | delivery price to spain?
delivery.options | do you do international shipping to australia
delivery.options | can i get it gift wrapped and shipped to someone else
delivery.options | what delivery do you offer for heavy items
delivery.options | are there delivery options on weekends
delivery.options | hi, what are your shipping rates
delivery.options | do you have a nominated day delivery
delivery.options | can i choose the carrier
delivery.options | do you ship to hotels
delivery.options | which countries do you ship to
delivery.options | is there free delivery for members
delivery.options | can i get free shipping if i order two
delivery.time | how long does delivery take
delivery.time | how long will shipping take to the us
delivery.time | when would it arrive if i order today
delivery.time | if i order now will it come by friday
delivery.time | can i get it before christmas
delivery.time | how many days for delivery to france
delivery.time | what's the delivery time for furniture
delivery.time | how fast is express
delivery.time | how long does standard shipping take
delivery.time | will it arrive by saturday if i order tonight
delivery.time | whats the cut off time for next day delivery
delivery.time | order by what time for same day dispatch
delivery.time | how soon can you deliver
delivery.time | delivery time to australia?
delivery.time | how long does international shipping take
delivery.time | when will this item ship if i buy it
delivery.time | it says ships in 2-3 weeks, why so long
delivery.time | how long does it take to dispatch
delivery.time | how long to get to london
delivery.time | will it arrive in time for my birthday on the 12th
delivery.time | need it by tomorrow, possible?
delivery.time | how quickly can i get this
delivery.time | estimated delivery time for this lamp?
delivery.time | when do orders placed on friday ship
delivery.time | do you ship on weekends
delivery.time | how long does customs take for the uk
delivery.time | how long for delivery
delivery.time | delivery time?
delivery.time | how long til it arrives if i order
delivery.time | hw long does shiping take
delivery.time | how many business days is standard
delivery.time | can it arrive before the 20th
delivery.time | i need it for a wedding next saturday, will it make it
delivery.time | what day would it come if i ordered now
delivery.time | how long does the seller take to ship
delivery.time | when is the next delivery slot
delivery.time | whats the fastest you can get it to me
delivery.time | how long will a preorder take to ship
delivery.time | how long does express take to spain
delivery.time | when will it be delivered if i choose standard
delivery.time | is delivery in 24 hours?
delivery.time | do you deliver within 2 days
delivery.time | shipping time to canada
delivery.time | how long to ship to ireland
delivery.time | if i buy it today does it come this week
delivery.time | how long does it take for made to order items
delivery.time | can you guarantee delivery by monday
delivery.time | will it get here before i leave on the 3rd
delivery.time | how long is the wait for this
delivery.time | delivery estimate for postcode NW1
delivery.time | does delivery take longer during holidays
delivery.time | how long for the sofa to be delivered
delivery.time | what's the lead time
delivery.time | when will it ship, it says backorder
delivery.time | hi, roughly how long would delivery to germany take
delivery.time | if I order the coat now, when will I get it
delivery.time | how long for next day, really next day?
delivery.time | how many days will it take
delivery.time | when could you deliver to berlin
delivery.time | delivery time frame?
delivery.time | arrival time if ordered today
delivery.time | how long do deliveries take at the moment
delivery.missing | my parcel says delivered but i didnt get it
delivery.missing | tracking says delivered but nothing is here
delivery.missing | package marked as delivered, not received
delivery.missing | the courier says he left it but theres nothing at my door
delivery.missing | my parcel was stolen from my porch
delivery.missing | i think my package got lost
delivery.missing | my parcel is lost
delivery.missing | the driver delivered to the wrong house
delivery.missing | it was delivered to the wrong address
delivery.missing | someone else signed for my parcel
delivery.missing | order 4471203 shows delivered but i never got it
delivery.missing | delivered to a neighbour but they dont have it
delivery.missing | my package never arrived even though it says delivered
delivery.missing | parcel missing
delivery.missing | package missing
delivery.missing | never received my order
delivery.missing | where is my parcel, it says delivered yesterday
delivery.missing | it says left in safe place but i cant find it
delivery.missing | the photo proof of delivery is not my door
delivery.missing | the delivery photo shows a different house
delivery.missing | parcel disappeared after being marked delivered
delivery.missing | my parcel was returned to sender and i never got it
delivery.missing | the courier lost my package
delivery.missing | i checked everywhere, the parcel isnt here
delivery.missing | delivered to mailbox but mailbox is empty
delivery.missing | my order #88213 was delivered to someone else
delivery.missing | the parcel for ORD-2024-000123 was never delivered
delivery.missing | tracking 1Z999AA10123456784 says delivered, i have nothing
delivery.missing | one of my two parcels never came
delivery.missing | i only got one box, the other is missing
delivery.missing | second package never arrived
delivery.missing | parcel stolen
delivery.missing | my package has been stuck for 3 weeks, i think its lost
delivery.missing | it says delivered at 14:32 but nothing here
delivery.missing | i was home all day and nobody came but it says delivered
delivery.missing | the driver didnt even knock and says delivered
delivery.missing | can you open an investigation with the courier
delivery.missing | file a claim for my lost parcel
delivery.missing | report a missing package
delivery.missing | delivery never happened
delivery.missing | didnt receive the item
delivery.missing | i havent received anything but it says delivered
delivery.missing | my order is marked delivered, it is not
delivery.missing | package delivered to the wrong building
delivery.missing | the parcel was left outside and now its gone
delivery.missing | concierge says no parcel came for me
delivery.missing | the locker is empty, my code doesnt open anything
delivery.missing | pickup point says they dont have my parcel
delivery.missing | the post office cant find my parcel
delivery.missing | i got a delivery notification but no package
delivery.missing | nothing was delivered
delivery.missing | the parcel never showed up
delivery.missing | lost in transit
delivery.missing | my package is missing, order no. 123-456
delivery.missing | order 00012345 missing, says delivered
delivery.missing | hi, my parcel was marked as delivered on monday but I never received it
delivery.missing | the courier delivered it to number 14 not 41
delivery.missing | my neighbour doesnt have it and the card says left with neighbour
delivery.missing | where did you deliver my parcel? its not here
delivery.missing | parcel got delivered to the wrong city
delivery.missing | signed by someone called J but there's no J here
delivery.missing | the tracking says delivered to reception but reception has nothing
delivery.missing | my order went missing
delivery.missing | i think the driver stole it
delivery.missing | box never arrived
delivery.missing | i never got my package
delivery.missing | it's been marked delivered for 3 days, still not here
delivery.missing | my parcel is missing and tracking stopped
delivery.damaged | my order arrived damaged
delivery.damaged | the item is broken
delivery.damaged | the box was crushed and the vase is broken
delivery.damaged | i received the wrong item
delivery.damaged | you sent me the wrong size
delivery.damaged | wrong colour delivered
delivery.damaged | parts are missing from my order
delivery.damaged | the chair is missing screws
delivery.damaged | item arrived scratched
delivery.damaged | the screen is cracked
delivery.damaged | my package was opened and an item is missing
delivery.damaged | i only got 2 of the 3 items
delivery.damaged | the product is defective
delivery.damaged | it doesnt work out of the box
delivery.damaged | arrived broken, what now
delivery.damaged | the glass was shattered when i opened it
delivery.damaged | order 4471203 came damaged
delivery.damaged | #88213 arrived with a dent
delivery.damaged | you sent someone else's order
delivery.damaged | the item doesnt match the picture
delivery.damaged | i got a used item instead of new
delivery.damaged | the seal was broken
delivery.damaged | food arrived expired
delivery.damaged | the shoes are two different sizes
delivery.damaged | the charger is missing from the box
delivery.damaged | the instructions are missing
delivery.damaged | the bag has a stain
delivery.damaged | there's a hole in the sweater
delivery.damaged | the laptop wont turn on
delivery.damaged | the lamp flickers
delivery.damaged | liquid leaked all over the box
delivery.damaged | received wrong item in order ORD-2024-000123
delivery.damaged | wrong product in my parcel
delivery.damaged | the table leg is broken
delivery.damaged | damaged in transit
delivery.damaged | item damaged
delivery.damaged | broken on arrival
delivery.damaged | dameged item
delivery.damaged | recieved wrong item
delivery.damaged | the package was soaking wet and the book is ruined
delivery.damaged | my order is incomplete
delivery.damaged | half my order is missing
delivery.damaged | i got the 128gb not the 256gb i ordered
delivery.damaged | the colour is completely different from the photo
delivery.damaged | the zip broke on day one
delivery.damaged | the phone i received is locked to another carrier
delivery.damaged | fake product, not original
delivery.damaged | the plate was chipped
delivery.damaged | mould on the cheese i received
delivery.damaged | the mattress arrived torn
delivery.damaged | the box had only the accessories, no phone
delivery.damaged | they sent me a left shoe twice
delivery.damaged | hi, the mirror in order 55120 arrived cracked, can you help
delivery.damaged | i want a replacement, mine came broken
delivery.damaged | the item is faulty
delivery.damaged | the tv has dead pixels
delivery.damaged | the remote is missing
delivery.damaged | wrong item sent
delivery.damaged | the size label says M but its clearly an S
delivery.damaged | your courier dropped it, its smashed
delivery.damaged | arrived with a broken handle
"""#
}
