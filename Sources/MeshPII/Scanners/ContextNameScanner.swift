/// People's names without a cue phrase: capitalised words that the name lexicon knows ("hey its Tom
/// Becker", "Ahmed Hassan here", "my wife Eva Novak", "thanks Rebecca"), and any capitalised words
/// after a relation or greeting ("my partner Sarah O'Connor"). Names of brands, products and famous
/// people used as products ("Calvin Klein jeans", "the Florence sofa", "Taylor Swift vinyl") are left
/// alone: a brand list, a product word just after, or an article just before says so.
enum ContextNameScanner {
  /// Words before a name that make it one even when the lexicon does not know it.
  static let relationCues = WordSet(words: [
    "wife", "husband", "partner", "son", "daughter", "brother", "sister", "mum", "mom", "mother", "dad", "father",
    "friend", "neighbour", "neighbor", "colleague", "boss", "cousin", "nephew", "niece", "girlfriend", "boyfriend",
    "uncle", "aunt", "grandma", "grandmother", "grandpa", "grandfather", "flatmate", "roommate", "fiancé", "fiance",
    "fiancée", "kid", "child", "mother-in-law", "father-in-law", "assistant", "manager", "tenant", "landlord",
    // The people of a building that delivery notes hand parcels to ("the doorman Luis", "o porteiro Seu Zé", "la
    // vecina Carmen"), in the marketplace's languages.
    "doorman", "concierge", "porter", "caretaker", "receptionist", "housekeeper", "nanny", "janitor", "superintendent",
    "porteiro", "porteira", "portero", "portera", "conserje", "portier", "portiere", "hausmeister", "gardien",
    "gardienne", "nachbar", "nachbarin", "vizinho", "vizinha", "vecino", "vecina", "voisin", "voisine", "vicino",
    "vicina", "buurman", "buurvrouw",
    // More of the people a buyer names (pii47): school and work mates, step and god family, in-laws written joined.
    "classmate", "schoolmate", "teammate", "coworker", "co-worker", "workmate", "housemate", "stepson", "stepdaughter",
    "stepmom", "stepmum", "stepdad", "stepmother", "stepfather", "stepsister", "stepbrother", "grandson",
    "granddaughter", "godmother", "godfather", "godson", "goddaughter", "sister-in-law", "brother-in-law",
    "son-in-law", "daughter-in-law",
    // Kin as chat writes it (pii55): "my grandad paddy", "my hubby Tunde", "my sis Ama".
    "grandad", "granddad", "granny", "gran", "nan", "nanna", "auntie", "aunty", "hubby", "sis", "bro",
    // Kin in the marketplace's other languages, before a given name ("mi hijo Diego", "ma fille Lou", "meine Tochter
    // Lena", "mio marito Pietro", "meu filho Tiago", "mijn dochter Fenna"); words that are also titles or English
    // words ("Frau", "Mann", "pai") are left out.
    "hijo", "hija", "esposo", "esposa", "marido", "hermano", "hermana", "abuela", "abuelo", "sobrino", "sobrina",
    "nieto", "nieta", "cuñado", "cuñada", "suegra", "suegro", "fils", "fille", "mari", "frère", "sœur", "soeur",
    "cousine", "neveu", "nièce", "sohn", "tochter", "bruder", "schwester", "enkel", "enkelin", "zoon", "dochter",
    "broer", "zus", "filho", "filha", "irmão", "irmã", "neto", "neta", "figlio", "figlia", "marito", "moglie",
    "fratello", "sorella", "nipote", "syn", "córka", "corka", "siostra", "wnuczka", "wnuk",
    // More kin and neighbours of the marketplace's languages (pii56): Dutch in-laws, Italian, Spanish, Indonesian,
    // Filipino, Swahili and Polish ("mijn schoonmoeder Willemijn", "mia nonna Concetta", "tetangga saya Budi").
    "schoonmoeder", "schoonvader", "schoonzus", "schoonbroer", "tante", "oom", "vriendin", "collega", "nonna", "nonno",
    "zia", "zio", "cugino", "cugina", "suocera", "suocero", "tía", "tío", "prima", "abuelita", "abuelito", "adik",
    "kakak", "istri", "suami", "tetangga", "pinsan", "kapatid", "asawa", "kapitbahay", "jirani", "mke", "mume",
    "teściowa", "sąsiad", "sąsiadka", "żona", "mąż",
  ])
  /// Words before a name: greetings, thanks, sign-offs, "it's", and people's roles.
  static let softCues = WordSet(words: [
    "hi", "hey", "hello", "dear", "thanks", "thank", "thx", "cheers", "bye", "regards", "best", "sincerely",
    "its", "it's", "it’s", "im", "i'm", "i’m", "is", "from", "for", "to", "with", "ask", "asked", "tell", "ring",
    "recipient", "holder", "attn", "c/o", "courier", "driver", "agent", "advisor", "adviser", "signed", "sent",
    "by", "morning", "evening", "again", "yo", "ok", "okay", "name", "named", "called", "put", "soy", "c'est",
    "est", "bin", "ich", "sono", "you", "u", "and", "ms", "mrs", "mr", "dr", "miss", "prof", "--", "—", "ty",
    "let", "tysm", "spoke", "talked", "emailed", "told", "via", "under", "call", "hiya", "howdy", "bonjour",
    "bonsoir", "salut", "hola", "buenas", "ciao", "salve", "hallo", "moin", "servus", "hej", "hoi", "merhaba",
    "olá", "ola", "oi", "namaste", "salaam", "salam", "shalom", "afternoon", "text", "txt", "sms", "whatsapp",
    "message", "msg", "email", "e-mail", "ping", "contact", "phone", "dm", "ta", "thankyou", "thanku",
    // People's roles in deliveries and support ("the rider Jun-Jun", "the installer Tomasz").
    "rider", "rep", "representative", "supervisor", "dispatcher", "technician", "installer", "postman", "mailman",
    // Account holders named beside a bank account in other languages ("IBAN …, titulaire Éric Dubois").
    "titulaire", "titular", "inhaber", "kontoinhaber", "inhaberin", "kontoinhaberin", "beneficiary", "bénéficiaire", "beneficiario", "payee",
    "intestatario", "intestataria",
    // Sign-offs of letters and e-mails in other languages ("Saludos, Itzel", "Pozdrawiam, Kasia").
    "grüße", "grüßen", "grüsse", "gruß", "gruss", "cordialement", "saludos", "atentamente", "saluti",
    "atenciosamente", "groet", "groeten", "pozdrawiam", "hälsningar", "hilsen", "terveisin", "mfg",
  ])
  /// Cues after which a lower-case name is still a name ("hey its jake miller", "my wife anna schulz").
  static let identityCues = WordSet(words: ["its", "it's", "it’s", "im", "i'm", "i’m", "is", "am", "me", "soy",
                                            "c'est", "bin", "sono"])
  /// Words after a name that make it one: "Ahmed Hassan here", "Zoe here!", "Hannah Müller hier".
  static let trailingCues = WordSet(words: ["here", "hier", "ici", "aquí", "speaking", "again", "writing"])
  /// Weaker words after a given name: "Lucy from your team", "jonas from berlin", "Vincent got soaked".
  static let softTrailingCues = WordSet(words: ["from", "at", "in", "said", "says", "told", "promised", "asked",
                                                "know", "will", "can", "has", "is", "was", "and", "who", "called",
                                                "got", "took", "picked", "sent", "can't", "can’t", "cant", "won't",
                                                "won’t", "didn't", "didn’t"])
  /// Words that after a capitalised pair make it a product: "Calvin Klein jeans", "Paris Hilton perfume".
  static let productWords = WordSet(words: """
    jeans shirt shirts tshirt t-shirt tee polo top perfume parfum fragrance aftershave cologne edt edp watch watches
    bag bags handbag tote purse wallet cap hat beanie sunglasses glasses vinyl cd cds dvd blu-ray poster posters print
    prints canvas painting biography book books novel novels box set sets collection jersey kit racket puzzle mug
    mugs cup dress dresses skirt shoes shoe boots heels trainers sneakers sandals slippers loafers coat jacket
    hoodie sweater jumper cardigan suit suits socks boxers underwear bra lipstick mascara foundation cream serum
    lotion makeup bedding sheets pillow duvet towel towels soap shampoo conditioner candle candles lamp sofa chair
    table desk bed plush toy toys doll figure figurine lego cable charger case cover strap backpack belt scarf
    gloves tie ring necklace bracelet earrings edition range line brand store shop outlet gift card tickets ticket
    concert album albums song songs movie movies film films quote replica topper jam rice beer wine whisky vodka
    gin mix sauce tea coffee chocolate cake costume mask wig costume game games console shorts trousers pants
    leggings swimsuit bikini jumpsuit blazer vest gilet parka raincoat umbrella luggage suitcase wristwatch
    sneaker trainer boot heel sandal bedside sunglass lens camera phone laptop tablet headphones speaker speakers
    sunscreen spray deodorant razor brush comb dryer straightener iron kettle toaster blender mixer pan pot pans
    pots knife knives plate plates bowl bowls glass vase frame frames rug curtain curtains mattress cushion
    lipgloss eyeliner palette nail polish wax oil dinner tennis hockey football basketball golf ml 50ml 100ml
    jerseys hoodies tees caps kits figures figurines dolls 30ml 75ml cakes biscuits cookware cookbook recipes memoir tent kit refill pen tractor photo storage boxes organiser organizer magazine magazines newspaper calendar calendars biographies autobiography dvds vinyls lp records record biopic documentary musical show tour
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words that stand between a person and the thing done for them, never inside a product's name: "tell Pilar
  /// the box came", "for Fatima Zahra please, gift wrap".
  static let determiners = WordSet(words: ["the", "a", "an", "my", "your", "his", "her", "our", "their", "this",
                                           "that", "these", "those", "some", "any", "please", "pls", "plz"])
  /// Words just before a capitalised pair that make it a thing, not a person: "the Florence sofa".
  static let articles = WordSet(words: ["the", "a", "an", "any", "some", "this", "these", "that", "those", "our",
                                        "new", "original", "genuine", "fake", "vintage", "used", "buy", "sell",
                                        "stock", "love", "like", "want", "got", "ordered", "about", "of"])
  /// Brands and characters named like people (lower case, words spaced).
  static let brands: [[UInt64]] = phraseHashes("""
    calvin klein|tommy hilfiger|ralph lauren|hugo boss|michael kors|kate spade|tom ford|paul smith|ted baker|
    marc jacobs|tory burch|vera wang|stella mccartney|jimmy choo|christian louboutin|christian dior|yves saint laurent|
    giorgio armani|donna karan|kenneth cole|steve madden|ben sherman|jack wills|levi strauss|estée lauder|
    estee lauder|helly hansen|victoria beckham|karl lagerfeld|tommy bahama|charlotte tilbury|martha stewart|
    paul mitchell|john lewis|jean paul gaultier|carolina herrera|oscar de la renta|alexander mcqueen|
    vivienne westwood|betsey johnson|rebecca minkoff|sam edelman|stuart weitzman|anne klein|liz claiborne|
    nicole miller|john varvatos|bobbi brown|laura mercier|mary kay|john frieda|tom dixon|jack daniel's|
    jack daniels|jim beam|johnnie walker|ben jerry's|harry potter|hello kitty|peppa pig|mickey mouse|minnie mouse|
    winnie the pooh|thomas the tank|ronald mcdonald|betty crocker|sara lee|victoria's secret|victoria secret|
    jack wolfskin|tommy jeans|marc o'polo|hugo|ray ban|james perse|paul frank|kurt geiger|emilio pucci|
    ralph|jordan|dolce gabbana|miu miu|max mara|vera bradley|jo malone|molton brown|charles tyrwhitt|
    thomas sabo|pandora|tiffany|hermès|hermes|lacoste|fred perry|jack jones|ted lapidus|coco chanel|
    sherlock holmes|mary poppins|peter pan|james bond|austin powers|bob the builder|paddington bear|barbie|
    uncle ben's|uncle bens|aunt jemima|dr oetker|dr martens|mrs meyer's|mrs meyers|prince albert|london pride|
    paris saint-germain|paris hilton|charlie brown|willy wonka|hannah montana|dora explorer|mario kart|super mario|
    le creuset|elizabeth arden|elizabeth taylor|aston martin|anna karenina|don quixote|jane eyre|oliver twist|
    david copperfield|madame bovary|tom sawyer|huckleberry finn|robinson crusoe|dorian gray|forrest gump|
    jerry maguire|billy elliot|erin brockovich|mona lisa|anne frank|frida kahlo|van gogh|don juan|peter rabbit|
    curious george|bridget jones|tom jones|nancy drew|harry styles|taylor swift|ed sheeran|billie eilish|
    santa claus|father christmas|saint nicholas|st nicholas|best buy|philips|trader joe's|trader joes|
    marks spencer|macy's|kohl's|lowe's|wendy's|sainsbury's|mcdonald's|papa john's|tim hortons|dr pepper|
    harley davidson|rolls royce|johnson johnson|procter gamble|dolce|ben jerry|louis vuitton|salvatore ferragamo|
    jp morgan|morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|hargreaves lansdown|edward jones|
    raymond james|captain morgan|harrison ford|jamie oliver|gordon ramsay|agatha christie|jane austen|stephen king|
    roald dahl|charles dickens|sam's club|mr kipling|arby's|claire's|dillard's|denny's|domino's|carter's|burt's bees|
    burts bees|dr bronner's|mrs fields|tony's chocolonely|ben's original|
    mr bean|gabriel garcía márquez|gabriel garcia marquez|garcía márquez|garcia marquez|ali baba|alibaba|
    george foreman|dolly parton|lara croft|elvis presley|marilyn monroe|bob marley|michael jackson|whitney houston|
    freddie mercury|john lennon|paul mccartney|david bowie|frank sinatra|johnny cash|kim kardashian|kylie jenner|
    nigella lawson|joe wicks|lady gaga|michelle obama|mary berry|delia smith|indiana jones|luke skywalker|han solo|darth vader|
    hong kong|romeo and juliet|tom and jerry|bear grylls|rosie the riveter|granny smith|don quijote|dom casmurro|o alquimista
    """)
  /// Capitalised words that are not names even when the lexicon lists them as such.
  static let notNames = WordSet(words: """
    will may june april august hope grace joy faith rose summer autumn winter spring ivy lily daisy iris holly
    amber ruby pearl crystal star sky sunny dawn eve christian mark bill grant rich frank sterling price major king
    prince duke earl baron lord judge sheriff doctor nurse page cook baker mason carpenter hunter fisher gardener
    brown green white black gray grey red blue pink gold silver orange violet navy olive jade ginger hazel
    chase bob jack pat sue don ray guy dick art bud buck sonny dusty rusty happy lucky mercy glory honey sugar
    candy cherry berry apple pepper salt sage basil angel precious heaven trinity genesis destiny harmony
    melody liberty justice unity paris london berlin florence austin victoria charlotte madison jackson
    houston dallas phoenix denver sydney chelsea kingston chester lincoln washington jordan israel china india
    georgia virginia carolina dakota montana nevada kansas alabama tennessee indiana florida brooklyn chelsea
    asia africa america europe nike adidas apple amazon google samsung sony prime express standard premium
    royal mail post office customer service support team store shop order delivery parcel package refund
    return returns payment invoice account password tracking courier driver agent manager sale sales
    new old big small best good great nice fine happy sorry dear hi hello hey thanks thank please so ok
    merry christmas xmas easter valentine valentine's halloween thanksgiving diwali eid hanukkah ramadan
    nana nan nanna gran granny grandma grandpa grandad granddad mum mom dad papa mama auntie nanny
    france ireland northern southern alexa siri cortana okey dokey
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let words = ByteWords.split(b)
    lowerCaseNames(b, words, into: &out)
    capitalLetterNames(b, words, into: &out)
    lineOpeners(b, words, into: &out)
    staffOpeners(b, words, into: &out)
    namesBeforeHouseNumbers(b, words, into: &out)
    calledNames(b, words, into: &out)
    owners(b, words, into: &out)
    contractedNames(b, words, into: &out)
    pronounReferents(b, words, into: &out)
    mailHeaderNames(b, words, into: &out)
    doorbellNames(b, words, into: &out)
    namesBeforeAsides(b, words, into: &out)
    namesAfterPersonNouns(b, words, into: &out)
    wordGivenNames(b, words, into: &out)
    namesLabelledAfter(b, words, into: &out)
    personSlots(b, words, into: &out)
    namesAfterFormLabels(b, words, into: &out)
    wordNameContexts(b, words, into: &out)
    lowerWordNames(b, words, into: &out)
    capitalWordNames(b, words, into: &out)
    mentionedNames(b, words, into: &out)
    namesBesideAddresses(b, words, into: &out)
    honorificNames(b, words, into: &out)
    foreignCuedNames(b, words, into: &out)
    SpelledNameScanner.scan(b, into: &out)
    var i = 0
    while i < words.count {
      guard isNameWord(words[i]) else { i += 1; continue }
      // "Buurvrouw Ans is altijd thuis", "Neighbour Tomasz has it": a relation opening a sentence is the name's cue.
      // Only at a sentence's start and not before a possessive: "the seller Uncle Bob's Tools" is a shop.
      if relationCues.contains(words[i].hash), i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]),
         isNameWord(words[i + 1]), !endsPossessive(b, words[i + 1]),
         i == 0 || lineBreak(b, between: words[i - 1], and: words[i]) || kinBeforeNames.contains(words[i].hash) {
        i += 1
        continue
      }
      // The run of capitalised words, with particles ("van", "de", "al") inside, single spaces apart.
      var end = i
      var j = i + 1
      while j < words.count, j - i < 4, ByteWords.spaced(b, words[j - 1], words[j]), !fieldLabel(b, words[j]) {
        if particles.contains(words[j].hash), let k = nameAfterParticles(b, words, j) {
          // "Joost van den Berg", "Maria Clara Santos Dela Cruz": the particles and the name word after them, asked
          // first so a capitalised particle does not use up one of the run's four words.
          end = k
          j = k
        } else if isNameWord(words[j]) && words[j].hash != words[i].hash {
          end = j
        } else if j + 1 < words.count, j - i < 3, middleWordName(words[j]), ByteWords.spaced(b, words[j], words[j + 1]),
                  isNameWord(words[j + 1]) {
          // "Rosa May Ibekwe", "Maisie June Fitzgerald": a given name that is also a stop word, between name words.
          end = j + 1
          j += 1
        } else {
          break
        }
        j += 1
      }
      if var name = decide(b, words, i, end) {
        // "Sean Patrick O'Malley jr": a suffix belongs to the name.
        if end + 1 < words.count, suffixes.contains(words[end + 1].hash), ByteWords.spaced(b, words[end], words[end + 1]) {
          name.end = words[end + 1].end
        }
        out.append(name)
      } else if end == i, end + 1 < words.count, words[end + 1].hash == words[i].hash, ByteWords.spaced(b, words[i], words[i + 1]),
                NameLexicon.firstNames.contains(words[i].hash), !notNames.contains(words[i].hash) {
        // "Arjun Arjun Kapoor": a given name typed twice, the first time alone (enter pressed too early).
        out.append(Candidate(type: .name, start: words[i].start, end: words[i].end))
      }
      i = end + 1
    }
  }

  /// Lower-case names after a relation or identity cue, when the lexicon knows them: "hey its jake
  /// miller", "my wife anna schulz", "this is jonas".
  static func lowerCaseNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    // "tom here, forgot my password": a lower-case given name opening the text with a trailing cue.
    if words.count >= 2, !words[0].capitalised, words[0].digits == 0, ByteWords.spaced(b, words[0], words[1]),
       trailingCues.contains(words[1].hash), NameLexicon.firstNames.contains(words[0].hash),
       !notNames.contains(words[0].hash), !NameScanner.stopWords.contains(words[0].hash),
       !commonLowerWords.contains(words[0].hash) {
      out.append(Candidate(type: .name, start: words[0].start, end: words[0].end))
    } else if words.count >= 3, lowerCaseName(words[0], NameLexicon.firstNames),
              lowerCaseName(words[1], NameLexicon.surnames) || lowerCaseName(words[1], NameLexicon.firstNames),
              ByteWords.spaced(b, words[0], words[1]),
              ByteWords.spaced(b, words[1], words[2]) && trailingCues.contains(words[2].hash)
                || b[words[1].end] == 0x2C && !softCues.contains(words[0].hash) && !softCues.contains(words[1].hash) {
      // "tomasz zielinski here", "eleanor vance, order 44710": a given name and a surname, both lower case,
      // opening the text with a trailing cue or a comma.
      out.append(Candidate(type: .name, start: words[0].start, end: words[1].end))
    }
    greetedLowerCaseNames(b, words, into: &out)
    var i = 1
    while i < words.count {
      let w = words[i]
      let cue = words[i - 1]
      // "send to mister park at …", "ask mrs kowalski": after a title any listed name is a person's, even one that is
      // an English word, unless the pair is a listed brand.
      if !w.capitalised, w.digits == 0, w.letters >= 2, personalTitles.contains(cue.hash), ByteWords.spaced(b, cue, w),
         NameLexicon.surnames.contains(w.hash) || NameLexicon.firstNames.contains(w.hash),
         !NameScanner.stopWords.contains(w.hash), !commonLowerWords.contains(w.hash), !brands.contains([cue.hash, w.hash]) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
        i += 1
        continue
      }
      // "the parcel is for tom, not for me", "from greta to lars,": a listed given name that closes the clause after
      // a word that takes a person is a name even when the English word list holds it ("tom", "lars"); places and
      // things named like people stay ("to paris,", "for christian,").
      let closingPerson = personPrepositions.contains(cue.hash) && closesClause(b, w) && !namedThings.contains(w.hash)
        && !placeGivenNames.contains(w.hash) && !languages.contains(w.hash)
      // A name's particle alone is an article or a preposition ("mi vecino del 3B").
      guard !w.capitalised, w.digits == 0, w.letters >= 2, !lowerCaseShops.contains(w.hash), !particles.contains(w.hash),
            ByteWords.spaced(b, cue, w) && (relationCues.contains(cue.hash)
              || identityCues.contains(cue.hash) && identityHolds(words, i - 1) || cue.hash == nameHash
              || personPrepositions.contains(cue.hash) && !EnglishWords.common.contains(w.hash) && !namedThings.contains(w.hash)
                && !(placePrepositions.contains(cue.hash) && EnglishWords.proper.contains(w.hash))
              || closingPerson || namedByRole(cue, w))
              || greetingAgain(b, words, i),
            NameLexicon.firstNames.contains(w.hash), !notNames.contains(w.hash),
            !NameScanner.stopWords.contains(w.hash), !commonLowerWords.contains(w.hash) else { i += 1; continue }
      var end = w.end
      if i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]), !words[i + 1].capitalised,
         NameLexicon.surnames.contains(words[i + 1].hash), !NameScanner.stopWords.contains(words[i + 1].hash),
         !commonLowerWords.contains(words[i + 1].hash), !productWords.contains(words[i + 1].hash),
         // "my auntie bisi said …": a verb after the name is no surname, though "Said" is one.
         !personVerbs.contains(words[i + 1].hash), !softTrailingCues.contains(words[i + 1].hash) {
        end = words[i + 1].end
        i += 1
      }
      out.append(Candidate(type: .name, start: w.start, end: end))
      i += 1
    }
  }

  /// Languages and nationalities, some of them given names ("translate to german", "switch it to french").
  static let languages = WordSet(words: """
    german english french spanish italian dutch polish russian portuguese turkish greek swedish danish norwegian
    finnish chinese japanese korean arabic hindi hebrew irish welsh scottish american british
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Shops and fashion houses named like women that shoppers write in lower case ("ordered from zara", "return it
  /// to sephora"); capitalised, "Zara" stays a given name to the other rules.
  static let lowerCaseShops = WordSet(words: ["zara", "sephora", "chanel", "celine", "mango"])
  /// Titles that only stand before a person's name, in lower case too (not "dr", a drive in addresses, nor "sir" or
  /// "miss", which close or open sentences: "yes sir will do", "i miss rose gold").
  static let personalTitles = WordSet(words: ["mr", "mrs", "ms", "mister", "missus", "madame", "monsieur", "herr", "herrn", "frau",
                                              "señor", "señora", "senor", "senora", "signor", "signora"])
  /// Colours, which follow a word given name as a shade ("Rose Gold", "Sky Blue", "Jade Green") and are surnames too.
  static let colourWords = WordSet(words: """
    gold silver brown green white black grey gray red blue pink orange violet navy olive jade ivory rose cream
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Places on the not-name list that the lexicons hold as given names ("London Bridge", "Paris Hilton").
  static let placeGivenNames = WordSet(words: """
    paris london berlin florence austin houston dallas phoenix denver sydney chelsea kingston chester lincoln
    washington jordan israel china india georgia virginia carolina dakota montana nevada brooklyn
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words before a person's name that take a lower-case one the lexicon lists and the English word list does
  /// not ("for aisha please", "from omar:", "refund to fatima", "with youssef on speaker", "attn katarzyna").
  static let personPrepositions = WordSet(words: ["for", "from", "to", "with", "attn", "cc", "tell", "ask", "asked",
                                                  "told", "via", "by"])
  /// The prepositions of `personPrepositions` that take places, languages and authors as often ("delivery to hong
  /// kong", "translate to german", "books by stephen king"): after them a proper noun of the English word list
  /// is left alone.
  static let placePrepositions = WordSet(words: ["to", "by"])
  /// Lower-case words that the census lists as names but that chat uses as words.
  static let commonLowerWords = WordSet(words: """
    will may june april august hope grace joy faith rose summer ivy lily daisy holly ruby pearl crystal star sky
    sunny dawn eve mark bill grant rich frank king page cook baker mason hunter brown green white black gray grey
    red blue pink gold silver orange chase bob jack pat sue don ray guy art buck lucky happy mercy honey sugar
    candy cherry berry pepper sage angel so ok okay sure fine good great back still waiting here there just
    really very also only even ever never now then soon late early long short tall young old new big little
    sorry glad free busy away home out done gone going coming trying looking calling writing asking wondering
    hoping having getting sending ordering returning moving travelling traveling working stuck lost confused
    not no yes the a an my your our their his her its this that these those what who why how when where which
    worried annoyed angry upset unhappy disappointed frustrated tired ready able unable afraid sick ill fed
    an in on at to of by for with from about as into over under after before between during through
    mens womens ladies kids unisex love luv darling dear hun hon babe mate sweetie sweetheart
    patience blessing blessings precious memory comfort favour favor goodness peace gift wisdom miracle journey
    destiny harmony charity honour honor ha haha hehe lol lmao
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  static let particles = WordSet(words: ["ó", "Ó", "ní", "Ní", "uí", "Uí", "nic", "bint", "binti", "ter", "ten", "zu", "dei", "dela", "abu",
                                         "ould", "ap", "ul", "ud", "arap", "lo", "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la",
                                         "le", "al", "el", "bin", "ibn", "ben", "mac", "st", "dos", "das"])

  /// The index of the name word after the particles starting at `words[j]` ("van den Berg"), or nil.
  static func nameAfterParticles(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ j: Int) -> Int? {
    var k = j
    while k + 1 < words.count, k - j < 3, particles.contains(words[k].hash), ByteWords.spaced(b, words[k], words[k + 1]) {
      k += 1
      if isNameWord(words[k]) { return k }
    }
    return nil
  }

  /// A word that can be part of a name: capitalised, letters only, not all capitals, not a stop word.
  static func isNameWord(_ w: ByteWord) -> Bool {
    w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 2 && !NameScanner.stopWords.contains(w.hash)
      && !contractions.contains(w.hash)
      && !PostalAddressScanner.notPlaceWords.contains(w.hash) && !AddressScanner.streetTypes.contains(w.hash)
  }

  /// Whether `words[first...last]` is a person's name here, and its span (a brand's words trimmed off).
  static func decide(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Candidate? {
    var first = first
    // A brand at the start of the run: skip its words ("Calvin Klein jeans", "Ralph Lauren cap").
    // "attn Jordan Ellis": a one-word brand before a known surname, after a cue, is a given name.
    let cuedSurname = first > 0 && softCues.contains(words[first - 1].hash) && last > first
      && NameLexicon.surnames.contains(stem(b, words[last])) && !notNames.contains(words[last].hash)
    for brand in brands where brand.count <= last - first + 1 && !(brand.count == 1 && cuedSurname) {
      if (0..<brand.count).allSatisfy({ words[first + $0].hash == brand[$0] || stem(b, words[first + $0]) == brand[$0] }) {
        first += brand.count
        break
      }
    }
    guard first <= last else { return nil }
    // "Dr. Martens", "Uncle Ben's rice": a brand whose first word is the title or relation before the run.
    if first > 0, brands.contains(where: { brand in
      brand.count >= 2 && first - 1 + brand.count <= last + 1
        && (0..<brand.count).allSatisfy { words[first - 1 + $0].hash == brand[$0] || stem(b, words[first - 1 + $0]) == brand[$0] }
    }) { return nil }
    // "Mrs Patel", "Dr Amelia Stone": the title is a cue before the name, not part of it.
    if first < last, titles.contains(words[first].hash) { first += 1 }
    // "J. Morrison", "A. J. Fitzgerald": initials (one capital letter and a dot) right before the run belong
    // to the name, but "M." before two words or more is the French "Monsieur" ("M. Louis Gauthier").
    var cueIndex = first
    while cueIndex > 0, first - cueIndex < 2, isInitial(b, words[cueIndex - 1], before: words[cueIndex]),
          !(words[cueIndex - 1].hash == monsieurHash && (last > first || frenchBefore(words, cueIndex - 1))) {
      cueIndex -= 1
    }
    let nameStart = words[cueIndex].start
    let count = last - cueIndex + 1
    let previous = cueIndex > 0 ? words[cueIndex - 1] : nil
    let before2 = cueIndex > 1 ? words[cueIndex - 2] : nil
    let next = last + 1 < words.count ? words[last + 1] : nil
    let afterNext = last + 2 < words.count ? words[last + 2] : nil
    // A product word right after (or one word later): the capitalised words name a product. Not across a field's
    // separator ("Customer: Siddharth Iyer / Phone: …", "Anna Weber | Phone"): a new field names no product.
    if let n = next, !(words[last].end..<n.start).contains(where: { fieldSeparators.contains(b[$0]) }),
       productWordAt(words, last + 1) || afterNext.map({ productWords.contains($0.hash) && n.capitalised }) == true {
      return nil
    }
    // "the account is in the name of Anjali Bhattacharya": "name" shortly before outweighs the article.
    let nameWordBefore = (max(0, first - 4)..<first).contains { words[$0].hash == nameHash }
    // "sou a Beatriz Nunes", "sono la Giulia": Portuguese and Italian put an article before a name after "I am".
    let articledIntroduction = before2.map { articledIdentityCues.contains($0.hash) } == true
    if let p = previous, articles.contains(p.hash), p.end == words[first].start - 1, !nameWordBefore, !articledIntroduction {
      return nil
    }
    // "Savannah Georgia", "Northern Ireland": a place.
    if placeNames.contains(words[last].hash) { return nil }
    // "Charlie and the Chocolate Factory", "James and the Giant Peach": the title of a work.
    if let n = next, n.hash == andHash, let a = afterNext, a.hash == theHash, last + 3 < words.count, words[last + 3].capitalised {
      return nil
    }
    // "Valentine's Day", "St. Patrick's Day", "Burns Night": a holiday, not a person.
    if let n = next, n.capitalised, holidayWords.contains(n.hash) { return nil }
    if first < last, holidayWords.contains(words[last].hash) { return nil }
    let relation = previous.map { relationCues.contains($0.hash) } == true
      || before2.map { relationCues.contains($0.hash) } == true
        && previous.map { !$0.capitalised && !locatives.contains($0.hash) || titles.contains($0.hash) } == true
    let soft = previous.map { softCues.contains($0.hash) } == true
    // "Sunny Mehra c/o Little Lotus Crafts": the addressee that a label's "care of" follows is a person.
    let trailing = next.map { trailingCues.contains($0.hash) } == true || Bytes.matches(b, at: words[last].end, careOf)
    let known = (NameLexicon.firstNames.contains(stem(b, words[first])) || hyphenatedGivenName(b, words[first]))
      && !notNames.contains(words[first].hash)
    let surnameKnown = count >= 2 && NameLexicon.surnames.contains(stem(b, words[last]))
      && !notNames.contains(words[last].hash)
    let atLineStart = previous == nil || lineBreak(b, between: previous, and: words[cueIndex])
    let softTrailing = next.map { softTrailingCues.contains($0.hash) && !$0.capitalised } == true
    let lastKnown = (NameLexicon.surnames.contains(stem(b, words[last]))
      || NameLexicon.firstNames.contains(stem(b, words[last]))) && !notNames.contains(stem(b, words[last]))
    // The run stands alone: at the end of the text or followed by ":", "," or "-" ("Priyanka Desai: …").
    let standsAlone = last + 1 == words.count || punctuationAfter(b, words[last])
    // The run is the whole text, maybe with a kiss after it ("Ingrid", "Gaby x"), or a signature after a dash.
    let wholeText = first == 0 && (last + 1 == words.count || last + 2 == words.count && kisses.contains(words[last + 1].hash))
    let signature = standsAlone && count <= 3 && signatureDash(b, before: nameStart, after: previous)
    var accept: Bool
    if count >= 2 {
      // "thank you Pham Minh Duc": after a soft cue, a surname at either end will do.
      let surnameFirst = NameLexicon.surnames.contains(words[first].hash) && !notNames.contains(words[first].hash)
      // Surname first, as China, Korea, Vietnam and Hungary write it: "Xu Ming", "Pham Minh Duc".
      let reversed = NameLexicon.surnames.contains(words[first].hash) && NameLexicon.firstNames.contains(stem(b, words[last]))
        && !notNames.contains(words[first].hash) && !notNames.contains(words[last].hash)
      // Not at a line's start alone: "Sao Paulo 3 seater sofa" names a product after a city.
      let cued = soft || standsAlone || next.map { softTrailingCues.contains($0.hash) && !$0.capitalised } == true
      // "checked with Rose Baker", "it's Rose Baker's return": after a word that takes a person or "it's", a listed
      // given name and a listed surname even when both are words (the not-name list keeps "Rose" and "Baker" out of
      // the other tests), but no colour ("with Rose Gold trim") or place ("from London Bridge").
      let wordNamePair = previous.map { personPrepositions.contains($0.hash) || identityCues.contains($0.hash) } == true
        && last == first + 1
        && NameLexicon.firstNames.contains(stem(b, words[first])) && NameLexicon.surnames.contains(stem(b, words[last]))
        && !colourWords.contains(stem(b, words[last])) && !placeGivenNames.contains(words[first].hash)
      accept = relation || trailing || known || (soft && (surnameKnown || surnameFirst)) || nameWordBefore || reversed && cued || signature
        || wordNamePair
        || (surnameKnown && NameLexicon.firstNames.contains(stem(b, words[first])))
        || (atLineStart && standsAlone && (known || lastKnown))
        // "R. T. Halloran": two initials before a known surname.
        || first - cueIndex == 2 && lastKnown
    } else {
      // One word: a given name with a cue before or after it (any capitalised word after a relation).
      // After a relation any capitalised word is a name ("my son Jack", "my mum Rose"), but not a brand.
      // A title alone is not a name ("my neighbour Mrs. Abernathy": the name follows it).
      if titles.contains(words[first].hash) { return nil }
      // "the order is in Bea's name": a possessive before "name".
      let possessiveName = next?.hash == nameHash && stem(b, words[first]) != words[first].hash
      accept = relation && !brands.contains { $0.count == 1 && $0[0] == words[first].hash }
        || known && (soft || trailing || softTrailing || nameWordBefore) || possessiveName
      if atLineStart && !trailing && !relation { accept = accept && (soft || softTrailing && known) }
      // "hi Thabo,", "thanks Bex": a greeting or thanks, then one capitalised word closing the clause.
      let greeted = previous.map { greetings.contains($0.hash) } == true || acknowledged(words, cueIndex)
        || previous?.hash == youHash && before2.map { $0.hash == thankHash } == true
      if greeted, closesClause(b, words[last]), !notGreeted.contains(words[first].hash),
         !brands.contains(where: { $0.count == 1 && $0[0] == words[first].hash }) {
        accept = true
      }
      if (wholeText || signature) && (known || signature) { accept = true }
      // "Sent from my iPhone, Laura", "I ordered a medium. Rafael", "can I exchange it? Agatha": a known given name
      // closing the text after a comma, a full stop, "!" or "?".
      if !accept, known, last + 1 == words.count, !greetings.contains(words[first].hash), let p = previous,
         words[first].start - p.end <= 3,
         (p.end..<words[first].start).contains(where: { b[$0] == 0x2C || b[$0] == 0x2E || b[$0] == 0x21 || b[$0] == 0x3F }) {
        accept = true
      }
    }
    guard accept else { return nil }
    // "Noah's birthday": the possessive is not part of the name.
    var end = words[last].end
    if end - words[last].start > 2, b[end - 1] == 0x73 || b[end - 1] == 0x53,
       b[end - 2] == 0x27 || (end >= 4 && b[end - 4] == 0xE2 && b[end - 3] == 0x80 && b[end - 2] == 0x99) {
      end -= b[end - 2] == 0x27 ? 2 : 4
    }
    return Candidate(type: .name, start: nameStart, end: end)
  }

  /// Words between a relation and a capitalised word that make the word a place ("my brother in Riyadh: …", "my
  /// sister from Leeds").
  static let locatives = WordSet(words: ["in", "at", "from", "near", "on", "to", "of", "by", "outside", "inside"])
  /// "I am" in languages that put an article before a person's name ("sou a Beatriz", "sono la Giulia").
  static let articledIdentityCues = WordSet(words: ["sou", "sono"])
  /// Bytes that separate the fields of a pasted order screen or label: "/", "|", "•".
  static let fieldSeparators: Set<UInt8> = [0x2F, 0x7C, 0xE2]
  static let careOf = Array(" c/o ".utf8)
  static let nameHash = Bytes.wordHash("name")
  static let andHash = Bytes.wordHash("and")
  static let theHash = Bytes.wordHash("the")
  static let monsieurHash = Bytes.wordHash("m")

  /// Whether `w` is an initial right before `next`: one capital letter, a dot and one space ("J. ").
  /// Initials written together count too ("M.J. Okoro", "A.K. Chatterjee"): "M." right before the initial "J.".
  static func isInitial(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, before next: ByteWord) -> Bool {
    let compact = w.end + 1 == next.start && next.letters == 1 && next.digits == 0 && next.capitalised
    return w.letters == 1 && w.digits == 0 && w.capitalised && (w.end + 2 == next.start || compact) && b[w.end] == 0x2E
      && !PostOfficeLetters.contains(b, w.start, w.end)
  }

  /// Words that, with a colon after them, label the next field of a form or a mail header, not a name's word
  /// ("From: Nguyen Thi Lan Sent: Tuesday", "First name: Sunny Last name: Akhtar").
  static let fieldLabels = WordSet(words: ["sent", "subject", "date", "to", "cc", "bcc", "from", "last", "first",
                                           "surname", "phone", "email", "tel", "mobile", "address", "city", "country"])

  /// Whether `w` labels a form field or header: a label word with a colon after it or after the word after it.
  static func fieldLabel(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    fieldLabel(b, hash: w.hash, end: w.end)
  }

  /// Whether the word of `hash` ending at `end` labels a form field or header.
  static func fieldLabel(_ b: UnsafeBufferPointer<UInt8>, hash: UInt64, end: Int) -> Bool {
    guard fieldLabels.contains(hash) else { return false }
    var k = end
    if k < b.count, b[k] == 0x3A { return true }
    // "Last name:": the label's second word.
    while k < b.count, b[k] == 0x20 { k += 1 }
    return Bytes.matches(b, at: k, nameColon)
  }
  static let nameColon = Array("name:".utf8)

  /// Whether ":", ",", ";", "-" or "—" (after optional spaces) follows `w`.
  static func punctuationAfter(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    var k = w.end
    while k < b.count && b[k] == 0x20 { k += 1 }
    guard k < b.count else { return true }
    return b[k] == 0x3A || b[k] == 0x2C || b[k] == 0x3B || b[k] == 0x2D || b[k] == 0xE2 || b[k] == 0x0A
  }

  /// The hash of a word without a trailing possessive "'s".
  static func stem(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> UInt64 {
    let e = w.end
    if e - w.start > 2, Bytes.lower(b[e - 1]) == 0x73, b[e - 2] == 0x27 { return Bytes.wordHash(b, w.start, e - 2) }
    return w.hash
  }

  static func lineBreak(_ b: UnsafeBufferPointer<UInt8>, between a: ByteWord?, and c: ByteWord) -> Bool {
    guard let a else { return true }
    for k in a.end..<c.start where b[k] == 0x0A || b[k] == 0x2E || b[k] == 0x21 || b[k] == 0x3F { return true }
    return false
  }

  /// Drops name findings that a product word follows ("Mrs Meyer's soap") unless the cue was explicit or
  /// punctuation stands between ("I'm Giulia Bianchi, the lamp arrived broken"), and trims a possessive
  /// "'s" off every name ("Dr. Amira Nasser's order").
  static func dropProducts(_ b: UnsafeBufferPointer<UInt8>, _ all: inout [Candidate]) {
    guard all.contains(where: { $0.type == .name || $0.type == .address }) else { return }
    let words = ByteWords.split(b)
    splitAddressesAtNameLabels(b, words, &all)
    namesBeforeAddresses(b, words, &all)
    namesClosingAddresses(b, words, &all)
    guard all.contains(where: { $0.type == .name }) else { return }
    dropBrandsAfterTitles(b, words, &all)
    trimAddresses(b, words, &all)
    joinNames(b, words, &all)
    addInvertedSurnames(b, words, &all)
    attachParticles(b, words, &all)
    attachNicknames(b, words, &all)
    mergeNamePieces(b, words, &all)
    fitNameEdges(b, words, &all)
    extendNameTails(b, words, &all)
    addCorrections(b, words, &all)
    dropOrigins(b, words, &all)
    dropCalledThings(b, words, &all)
    dropCompanies(b, words, &all)
    dropNotPersons(b, words, &all)
    dropNotPeople(b, words, &all)
    fitRound55(b, words, &all)
    fitHonorifics(b, words, &all)
    dropOtherLanguageThings(b, words, &all)
    trimFieldLabels(b, words, &all)
    for i in all.indices where all[i].type == .name {
      let e = all[i].end
      if e - all[i].start > 3, Bytes.lower(b[e - 1]) == 0x73, b[e - 2] == 0x27 { all[i].end = e - 2 }
      if e - all[i].start > 5, Bytes.lower(b[e - 1]) == 0x73, b[e - 2] == 0x99, b[e - 3] == 0x80, b[e - 4] == 0xE2 {
        all[i].end = e - 4
      }
    }
    all.removeAll { c in
      guard c.type == .name, let k = words.firstIndex(where: { $0.start >= c.end }) else { return false }
      // "name Ana Pereira phone …": after a form's name label the product word is the next field's label.
      if formLabelled(b, words, c) { return false }
      // A comma, colon, dash or bracket between: "agent Priya (ticket #7731)" names the agent; so does a field's
      // separator ("Customer: Siddharth Iyer / Phone: …").
      if (c.end..<words[k].start).contains(where: { b[$0] == 0x2C || b[$0] == 0x3A || b[$0] == 0x2D || b[$0] == 0x28
        || fieldSeparators.contains(b[$0]) }) {
        return false
      }
      // "Ximena's card", "Nasrin's phone number": a person's own card or phone, not a product named after them.
      if possessive(b, c.end, words[k]) && belongings.contains(words[k].hash) { return false }
      if productWordAt(words, k) && words[k].start - c.end <= 3 { return true }
      // "Dr. Oetker baking mix": a product word one lower-case word later, unless that word is a verb the
      // person did ("Tamsin bought boots here") or a word no product name holds ("tell Pilar the box came",
      // "for Fatima Zahra please, gift wrap").
      return k + 1 < words.count && !words[k].capitalised && !buyingVerbs.contains(words[k].hash)
        && !determiners.contains(words[k].hash)
        && productWords.contains(words[k + 1].hash)
        && words[k + 1].start - c.end <= 20
    }
  }
}
