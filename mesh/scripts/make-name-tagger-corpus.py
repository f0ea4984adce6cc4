#!/usr/bin/env python3
"""Writes a labelled corpus of shop-support chat lines for training the name tagger (`mesh pii train-tagger`).

Lines are built from many small parts, not a few whole templates, so the tagger learns what surrounds a name
rather than sentences: openers, cue phrases, relations, agents, fields, lists, signatures and clauses of shop
talk, with names of every form (given name alone, full, surname first, initials, particles, hyphens, titles kept
outside the mark, possessives), in capitals, lower case or as typed, drawn from the package's own lexicons
(mesh's Sources/MeshPII/Lexicon/*.swift) and from made-up names no lexicon holds. About 40% of the lines hold no
name but look-alikes: brands and products named after people, cities, streets, holidays, works' titles, and
words that are also names used as words ("I will", "rose gold", "mark it delivered").

Usage: make-name-tagger-corpus.py [--seed N] [--lines N] > corpus.txt   (deterministic for a seed)
Marks as in mesh/data/pii/README.md: {{name:…}} (other kinds of personal data are not marked: the tagger
only learns names, and the words of other marks are ordinary negatives for it).
"""
import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
LEX = ROOT / "Sources" / "MeshPII" / "Lexicon"


def lexicon(names):
    words = []
    for path in sorted(LEX.glob("*.swift")):
        text = path.read_text(encoding="utf-8")
        for name in names:
            m = re.search(r"static let " + name + r' = """\n(.*?)"""', text, re.S)
            if m:
                words += [w for w in m.group(1).split() if w.isalpha() and len(w) >= 2]
    return sorted(set(words))


FIRST = lexicon(["censusFirstNames", "worldFirstNames", "fakerFirstNames", "regionalFirstNames"])
LAST = lexicon(["censusSurnames", "worldSurnames", "fakerSurnames", "regionalSurnames"])
COMMON_FIRST = ("james mary john linda michael sarah david emma tom anna peter maria paul laura mark lisa chris kate "
                "ahmed fatima mohammed aisha ravi priya wei li chen yuki kenji olga ivan sven ingrid carlos lucia "
                "kwame amara chidi ngozi thabo zanele diego sofia liam noah olivia ava lucas mia hugo lea jan eva "
                "siobhan niamh sean aoife dmitri katya mehmet elif omar layla hamza yusuf arjun ananya rahul sanjay "
                "nguyen minh thi hana jin soo ji mei xin tariq samir nadia yasmin pablo javier rosa ana joao pedro").split()
WORD_NAMES = ("will mark rose grace hope bill may june april summer frank chase hunter amber ruby jade ivy holly dawn "
              "joy faith pat sue art drew guy rob bob jack penny sandy rusty stone brown white green black young king "
              "price rich cash bell page long little wood hill fox hunt carpenter baker cook miller taylor walker "
              "parker cole lane glass shepherd mason sterling autumn sky river storm victor august sunny "
              # virtue and word names, place and brand names given to people (West African, US, UK usage)
              "blessing precious memory prosper godswill patience mercy gift comfort favour goodness peace "
              "charity constance prudence verity honour destiny harmony trinity journey miracle wisdom "
              "hazel ivy daisy lily poppy iris violet willow sage ember raven dawn star skye sonny "
              "brooklyn dakota montana cheyenne sierra savannah phoenix london paris india georgia austin "
              "dallas jordan chelsea sydney madison armani lexus mercedes tiffany chanel porsche dior "
              "drew mark will grant bill jack").split()
NICKS = ("tommy bobby jimmy billy danny mike dave steve rick nick jen kathy becky sam alex max ben jess liz beth "
         "mo abdi kofi raj sunny bubba chuck vinnie sasha misha kolya pepe paco nacho chucho manu").split()
PARTICLES = ["van", "van der", "van den", "de", "de la", "del", "da", "dos", "di", "le", "von", "al", "el", "bin",
             "ibn", "abu", "ter", "du", "mac", "o'"]
SYL = ("ka ri to na mi se lo ba de su an ko ra vi ta ne mo zu ha yi le ja ou ei ng we tu chi ola ade bu fe "
       "gro vik dar sol mir tan kel bor zan rin ush ef im ok").split()
TITLES = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Miss", "Sir", "Madam", "Herr", "Frau",
          "Mme", "M.", "Sr.", "Sra.", "Señor", "Dott."]
RELATIONS = ("wife husband son daughter mum mom mother dad father nan nana gran granny grandma grandpa brother sister "
             "neighbour neighbor colleague boss flatmate roommate partner friend aunt uncle cousin niece nephew "
             "fiancé fiancee girlfriend boyfriend landlord tenant assistant manager kid stepdad stepmum").split()
AGENTS = ["agent", "your agent", "your colleague", "the courier", "the driver", "your rep", "the seller",
          "the store manager", "support", "the guy on the phone", "the lady in the shop", "your tech",
          "the delivery man", "the postman", "customer service", "the advisor", "your supervisor"]
BRANDS = ("Ford|Dell|Hilton|Marriott|Tesla|Porsche|Ferrari|Disney|Boeing|Gillette|Kellogg's|Heinz|Cadbury|Philips|"
          "Siemens|Bosch|Dyson|Miele|Braun|Ralph Lauren|Calvin Klein|Tommy Hilfiger|Hugo Boss|Louis Vuitton|"
          "Christian Dior|Paul Smith|Ted Baker|Levi's|Wrangler|Tim Hortons|Wendy's|McDonald's|Ben & Jerry's|"
          "Jack Daniel's|Johnnie Walker|Dr. Martens|Marks & Spencer|John Lewis|Sainsbury's|Morrisons|Barbour|"
          "Gucci|Prada|Versace|Armani|Lacoste|Mercedes|Michelin|Peugeot|Citroën|Renault|Toyota|Honda|Casio|"
          "Kenwood|Russell Hobbs|Morphy Richards|Breville|Le Creuset|Wilson|Spalding|Dunlop|Estée Lauder|"
          "Max Factor|Elizabeth Arden|Vera Wang|Kate Spade|Michael Kors|Tory Burch|Stella McCartney|"
          "Victoria's Secret|Tiffany|Cartier|Wedgwood|Mrs Meyer's|Uncle Ben's|Sara Lee|Betty Crocker|Jimmy Choo|"
          "Steve Madden|Kenneth Cole|Ray-Ban|Hoover|Black+Decker|Stanley|Schwinn|Raleigh|Fisher-Price|Sony|Bose|"
          "Marshall|Fender|Gibson|Yamaha|Steinway|Ben Sherman|Fred Perry|Jack Wolfskin|Joseph Joseph|Hamilton Beach|"
          "Cuisinart|Smeg|Samsung|Lenovo|Logitech|Nike|Adidas|Puma|Dr. Oetker|Jamie Oliver|Martha Stewart|"
          "Orla Kiely|Cath Kidston|Laura Ashley|Ted Lasso|Hello Kitty|Barbie|Ken").split("|")
PRODUCTS = ("Alexa|Siri|Echo|Kindle|Galaxy|Pixel|Roomba|Air Jordan|Earl Grey|Granny Smith|Bloody Mary|Tom Collins|"
            "Jacuzzi|Cheddar|Victoria sponge|Caesar salad|Eggs Benedict|Margherita|Stanley cup|Chelsea boots|"
            "Oxford shirt|Henley top|Mary Jane shoes|Teddy bear|Billy bookcase|Malm bed|Kallax|Poäng chair|"
            "Hemnes dresser|Ivar shelf|Lack table|Dolly Varden|Peter Pan collar|Jack Russell lead|Lazy Susan|"
            "Johnny Walker Black|Bugatti|Lincoln Navigator|Morris Minor|Austin Mini|Mustang|Corolla").split("|")
NOUNS = ("kettle|toaster|jacket|jeans|shoes|trainers|boots|watch|headphones|speaker|laptop|phone case|charger|mixer|"
         "vacuum|hoodie|dress|shirt|bag|wallet|perfume|lipstick|razor|blender|sofa|lamp|mattress|pan|guitar|"
         "bike|helmet|backpack|sunglasses|hat|scarf|socks|coat|mug|blanket").split("|")
CITIES = ("Austin|Charlotte|Florence|Victoria|Jackson|Lincoln|Madison|Sydney|Chelsea|Regina|Eugene|Orlando|Tyler|"
          "Denver|Houston|Dallas|Phoenix|Paris|London|Berlin|Milan|Lyon|Adelaide|Alexandria|Elizabeth|Savannah|"
          "Augusta|Georgia|Virginia|Santiago|San Jose|Marseille|Hamilton|Wellington|Nelson|Darwin|Preston|Kingston|"
          "Laval|Warsaw|Kraków|Mumbai|Lagos|Nairobi|Cairo|Dubai|Manchester|Leeds|Glasgow|Dublin|Cork|Munich|"
          "Hamburg|Vienna|Zurich|Geneva|Amsterdam|Rotterdam|Madrid|Seville|Lisbon|Porto|Rome|Naples|Athens|Oslo|"
          "Stockholm|Helsinki|Toronto|Vancouver|Montreal|Melbourne|Brisbane|Perth|Auckland|Delhi|Bangalore|"
          "Chennai|Karachi|Dhaka|Jakarta|Manila|Tokyo|Osaka|Seoul|Beijing|Shanghai|Accra|Johannesburg|Durban|"
          "St. Louis|San Antonio|Jacksonville|Columbus|Charleston|Raleigh|Albany|Troy|Florence|Marion|Clinton").split("|")
STREETS = ["Baker Street", "King Street", "Victoria Road", "Queen Street", "George Street", "Church Lane",
           "Mill Road", "Washington Avenue", "Lincoln Boulevard", "Martin Luther King Jr Blvd", "Elm Street",
           "Oxford Street", "Regent Street", "Abbey Road", "Kennedy Drive", "Jefferson Ave", "Park Lane",
           "Goethestraße", "rue Victor Hugo", "avenue Jean Jaurès", "Calle Cervantes", "Via Garibaldi"]
HOLIDAYS = ["Valentine's Day", "St Patrick's Day", "Mother's Day", "Father's Day", "Christmas", "Easter",
            "Black Friday", "Cyber Monday", "Boxing Day", "Thanksgiving", "Halloween", "Diwali", "Hanukkah", "Eid",
            "New Year", "St. Nicholas Day", "Martin Luther King Day", "Presidents' Day", "Columbus Day"]
WORKS = ["Harry Potter", "Anna Karenina", "Jane Eyre", "Oliver Twist", "Romeo and Juliet", "Peter Pan",
         "Sherlock Holmes", "James Bond", "Don Quixote", "Emma", "Matilda", "Frozen", "Moana", "Paddington",
         "Peppa Pig", "Bluey", "Hamlet", "Macbeth", "Forrest Gump", "Jack Reacher", "Percy Jackson",
         "Winnie the Pooh", "Charlie and the Chocolate Factory", "Little Women", "The Great Gatsby", "Dune",
         "Taylor Swift's new album", "the Beatles",
         # "<name> and the <noun>" titles: a name-and-list shape that is a title
         "James and the Giant Peach", "Harold and the Purple Crayon", "Alexander and the Terrible, Horrible Day",
         "Harry Potter and the Goblet of Fire", "Percy Jackson and the Lightning Thief", "Harry and the Hendersons",
         "Josie and the Pussycats", "Florence and the Machine", "Bill and Ted", "Thelma and Louise",
         "Frog and Toad", "George and the Dragon", "Tom and Jerry", "Romeo and Juliet", "Hansel and Gretel", "Elvis", "Mozart", "Beethoven", "Picasso", "Van Gogh"]
# Languages and family words said as names ("what is latin for", "a card from Nana"): relations stay outside
# a name mark, and a language is no person.
LANGUAGES = ("Latin Spanish Hindi Tagalog Urdu Polish Greek French German Italian Portuguese Dutch Swahili "
             "Yoruba Arabic Hebrew Korean Japanese Mandarin Cantonese Russian Turkish Welsh Gaelic").split()
FAMILY = "Nana Nan Gran Granny Grandma Grandpa Mum Mom Dad Papa Mama Auntie Nanny Grandad Mummy Daddy".split()
# Songs and companies named after people: look-alikes that stand where a subject would.
SONGS = ["Jolene", "Roxanne", "Layla", "Billie Jean", "Hey Jude", "Michelle", "Eleanor Rigby", "Valerie", "Angie",
         "Gloria", "Delilah", "Mandy", "Lola", "Hallelujah", "Sweet Caroline", "Yesterday", "Africa", "Vogue",
         "Dancing Queen", "Bohemian Rhapsody", "Hotel California", "Rosanna", "Jessie's Girl", "Come On Eileen",
         "Proud Mary", "Peggy Sue", "Suzanne", "Maria", "Wonderwall", "Ruby Tuesday", "Daniel", "Alison"]
COMPANIES = ["Morgan Stanley", "Goldman Sachs", "Johnson & Johnson", "Procter & Gamble", "Ernst & Young",
             "Taylor Made", "Oscar de la Renta", "Ralph Lauren Corp", "Wells Fargo", "Lloyds", "Barclays",
             "Charles Schwab", "Hugo Boss", "Dolce & Gabbana", "Jimmy Choo", "Tory Burch", "Kate Spade",
             "Ben & Jerry's", "Abercrombie & Fitch", "Stanley Black & Decker", "Marks & Spencer", "John Lewis"]
PETS = "Bella Max Luna Charlie Will Daisy Milo Coco Rocky Buddy Molly Simba Oscar Rosie Teddy Bruno".split()
AUTHORS = ["Jane Austen", "Charles Dickens", "Agatha Christie", "Stephen King", "Roald Dahl", "Chinua Achebe",
           "Gabriel García Márquez", "Toni Morrison", "J.K. Rowling", "Haruki Murakami", "Enid Blyton"]
HEROES = ["Kwame Nkrumah", "Nelson Mandela", "Jomo Kenyatta", "Mahatma Gandhi", "Winston Churchill",
          "Martin Luther King", "Simón Bolívar", "Herbert Macaulay", "Obafemi Awolowo", "Julius Nyerere"]
CLAUSES = [
    "my order hasn't arrived", "the shoes are too small", "where is my refund", "can I change the delivery address",
    "the tracking says delivered but nothing came", "order {ORD} is late", "I want to return the {NOUN}",
    "the {NOUN} arrived broken", "do you ship to {CITY}", "I was charged twice", "the parcel is stuck in {CITY}",
    "can you cancel order {ORD}", "the promo code doesn't work", "I never got the confirmation email",
    "is the {BRAND} {NOUN} back in stock", "I bought the {BRAND} {NOUN} last week", "my {NOUN} stopped working",
    "the size guide is wrong", "please call me back", "I need an invoice", "the colour is not what I ordered",
    "it was a gift for {HOLIDAY}", "will it arrive before {HOLIDAY}", "the box was open", "still waiting",
    "thanks for the help", "any update on this", "the item is missing a part", "I'd like to exchange it",
    "the {PRODUCT} won't connect", "do you have the {PRODUCT} in black", "the courier left it outside",
    "the store on {STREET} was closed", "I picked it up from the {CITY} store", "I paid with PayPal",
    "the discount didn't apply", "my account is locked", "I can't log in", "the app keeps crashing",
    "please send a new one", "I'd rather have a refund", "the warranty card is missing", "it smells of smoke",
    "wrong item sent", "the battery died after a day", "how long is the warranty", "can I pay in instalments",
    "the {WORK} box set came damaged", "is {WORK} available in paperback", "the {BRAND} store said to ask you",
    "delivery to {CITY} takes ages", "the driver went to {STREET} instead", "refund still pending",
    "I'd like to speak to a manager", "this is the third time I'm writing", "sorry for the long message",
    "the label is torn", "the zip broke", "i want my money back", "it doesn't fit", "the package was soaked",
    "ok thanks", "no rush", "that's fine", "great, thank you", "perfect", "brilliant, cheers",
    # "I" before an apostrophe and a letter after a degree sign are no initials
    "I've been waiting for ages", "I've had it in my basket for weeks", "I'd like a refund", "I'll wait",
    "is it warm enough for -10°C", "wash at 30°C only", "P.O. {ORD} please change the delivery",
    # sizes are letters too, and order codes are capitals
    "I'm usually between {SIZE} and {SIZE}", "I got {SIZE} instead of {SIZE}", "do you have it in {SIZE}",
    "size {SIZE} please", "{SIZE} or {SIZE}?", "Order {CODE} - can I change the address", "ref {CODE}",
    # a phone's mail signature and "Look," open or close many a message with a capital and no name
    "Sent from my iPhone", "Sent from my {PRODUCT}", "Look, I've explained this twice", "Look, it's simple",
    # a city before its state or country, named after a person or not
    "a hotel in {CITY} {STATE}", "we moved to {CITY}, {STATE}", "the {CITY} {STATE} warehouse",
]
WORD_USES = [
    "I will send it back tomorrow", "can you mark it as delivered", "the rose gold case is scratched",
    "is there a grace period", "I hope it arrives soon", "the bill is wrong", "may I ask why", "the june sale",
    "a summer dress in size 10", "to be frank I'm annoyed", "I had to chase the courier", "the amber light blinks",
    "ruby red lipstick", "the jade green mug", "ivy print wallpaper", "holly wreath for the door",
    "at dawn the van came", "no joy with the tracking", "pat it dry after washing", "I could sue you for this",
    "an art print frame", "I drew a blank on the code", "a guy left it at the door", "a jack for the car",
    "not a penny refunded", "sandy beige sofa", "rusty hinges on arrival", "stone grey cushions",
    "brown leather boots", "white sneakers", "green tea", "black friday deals", "young adult books",
    "king size duvet", "price match please", "rich tea biscuits", "cash on delivery", "the door bell is broken",
    "page not found on checkout", "long sleeve top", "the little one loves it", "wood finish looks cheap",
    "the hill was too steep for the bike", "fox print pyjamas", "the carpenter's pencil set", "baker's twine",
    "a cook book", "miller's thumb", "taylor made clubs", "walker frame for my dad", "parker pen refills",
    "glass cracked", "mason jars", "sterling silver ring", "autumn collection", "sky blue", "river island jeans",
    "storm ruined the box", "august delivery", "sunny weather", "hunter wellies", "chase bank card declined",
    "the victor mouse trap", "april showers umbrella", "may contain nuts", "lane 3 of the car park",
    "the price is too high", "green and white stripes", "little and large", "black and white print",
    # virtue words are names too, but chat says them as words (piiname37: "thanks for ur patience")
    "thanks for ur patience", "thanks for your patience", "thx for the patience", "what a blessing",
    "a precious gift for my mum", "comfort fit jeans", "peace of mind", "a gift for my sister", "no mercy from the courier",
    "the memory card is faulty", "in good faith", "harmony hairspray", "destiny 2 game code", "the journey took 3 weeks",
]
# Chat as typed: text-speak, typos, other languages' words, countries, payment and app names, acronyms, so
# that a short word the list lacks is not taken for a name just for being unknown.
CHAT = ("pls plz ty thx tysm bye cya lol omg btw nvm asap idk imo dont cant wont isnt doesnt didnt theres ive "
        "im u ur ya yall gonna wanna gotta kinda ok okay k hmm umm yeah yep nope bro mate dude hun babe "
        "ordr recieve adress delivry refnd cancle pacakge wich becuase").split()
FOREIGN = ("danke bitte hallo tschüss merci bonjour salut gracias hola quiero necesito obrigado ciao grazie "
           "prego dank je wel hej tack kiitos dzięki spasibo shukran habibi inshallah namaste ji bhai acha "
           "arigato sumimasen kamsahamnida xie xie asante sana grüße liebe viele saludos besos groetjes pozdrawiam "
           "cumprimentos beijos salam shalom abrazos saluti baci").split()
COUNTRIES = ("Ireland Poland Brazil Germany France Spain Italy Portugal Netherlands Belgium Austria Switzerland "
             "Sweden Norway Denmark Finland Iceland Greece Turkey Egypt Nigeria Kenya Ghana Morocco India Pakistan "
             "Bangladesh China Japan Korea Vietnam Thailand Indonesia Malaysia Philippines Australia Canada Mexico "
             "Argentina Chile Peru Colombia Ukraine Romania Hungary Czechia Slovakia Croatia Serbia Scotland Wales "
             "England UK USA EU").split()
APPS = ("PayPal Klarna Afterpay Clearpay Apple Pay Google Pay Venmo Zelle Revolut Monzo TikTok Instagram "
        "WhatsApp Facebook Messenger Telegram Gmail Outlook Amazon eBay Etsy Shopify DHL UPS FedEx USPS "
        "Royal Mail Hermes Evri DPD GLS Yodel PostNL Correos SMS OTP PIN GDPR FAQ CVV IBAN VAT SKU EAN QR "
        "iOS Android Chrome Safari Firefox Wi-Fi Bluetooth USB-C HDMI Amex Visa Mastercard Maestro M-Pesa MTN Airtel "
        "Vodafone Verizon T-Mobile Orange O2 EE Jio Paytm UPI Sofort iDEAL Bancontact Twint Interac").split()
CHAT_CLAUSES = [
    "{C} {C}", "order status {C}", "{C} where is my parcel", "return {C}", "refund {C}", "{C} the code isnt working",
    "paid with {A}", "the {A} payment failed", "sent via {A}", "I'm from {K}", "do you deliver to {K}",
    "shipping to {K} is so slow", "the {A} code never came", "{F}, my order", "{F} {F}", "order from {K} {C}",
    "my {A} app shows nothing", "{C} {C} thanks", "i {C} know", "it says {A} error", "can i pay by {A}",
    "reset password {C}", "{C}", "{F}", "{A}?", "under {A} rules", "the {A} tracking is stuck in {K}",
]
# Other languages' chat (Spanish, Portuguese, Hindi and Tagalog in Latin letters, Indonesian, German, French,
# Turkish, Italian): their everyday words are never names, and names sit in their frames with no English cue.
OTHER_WORDS = {
    "es": ("el la los las un una unos y o que de del en con por para mi tu su ella él ellos nosotros ya no si "
           "pero muy más todo nada hoy mañana ayer pedido paquete tienda caja envío llegó llega recibe deja "
           "portero hermana hermano mamá papá esposo esposa vecino hizo hicieron pagó dijo quiero necesito "
           "gracias hola oye perdón favor cobren sola solo mismo bien mal casa trabajo aquí allí").split(),
    "pt": ("o a os as um uma e ou que de do da em com por para meu minha ele ela eles já não sim mas muito "
           "hoje amanhã ontem pedido caixa veio amassada chegou disseram disse obrigado obrigada resolvido "
           "tudo nada aqui casa vizinho irmã irmão mãe pai").split(),
    "hi": ("mera meri mere aap tum woh yeh ko ka ki ke se mein pe par hai hain tha thi hoga karo kar lena "
           "dena bhai didi ji aur dono ek hi nahi abhi tak aaya gaya bol raha rahi hoon baat call ghar "
           "order parcel box kya kab kahan jaldi please bhejo").split(),
    "tl": ("po ang ng sa si kay ni mga ko mo niya ito iyan yung na pa ba lang naman wala may bukas ngayon "
           "salamat pakisabi nasa bahay gate rider pakiusap opo hindi oo").split(),
    "id": ("saya kamu dia di ke dari dan atau yang ini itu sini sana belum sudah bayar pesanan sampai besok "
           "pagi hari kantor terima kasih tolong ya tidak bisa mau").split(),
    "de": ("der die das und oder ich du er sie wir mit von zu bei für nicht schon noch alles alle haben "
           "hat ist sind bestellt angekommen danke bitte vielen dank nimmt es an heute morgen paket").split(),
    "fr": ("le la les un une et ou je tu il elle nous avec de du pour pas déjà tout merci bonjour demain "
           "commandé colis reçu arrivé chez moi").split(),
    "tr": ("ve ile bir bu şu ben sen o ne zaman mi mı yarın bugün gelir acil lazım iade müşteri no sipariş "
           "teşekkürler merhaba").split(),
    "it": ("il la lo gli e o che di da in con per non già tutto grazie ciao domani ordine pacco arrivato").split(),
}
OTHER_FRAMES = {
    "es": ["gracias {N}, ya llegó todo bien", "{N} y {N} hicieron el mismo pedido", "{N} me dijo que ya pagó",
           "hola, soy la hermana de {N}, ella hizo el pedido", "{N} recibe, si no esta deja con el portero",
           "oye {N}, perdón", "el pedido es para {N}", "soy {N}, mi paquete no llega"],
    "pt": ["obrigado {N}, resolvido!", "{N} e {N} disseram que a caixa veio amassada", "o pedido é da {N}",
           "{N} vai receber, eu não estou em casa"],
    "hi": ["{N} se baat karo", "{N} aur {N} dono ka parcel ek hi box mein aa gaya", "aap {N} ko call kar lena",
           "bhai mera order abhi tak nahi aaya, {N} bol raha hoon", "{N} didi ka order hai", "{N} ji ka parcel"],
    "tl": ["pakisabi kay {N} na nasa gate na yung rider", "salamat po! {N} po ito, yung order ko po",
           "si {N} po ang tatanggap", "kay {N} po ipadala"],
    "id": ["{N} di sini, pesanan saya belum sampai", "{N}, {N} dan {N} sudah bayar", "tolong kirim ke {N}"],
    "de": ["danke {N}, alles angekommen", "{N}, {N} und {N} haben alle bestellt", "vielen Dank, Frau {N} nimmt es an",
           "{N} hat das Paket"],
    "fr": ["merci {N}, à demain", "{N} et moi avons commandé deux chaises", "c'est {N} qui a reçu le colis"],
    "tr": ["{N}, müşteri no {ORD}, iade ne zaman?", "{N} yarın gelir mi?"],
    "it": ["grazie {N}, tutto arrivato", "{N} ha ordinato il pacco"],
}


def other_language(rng, with_names):
    """A line partly or wholly in another language: its words as negatives, names in its frames."""
    lang = rng.choice(sorted(OTHER_WORDS))
    ln = Line(rng)
    if with_names:
        frame = rng.choice(OTHER_FRAMES[lang])
        parts = frame.split("{N}")
        for k, part in enumerate(parts):
            ln.text(part.strip())
            if k < len(parts) - 1:
                ln.name(words=name(rng)[:rng.choice([1, 1, 2])])
    else:
        words = OTHER_WORDS[lang]
        ln.text(" ".join(rng.choice(words) for _ in range(rng.randint(3, 9))).capitalize()
                + rng.choice(["", ".", "?", "!"]))
    if rng.random() < 0.3:
        ln.text(clause(rng))
    return ln


OPENERS = ["hi", "hey", "hello", "good morning", "morning", "hiya", "dear", "yo", "hallo", "bonjour", "hola",
           "good afternoon", "evening", "greetings", "hi there", "thanks", "thank you", "cheers", "ok", "sorry"]
SELF = ["this is", "its", "it's", "im", "i'm", "I am", "my name is", "name's", "name is", "you're speaking to",
        "here is", "hi this is", "it is", "this is mrs", "call me", "they call me", "me llamo", "ich bin",
        "je suis", "sono", "i go by"]
AFTER = ["here", "again", "speaking", "from flat 4", "writing about my order", "from the other day",
         "(the buyer)", "- the seller", "on behalf of my mum", "following up"]
SIGN = ["thanks,", "thanks", "cheers", "regards,", "kind regards,", "best,", "best wishes", "many thanks,", "--",
        "-", "sent by", "from", "signed", "yours,", "ta", "xx", "thx"]
FIELDS = ["Name:", "name:", "Name -", "Recipient:", "recipient", "Contact person:", "Customer:", "From:", "To:",
          "Attn:", "attn", "c/o", "Account holder:", "Cardholder:", "Full name:", "Billing name:", "Deliver to:",
          "Sender:", "Buyer:", "Ordered by:", "Gift for:", "Collected by:", "Signed for by:"]
VERBS = ["said it would be here by Friday", "told me to email you", "promised a refund", "was really helpful",
         "never called back", "signed for it", "will pick it up", "is not home until 6", "ordered it for me",
         "needs the invoice", "has the receipt", "dealt with it last time", "can confirm", "is allergic to wool",
         "loved the colour", "is furious", "paid with her card", "lives next door", "took the parcel",
         "doesn't have an account", "wants to return it", "asked me to chat to you", "is away this week"]
MIDS = ["please send it to", "the parcel is for", "it's a gift for", "addressed to", "leave it with",
        "deliver it to", "it was signed by", "the order is under", "the account is in the name of",
        "the card belongs to", "refund it to", "I spoke to", "I was chatting with", "can you ask", "ask",
        "tell", "please let", "can", "I'm buying this for", "it's for", "same for", "I'm writing for",
        "I ordered with", "the invoice should say", "put it under", "ring", "email", "it got delivered to",
        "my order and", "booked by", "reserved for", "hold it for", "with love from"]


def made_up(rng):
    return "".join(rng.choice(SYL) for _ in range(rng.choice([2, 2, 3]))).capitalize()


def given(rng):
    r = rng.random()
    if r < 0.12:
        return made_up(rng)
    if r < 0.22:
        return rng.choice(COMMON_FIRST).capitalize()
    if r < 0.28:
        return rng.choice(WORD_NAMES).capitalize()
    if r < 0.33:
        return rng.choice(NICKS).capitalize()
    return rng.choice(FIRST).capitalize()


def surname(rng):
    r = rng.random()
    if r < 0.12:
        return made_up(rng)
    if r < 0.17:
        return rng.choice(WORD_NAMES).capitalize()
    s = rng.choice(LAST).capitalize()
    if rng.random() < 0.04:
        s += "-" + rng.choice(LAST).capitalize()
    return s


def name(rng, full_bias=0.5):
    """A name as a list of words, and a form label."""
    r = rng.random()
    if r < 0.30 * (1.5 - full_bias):
        return [given(rng)]
    if r < 0.62:
        return [given(rng), surname(rng)]
    if r < 0.68:
        return [given(rng), given(rng), surname(rng)]
    if r < 0.73:
        return [surname(rng)]
    if r < 0.77:
        return [given(rng)[0] + ".", surname(rng)]
    if r < 0.80:
        return [given(rng), given(rng)[0] + ".", surname(rng)]
    if r < 0.85:
        p = rng.choice(PARTICLES)
        last = surname(rng)
        return [given(rng)] + ([p + last] if p.endswith("'") else p.split() + [last])
    if r < 0.92:
        return [surname(rng).upper() if rng.random() < 0.4 else surname(rng), given(rng)]
    if r < 0.95:
        return [given(rng), surname(rng), rng.choice(["Jr", "Jr.", "Sr", "III"])]
    return [given(rng), surname(rng)]


class Line:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []  # (text, is_name)

    def text(self, t):
        t = fill(self.rng, t)
        if t:
            self.parts.append((t, False))

    def name(self, words=None, title=False):
        words = words or name(self.rng)
        if title and self.rng.random() < 0.5:
            self.parts.append((self.rng.choice(TITLES), False))
            if len(words) > 1 and self.rng.random() < 0.5:
                words = words[-1:]
        possessive = self.rng.random() < 0.05
        self.parts.append((" ".join(words), True))
        if possessive:
            self.parts.append(("'s", False))

    def render(self, case):
        out = []
        for i, (t, is_name) in enumerate(self.parts):
            if case == "lower":
                t = t.lower()
            elif case == "upper":
                t = t.upper()
            elif case == "names-lower" and is_name:
                t = t.lower()
            glue = "" if i == 0 or t[0] in ",.!?:;)'" or t == "'s" else " "
            out.append(glue + ("{{name:" + t + "}}" if is_name else t))
        return "".join(out)


def fill(rng, t):
    for slot, choices in (("{PET}", PETS), ("{AUTHOR}", AUTHORS), ("{HERO}", HEROES), ("{LANG}", LANGUAGES), ("{FAM}", FAMILY), ("{SONG}", SONGS), ("{COMPANY}", COMPANIES), ("{BRAND}", BRANDS), ("{PRODUCT}", PRODUCTS), ("{NOUN}", NOUNS), ("{CITY}", CITIES),
                          ("{STREET}", STREETS), ("{HOLIDAY}", HOLIDAYS), ("{WORK}", WORKS)):
        while slot in t:
            t = t.replace(slot, rng.choice(choices), 1)
    while "{STATE}" in t:
        t = t.replace("{STATE}", rng.choice(["Georgia", "Texas", "Virginia", "Florida", "Ohio", "Ontario", "Queensland",
                                             "Kenya", "Ghana", "Italy", "Oregon", "Montana", "Carolina"]), 1)
    while "{SIZE}" in t:
        t = t.replace("{SIZE}", rng.choice(["S", "M", "L", "XL", "XS", "XXL"]), 1)
    while "{CODE}" in t:
        t = t.replace("{CODE}", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(6, 10))), 1)
    while "{ORD}" in t:
        t = t.replace("{ORD}", rng.choice(["#", "", "no. ", "A"]) + str(rng.randint(10000, 99999999)), 1)
    return t


def chat(rng):
    t = rng.choice(CHAT_CLAUSES)
    for slot, choices in (("{C}", CHAT), ("{F}", FOREIGN), ("{K}", COUNTRIES), ("{A}", APPS)):
        while slot in t:
            t = t.replace(slot, rng.choice(choices), 1)
    return t


def clause(rng):
    r = rng.random()
    return rng.choice(CLAUSES) if r < 0.6 else rng.choice(WORD_USES) if r < 0.8 else chat(rng)


def phone(rng):
    return rng.choice(["+44 7700 {a}{b}", "+1 646 555 0{a}", "(415) 555-0{a}", "0803 555 {a}", "+27 82 555 {a}",
                       "+234 803 {b} {a}", "07{b} {a}{b}", "+91 98{b} {a}{b}", "+254 712 {b}{a}"]).format(
        a=rng.randint(1000, 9999), b=rng.randint(100, 999))


def email(rng):
    return (rng.choice(["sunny.lam", "k.mensah", "jo_b", "shop.orders", "a.rossi", "ptan88"])
            + "@" + rng.choice(["yahoo.com.hk", "gmail.com", "example.org", "outlook.com"]))


# A name beside contact data or closing a line after a dash or comma, the subject of a possessive, asking for
# someone (dev5's shapes: "Faith +1 646 555 0148", "... on Sunday - Bogdan", "reach me at (415) 555-0187, Jade",
# "Shreya's gift card shows zero balance", "asking on behalf of Takeshi: ...").
POSSESSED = ["phone number changed, how do I update it", "gift card shows zero balance", "order never came",
             "parcel is at the wrong depot", "account is locked", "refund went to the old card",
             "address is on the invoice", "size was wrong", "subscription renewed twice", "card got declined"]


def contact_or_closing(rng, ln, c):
    kind = rng.randrange(8)
    short = name(rng)[:rng.choice([1, 1, 2])]
    if kind == 0:
        ln.name(words=short)
        ln.text(rng.choice(["", ",", " -", ":"]) + " " + phone(rng))
    elif kind == 1:
        ln.text(rng.choice(["call", "ring", "text", "whatsapp", "contact"]))
        ln.name(words=short)
        ln.text(rng.choice(["on", "at", "-", ""]) + " " + phone(rng) + rng.choice(["", " when you are outside",
                                                                                     " before delivery"]))
    elif kind == 2:
        ln.text(rng.choice(["reach me at", "call me on", "my number is", "text me"]) + " "
                + rng.choice([phone(rng), email(rng)]) + ",")
        ln.name(words=short)
    elif kind == 3:
        ln.text(email(rng) + rng.choice([" -", ",", " /"]))
        ln.name(words=short)
    elif kind == 4:
        ln.text(c + rng.choice([" -", " - ", " -", ",", " ~", " --"]))
        ln.name(words=short)
    elif kind == 5:
        ln.text(c + rng.choice([", asking for", ". asking for", ", asking on behalf of", ". on behalf of"]))
        ln.name(words=short)
    elif kind == 6:
        ln.text(rng.choice(["asking on behalf of", "asking for", "on behalf of", "writing for"]))
        ln.name(words=short)
        ln.text(rng.choice([":", ",", " -"]) + " " + c)
    else:
        ln.name(words=short)
        ln.parts.append(("'s", False))
        ln.text(rng.choice(POSSESSED + ["{NOUN} " + rng.choice(["arrived broken", "never came", "is the wrong size"])]))


def positive(rng):
    ln = Line(rng)
    kind = rng.randrange(15)
    if kind == 13:
        contact_or_closing(rng, ln, clause(rng))
        return ln
    c = clause(rng)
    if kind == 0:
        ln.text(rng.choice(OPENERS))
        ln.name(title=rng.random() < 0.2)
        ln.text(rng.choice([",", "!", " -", "", ","]))
        ln.text(c)
    elif kind == 1:
        if rng.random() < 0.3:
            ln.text(rng.choice(OPENERS) + rng.choice([",", ""]))
        ln.text(rng.choice(SELF))
        ln.name()
        ln.text(rng.choice([",", " and", ".", "", " -"]))
        ln.text(c)
    elif kind == 2:
        ln.name()
        ln.text(rng.choice(AFTER) + rng.choice([",", ".", ""]))
        ln.text(c)
    elif kind == 3:
        ln.text(c + rng.choice([".", "", "!", ","]))
        ln.text(rng.choice(SIGN))
        ln.name()
    elif kind == 4:
        if rng.random() < 0.4:
            ln.text(c + ".")
        ln.text("my " + rng.choice(RELATIONS))
        ln.name()
        ln.text(rng.choice(VERBS))
    elif kind == 5:
        ln.text(rng.choice(AGENTS) if rng.random() < 0.6 else "")
        ln.name(words=name(rng)[:rng.choice([1, 1, 2])], title=rng.random() < 0.15)
        ln.text(rng.choice(VERBS))
        if rng.random() < 0.3:
            ln.text("but " + c)
    elif kind == 6:
        if rng.random() < 0.4:
            ln.text(c + rng.choice([",", ".", " so"]))
        ln.text(rng.choice(MIDS))
        ln.name(title=rng.random() < 0.25)
        ln.text(rng.choice(["", "please", "at reception", "next door", "instead", "thanks", "not me",
                            "from accounts", "in {CITY}", "on {STREET}", "for {HOLIDAY}", "when it comes"]))
    elif kind == 7:
        ln.text(rng.choice(FIELDS))
        ln.name(title=rng.random() < 0.2)
        if rng.random() < 0.5:
            ln.text(rng.choice([",", " /", " |", ";"]) + " " + c)
    elif kind == 8:
        n = rng.choice([2, 3, 3, 4])
        ln.text(rng.choice(["", "cc", "team:", "the order was for", "gifts for", "we are", "invite",
                            "please add", "staff:", "kids:"]))
        for k in range(n):
            ln.name(words=name(rng)[:rng.choice([1, 2])])
            if k < n - 2:
                ln.text(",")
            elif k == n - 2:
                ln.text(rng.choice([" and", ",", " &", " or"]))
        ln.text(rng.choice(["", "all ordered the same {NOUN}", "will be there", "need invoices", "."]))
    elif kind == 9:
        ln.name()
        ln.text(rng.choice(["", ".", "?", "!", ":)"]))
    elif kind == 10:
        a, b = c, clause(rng)
        ln.text(a + ",")
        ln.name(words=name(rng)[:rng.choice([1, 2])])
        ln.text(rng.choice(["says", "thinks", "wants to know if", "asked whether", "and I think"]) + " " + b)
    elif kind == 11:
        # A name (or two) opening the line as the subject, no cue: "Blessing said to leave it with security";
        # a quarter of them words that are names ("Will picked up the parcel", "Chase here"; piiname37, dev6).
        opener = [rng.choice(WORD_NAMES).capitalize()] if rng.random() < 0.25 else name(rng)[:rng.choice([1, 1, 2])]
        ln.name(words=opener)
        if rng.random() < 0.35:
            ln.text(rng.choice([" and", ",", " &"]))
            ln.name(words=name(rng)[:1])
            ln.text(rng.choice(["are both on the account", "both ordered the same {NOUN}", "are twins",
                                "split the order", "want separate invoices"]))
        else:
            ln.text(rng.choice(VERBS + ["reckons the box was opened", "already tried resetting the password",
                                        "wrote yesterday about the {NOUN}", "is picking it up", "placed it",
                                        "handles returns in our office", "says the {NOUN} is fake",
                                        "wants her size changed", "is the name on the card", "will collect"]))
    else:
        ln.text(rng.choice(["the parcel for", "is this", "are you", "was it", "did", "has"]))
        ln.name()
        ln.text(rng.choice(["?", "still around?", "the one who called?", "around today?", "the manager?"]))
    return ln


# Words that are also names, opening a line as words ("Will it arrive", "Mark it as urgent", "Chase Bank").
LINE_OPENING_WORDS = ["Will it arrive before Friday?", "Will do, thanks.", "Will you refund the shipping?",
                      "Mark it as urgent please.", "Mark the order as a gift.", "Chase the courier for me.",
                      "Chase Bank declined the card.", "Bill me on the company card.", "Bill pay is missing.",
                      "Hope it ships soon.", "Hope so.", "Grace period ends friday.", "Frank question:",
                      "Sue me, I forgot the password.", "Rose gold or silver?", "Hunter wellies are a size off.",
                      "Sterling silver, not plated.", "Amber light keeps blinking.", "Miles away from the depot.",
                      "Ruby red is sold out.", "Joy, another delay.", "Summer sale prices?", "Skip the gift wrap.",
                      "Price match please.", "Young adult books section?", "King size please.", "Rich tea biscuits."]


def negative(rng):
    ln = Line(rng)
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        t = clause(rng)
        if rng.random() < 0.3:
            t = rng.choice(OPENERS) + rng.choice([", ", " ", "! "]) + t
        ln.text(t + rng.choice([".", ",", "", "!", "?"]))
    if rng.random() < 0.08:
        # The same words opening a line as words: a modal, an imperative, a noun (dev6's pairs, piiname37).
        ln.parts.insert(0, (rng.choice(LINE_OPENING_WORDS), False))
    if rng.random() < 0.1:
        # Pets, authors and streets named after people, mail headers: the same words, not a person to protect.
        ln.text(rng.choice(["the dog's name is {PET}, he chewed the parcel", "the cat is called {PET} and she loves it",
                            "a collar tag that says {PET}", "{AUTHOR} complete works, the cover is torn",
                            "the {AUTHOR} box set", "the shop on {HERO} Avenue said no returns",
                            "{HERO} Road branch is closed", "Sent: Tuesday 3 March Subject: wrong size"]))
    if rng.random() < 0.35:
        ln.text(rng.choice(["what is {LANG} for thank you", "do you have the manual in {LANG}",
                            "{LANG} subtitles please", "a card from {FAM} please", "{FAM} loved it",
                            "it's for {FAM}", "tell {FAM} it's coming", "{FAM} and I both ordered one",
                            "{SONG} and {SONG} are on the playlist but the speaker won't pair",
                            "{SONG} by the band, the vinyl skips at 3:10", "{SONG} 12\" single, sleeve bent",
                            "{COMPANY} is the company on the invoice", "{COMPANY} pays, not me",
                            "{BRAND} {NOUN} was 30% off yesterday", "{BRAND}, {BRAND} and {BRAND} were all in the sale",
                            "I love my {BRAND} {NOUN}", "do you sell {BRAND}", "{BRAND} or {BRAND}?",
                            "the {PRODUCT} is great", "my {PRODUCT} broke", "flying to {CITY} on {HOLIDAY}",
                            "the {CITY} branch on {STREET}", "reading {WORK} again", "{WORK} poster"]))
    return ln


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines", type=int, default=40000)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for _ in range(a.lines):
        r = rng.random()
        ln = (other_language(rng, r < 0.04) if r < 0.08 else positive(rng) if r < 0.64 else negative(rng))
        r = rng.random()
        case = "lower" if r < 0.2 else "upper" if r < 0.24 else "names-lower" if r < 0.32 else "as-is"
        text = ln.render(case)
        if case == "as-is" and rng.random() < 0.5 and text[0].islower() and not text.startswith("{{"):
            text = text[0].upper() + text[1:]
        print(text.replace("  ", " ").strip())


if __name__ == "__main__":
    main()
