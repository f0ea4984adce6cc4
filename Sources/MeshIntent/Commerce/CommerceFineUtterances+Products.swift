extension CommerceFineUtterances {
  /// Fine-intent utterances: product search, product questions and availability (brand and city look-alikes on purpose).
  static let products = #"""
product.search | red running shoes under $50
product.search | do you have wireless headphones
product.search | show me laptops between 500 and 800 dollars
product.search | im looking for a black leather jacket size M
product.search | find me a cheap phone case for iphone 15
product.search | search for blue jeans
product.search | looking for a birthday gift for my dad
product.search | got any kids bikes
product.search | i need a coffee maker under 100
product.search | whats the cheapest gaming chair
product.search | show me dresses
product.search | womens winter boots size 8
product.search | wooden dining table for 6 people
product.search | nike air max 90 white
product.search | show me something like this lamp but cheaper
product.search | recommend good hiking boots
product.search | lookin for a chrismas sweater
product.search | sneakers below 40 euros
product.search | books by stephen king
product.search | new arrivals in mens shirts
product.search | 4k monitor 27 inch
product.search | rings under 200
product.search | headphons with noise cancelling
product.search | lego sets for 8 year olds
product.search | green hoodie xl
product.search | Nike Air Force 1 white size 9
product.search | any Levi's 501 in W30 L32
product.search | New Balance 574 grey
product.search | Calvin Klein jeans 32/32
product.search | Tommy Hilfiger polo on sale
product.search | Hugo Boss aftershave
product.search | Michael Kors watches
product.search | Le Creuset casserole 24cm red
product.search | KitchenAid mixer
product.search | a gift for my wife under 50 pounds
product.search | cheap tv
product.search | best laptop for students
product.search | show me yoga mats
product.search | i want a summer dress in yellow
product.search | vintage cameras
product.search | handmade jewelry
product.search | office chair with lumbar support
product.search | organic green tea
product.search | board games for adults
product.search | ps5 controller
product.search | mens watches between 100 and 300
product.search | baby strollers on sale
product.search | kitchen knives set
product.search | a red sofa for a small living room
product.search | waterproof jacket for hiking
product.search | dog bed medium size
product.search | phone charger usb c
product.search | running shorts for women
product.search | something for my nephew who likes dinosaurs
product.search | electric toothbrush
product.search | bluetooth speaker waterproof
product.search | do u sell dyson parts
product.search | can you find me a used iphone 13
product.search | any deals on tvs
product.search | searching for a gaming laptop with rtx
product.search | show me oxford shoes brown size 10
product.search | chelsea boots black suede
product.search | desk lamp
product.search | i'm after a second hand sofa, grey
product.search | what do you have for camping
product.search | perfume for women
product.search | Paris Hilton perfume
product.search | Harry Potter box set
product.search | Taylor Swift vinyl
product.search | Manchester United shirt
product.info | what material is this jacket
product.info | is this dishwasher safe
product.info | does this phone case fit the iphone 15 pro
product.info | is the sofa easy to assemble
product.info | what are the dimensions of the desk
product.info | how big is the backpack
product.info | is this shirt true to size
product.info | does the dress run small
product.info | what size should i get, i'm usually a medium
product.info | is this waterproof
product.info | does it come with a charger
product.info | what's in the box
product.info | is the watch water resistant
product.info | how long does the battery last
product.info | is it compatible with mac
product.info | does this work with alexa
product.info | will this fit a king size bed
product.info | what is the weight of the bike
product.info | is this 100% cotton
product.info | is the leather real
product.info | is it vegan
product.info | does it contain nuts
product.info | what voltage is this
product.info | will it work in the uk
product.info | does the tv have hdmi 2.1
product.info | how many watts is the blender
product.info | can i machine wash it
product.info | is it suitable for kids
product.info | what age is this toy for
product.info | does it have a warranty
product.info | how long is the warranty
product.info | is the phone unlocked
product.info | is this new or refurbished
product.info | is it the 2024 model
product.info | whats the difference between the pro and the regular
product.info | compare these two laptops
product.info | which one is better, the 128 or 256gb
product.info | does the mattress come rolled
product.info | is the colour more blue or green in real life
product.info | what is the screen size
product.info | how heavy is it
product.info | is this item original
product.info | is it authentic
product.info | where is this made
product.info | what are the care instructions
product.info | can i use it outside
product.info | does it need batteries
product.info | is assembly required
product.info | what's the heel height
product.info | how long are the sleeves
product.info | is this size eu or uk
product.info | what size is a uk 8 in eu
product.info | size chart for the shoes?
product.info | does it have bluetooth
product.info | can you tell me more about this product
product.info | details about the grey sofa
product.info | specs of the laptop?
product.info | is this the same as the one in the store
product.info | does the lens fit a canon
product.info | what's the thread count
product.info | hi, is the Florence sofa fabric pet friendly
product.info | will the Victoria bedside table fit under a window
product.info | is the Austin chair comfortable for long hours
product.info | does the Madison tote have a zip
product.info | how tall is the Charlotte lamp
product.info | what does the Dyson V15 come with
product.availability | is this in stock
product.availability | do you have this in size 10
product.availability | is the black one available
product.availability | when will this be back in stock
product.availability | out of stock, when do you restock
product.availability | is the samsung galaxy s24 in stock
product.availability | do you have the medium in red
product.availability | is it available in my size
product.availability | can you notify me when its back
product.availability | restock alert please
product.availability | any left in size 38
product.availability | how many do you have left
product.availability | is the ps5 available
product.availability | in stock?
product.availability | still available?
product.availability | is this still for sale
product.availability | availble in xl?
product.availability | do you have it in stok
product.availability | is the Florence sofa still available
product.availability | do you have the Victoria bedside table in oak
product.availability | the Austin chair in grey, available?
product.availability | is the Charlotte dress in size 10
product.availability | Madison tote in black?
product.availability | Barbie Dreamhouse back in stock when
product.availability | Jimmy Choo heels size 38 available
product.availability | is Marc Jacobs Daisy in stock
product.availability | Dr. Martens 1460 black size 7 in stock
product.availability | Ben Sherman jacket M available
product.availability | any Tom Ford sunglasses in stock
product.availability | is it available in the berlin store
product.availability | can i get it in the london shop today
product.availability | do you have stock in your warehouse
product.availability | is the preorder open
product.availability | when can i preorder
product.availability | when is the release date
product.availability | is the limited edition sold out
product.availability | will you get more of these
product.availability | are you restocking the blue mug
product.availability | it says unavailable, why
product.availability | this item shows sold out
product.availability | can you check if you have any in the back
product.availability | do you have it in another colour
product.availability | other colours available?
product.availability | is there a bigger size
product.availability | do you carry size 14
product.availability | do you have petite sizes
product.availability | do you stock Estée Lauder night repair
product.availability | Yves Saint Laurent Libre 50ml in stock?
product.availability | is the Dyson V15 available
product.availability | is the KitchenAid in Empire Red available
product.availability | when does the new iphone come in
product.availability | is this discontinued
product.availability | are you still selling this model
product.availability | back in stock date?
product.availability | hi, will the size 9 come back in stock soon?
product.availability | can i reserve one
product.availability | only 1 left? can you hold it
product.availability | is there stock for delivery this week
product.availability | how many in stock for the green one
product.availability | any in stock near me
product.availability | is this available for delivery to germany
product.availability | do you have the 2 pack
product.availability | i want to know if the grey one will be restocked
product.availability | waitlist for this item
product.availability | join the waitlist
"""#
}
