/// The words of postal addresses in many languages, by the place they take around the house number.
/// Lists, not rules for one line: each entry is a common word of its country's addresses.
enum AddressVocabulary {
  /// Street words written before the street's name, the house number after it ("Calle de Alcalá 45",
  /// "Via Roma 21", "ul. Marszałkowska 84", "Rua Augusta 1500", "Jl. Sudirman No. 25", "Rue Neuve 45").
  static let beforeName = WordSet(words: [
    "calle", "c", "avenida", "avda", "av", "paseo", "passeig", "carrer", "camino", "carretera", "rambla", "ronda",
    "travesía", "via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo", "strada", "rua", "praça", "travessa",
    "alameda", "estrada", "ul", "ulica", "al", "aleja", "aleje", "plac", "os", "osiedle", "jalan", "jl", "lorong",
    "rue", "avenue", "boulevard", "bd", "chaussée", "chemin", "route", "calzada", "prolongación", "soi", "thanon",
    "rruga", "bulevardul", "strada", "odos", "leoforos", "ulitsa", "prospekt", "rehov", "sharia", "bulevar", "trg",
    "cesta", "obala", "náměstí", "nábřeží", "třída", "blvd", "calz", "prol", "privada", "cerrada", "circuito",
    "carrera", "cra", "kra", "diagonal", "transversal", "vul", "vulytsia", "pereulok", "provulok", "shosse",
    "naberezhnaya", "jr", "jirón", "jiron", "lor",
    // Chile's passages and Valparaíso's steep streets ("Pasaje Los Aromos 1234", "Subida Ecuador 285"); Israel's
    // street and boulevard in Hebrew ("רחוב הרצל 15", "שדרות רוטשילד 22").
    "pasaje", "psje", "subida", "רחוב", "שדרות",
    // Numbered roads of the countryside, with the house's kilometre after them ("Ruta 40 km 3210", "Rodovia BR-101 km 30").
    "ruta", "rodovia", "rodovía",
    // Iran's street and alley in Latin letters ("Khiaban Valiasr", "Kooche Golha"); Egypt's corniche ("Corniche El Nil").
    "khiaban", "khiyaban", "kheyabun", "kooche", "koocheh", "kucheh", "kuche", "corniche",
  ])

  /// Street words after the house number and before the street's name, the French order ("14 rue de la
  /// République", "8 avenue Jean Jaurès", "3 allée des Tilleuls").
  static let afterNumber = WordSet(words: [
    "rue", "avenue", "av", "boulevard", "bd", "bvd", "allée", "allee", "impasse", "place", "chemin", "quai", "cours",
    "route", "square", "passage", "villa", "cité", "rond-point", "voie", "sentier", "esplanade", "promenade",
    "parvis", "faubourg", "via", "calle", "rua",
    // Egypt's riverside road ("88 Corniche El Nil").
    "corniche",
  ])

  /// Street words after the street's name, before the house number ("Istiklal Caddesi No: 45", "Sukhumvit Soi 11",
  /// "Andrássy út 60") or after it ("23 MG Marg", "12 Awolowo Road"; English types are `AddressScanner.streetTypes`).
  static let afterName = WordSet(words: [
    "caddesi", "cad", "sokak", "sok", "sokağı", "bulvarı", "út", "utca", "tér", "körút", "soi", "marg", "salai",
    "gali", "path", "road", "street", "avenue", "straße", "strasse", "str", "gate", "gata", "gatan", "vej", "gade", "vei",
    "veien", "vägen", "väg", "tie", "katu", "tee", "iela", "gatvė", "prospekt", "ulitsa", "daero", "ro", "gil",
    "dori", "dōri", "dong", "jie", "lu", "duong", "đường", "pho", "wharf", "quay", "al", "mnt", "tn", "pst", "pr",
    "maantee", "tänav", "puiestee", "parade", "walk", "mews", "blv", "bulvar", "nám", "námestie", "cesta", "weg",
    "gardens", "grove", "rise", "hill", "park", "vale", "view", "green", "heights", "esplanade", "promenade",
    // Nordic squares and lanes written as a word of their own after the name ("Nedre Ole Bulls plass 3", "Kongens
    // Nytorv" is one word; "Stortorget 2" has the ending).
    "plass", "plads", "torg", "torget", "gränd", "stræde", "allé", "tori", "aukio",
    // A Turkish village's house is placed by a landmark where a street would stand ("Cami yanı No: 12", beside the
    // mosque; "Okul karşısı No: 3", opposite the school).
    "yanı", "karşısı", "arkası",
    // Sri Lanka's road ("Gardiner Mawatha"), also spelled "Mawata".
    "mawatha", "mawata",
  ])

  /// Endings of one-word street names written before the number ("Nørregade 14", "Drottninggatan 53",
  /// "Mannerheimintie 14", "Teheran-ro 7-gil", "Sejong-daero"); `AddressScanner.suffixes` has the German
  /// and Dutch ones.
  static let suffixes: [[UInt8]] = [
    "strasse", "straße", "str", "weg", "gasse", "platz", "allee", "gracht", "laan", "straat", "plein", "ring",
    "damm", "kade", "singel", "dijk", "steeg", "markt", "gade", "vej", "gatan", "gata", "gate", "vägen", "veien",
    "väg", "tie", "katu", "kuja", "polku", "utca", "vegur", "-ro", "-gil", "-daero", "-dong", "-gu", "-dori", "-dōri", "로", "길",
    // Czech and Slovak streets are adjectives ("Sokolská 33", "Vinohradská 12"): English has no word ending so.
    "ská", "cká",
  ].map { Array($0.utf8) }

  /// Words that name a flat, floor, building or house inside an address, with the number or letter after
  /// them ("Flat 3", "Apt 5B", "appt 21", "apto 42", "piso 5", "int. 5", "Daire 3", "m. 15", "Bâtiment B").
  static let units = WordSet(words: [
    "flat", "apt", "apartment", "appt", "appartement", "unit", "suite", "ste", "level", "lvl", "floor", "fl",
    "room", "building", "bldg", "block", "blk", "tower", "villa", "plot", "house", "door", "shop", "office",
    "bâtiment", "bat", "bât", "escalier", "esc", "étage", "etage", "porte", "apto", "apartamento", "piso", "puerta",
    "pta", "depto", "dpto", "departamento", "planta", "portal", "bloque", "interno", "int", "scala", "sc", "piano",
    "edificio", "edifício", "bloco", "sala", "andar", "casa", "lote", "lt", "mz", "manzana", "wohnung", "whg", "stock",
    "og", "eg", "dg", "stiege", "top", "tür", "hinterhaus", "vorderhaus", "seitenflügel", "etage", "verdieping",
    "m", "lok", "mieszkanie", "kl", "klatka", "daire", "kat", "blok", "no", "nº", "n°", "nr", "num", "número",
    "numero", "h", "hno", "tv", "th", "mf", "st", "sal", "lejl", "leil", "bus", "bte", "boîte", "izq", "izda",
    "dcha", "dch", "esq", "bis", "ter", "erf", "links", "rechts", "moo", "lgh", "emelet", "ajtó", "fsz", "bl", "ap",
    "cj", "lj", "lot", "alley", "ngõ", "ngo", "hẻm", "hem", "dto", "kv", "aly", "sec", "hoog", "stan", "vh",
    "conj", "rückgebäude", "hinterhof", "gartenhaus",
    // Dutch floors after the house number ("418 hs", huis: the ground floor; "12 bg", begane grond) and Vietnam's
    // "Số 18" (number) before it.
    "hs", "bg", "số",
    // Vietnam's floor ("Tầng 3"); Latin America's office ("oficina 301").
    "tầng", "oficina",
  ])

  /// Words of a PO box ("PO Box 4471", "Postfach 1234", "Boîte postale 45", "Apartado de Correos 120",
  /// "Casella Postale 77", "Postbus 5000", "Caixa Postal 12").
  static let postBox = WordSet(words: ["box", "postfach", "postbus", "postale", "postal", "correos", "apartado",
                                       "bp", "cp", "postboks", "box", "skrytka", "pocztowa", "pobox", "privatbag", "gpo", "pmb",
                                       "bag", "rr", "rmb", "hc", "rural", "private", "locked",
                                       "caixa", "casella", "boîte", "boite"])

  /// Rural and private delivery with a number of their own ("RR 2 Box 45", "RMB 450", "HC 65 Box 22", "PMB 12",
  /// "Rural Route 3", "Private Bag X12", "Locked Bag 7"): a box of the post's without the word "box" first.
  static let ruralBox = WordSet(words: ["rr", "rmb", "hc", "pmb", "route", "bag"])
  /// The word before "Route" or "Bag" that makes it a post box ("Rural Route 3", "Private Bag X12").
  static let ruralBoxOpeners = WordSet(words: ["rural", "private", "locked"])

  /// Words that name a house without a number ("The Old Mill", "Rose Cottage"), beside
  /// `PostalAddressScanner.houseWords`.
  static let houseNames = WordSet(words: ["mill", "cottage", "barn", "lodge", "farm", "farmhouse", "manor", "hall",
                                          "rectory", "vicarage", "grange", "croft", "house", "villa", "chalet",
                                          "apartments", "residency", "residence", "heights", "towers", "court",
                                          "mansion", "mansions", "complex", "plaza", "centre", "center", "palace",
                                          "bakery", "forge", "schoolhouse", "chapel", "stables", "smithy", "granary",
                                          "dairy", "parsonage", "manse", "bungalow", "oast", "résidence",
                                          "residencia", "residenza", "hostel", "hotel", "guesthouse", "inn",
                                          // Farms named as the house: Norway's "gård", Spain's and Latin America's
                                          // "finca", "hacienda", Portugal's "quinta"; Manila's "Residences".
                                          "gård", "gard", "finca", "hacienda", "quinta", "residences", "lofts",
                                          // A building named before the street ("Edificio Mirador, Calle 85 # 11-53").
                                          "edificio", "edifício", "immeuble", "conjunto", "condominio",
                                          // A French farm named first ("Ferme des Tilleuls, Route de Chartres, …").
                                          "ferme",
                                          // Religious houses given as the address ("St. Teresa's Convent, P.O. Box …").
                                          "convent", "monastery", "presbytery"])

  /// Farms named as the house, written in lower case after the farm's name ("Nordre Ås gård", "la finca").
  static let farms = WordSet(words: ["gård", "gard", "finca", "hacienda", "quinta"])

  /// Words naming a district or locality between the street and the city ("Lajpat Nagar", "Sector 15",
  /// "District 1", "Col. Centro", "Gangnam-gu", "Cité Keur Gorgui" in Dakar, "Purok 3, Barangay San Isidro" in the
  /// Philippines).
  static let localities = WordSet(words: [
    "nagar", "sector", "colony", "layout", "vihar", "enclave", "puram", "pur", "bagh", "chowk", "district", "ward",
    "quận", "phường", "col", "colonia", "barrio", "bairro", "fraccionamiento", "fracc", "delegación", "municipio",
    "distrito", "estate", "island", "marina", "ku", "gu", "shi", "cho", "chome", "machi", "dong", "kelurahan", "kec",
    "kecamatan", "kabupaten", "khet", "khwaeng", "tambon", "amphoe", "phase", "stage", "extension", "co", "county",
    "dist", "mah", "mahalle", "mahallesi", "quan", "phuong", "cité", "barangay", "brgy", "purok", "sitio",
    // Rural and city subdivisions: Turkey's village ("Yeşilyurt Köyü"), Ethiopia's sub-city and woreda ("Bole
    // Sub-city, Woreda 3"), Colombia's vereda, Indonesia's housing estate ("Perumahan Griya Asri Blok C2"), France's
    // named rural place ("Lieu-dit Les Granges").
    "köyü", "köy", "sub-city", "subcity", "woreda", "kebele", "vereda", "corregimiento", "perumahan", "perum",
    "komplek", "kompleks", "lieu-dit",
    // China's districts in pinyin before the street ("Chaoyang Qu, Jianguo Lu 88 Hao", "Pudong Xinqu, …").
    "qu", "xinqu",
    // France's industrial and business zones before the street ("ZI des Ponts, 2 rue de l'Industrie, …", "ZAC du Moulin").
    "zi", "zac",
  ])

  /// State and region codes written before a postcode (Australia, Brazil, Mexico, India, Malaysia); the US and
  /// Canadian ones are `PostalAddressScanner.usStates`.
  static let regions = WordSet(words: [
    "nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt", "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go",
    "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi", "rj", "rn", "rs", "ro", "rr", "sc", "sp", "se", "to",
    "cdmx", "edomex", "jal", "nl", "up", "mh", "ka", "tn", "dl", "wb", "gj", "kl", "hr", "rj", "kl", "jhr", "sgr",
    "oax", "gto", "qro", "pue", "chih", "yuc", "mich", "mor", "tamps", "coah", "dgo", "zac", "ags", "slp", "chis",
    "gro", "hgo", "tlax", "bcs", "qroo",
  ])

  /// Landmarks that Indian addresses name between the street and the locality ("Near Hanuman Temple", "Opp. City
  /// Mall", "Behind Bus Stand"), capitalised and opening a segment.
  static let landmarks = WordSet(words: ["near", "opp", "opposite", "behind", "beside", "nr"])
  /// Nouns of the landmarks named after them, in any case ("near Hanuman temple", "opp. SBI ATM").
  static let landmarkNouns = WordSet(words: ["temple", "mandir", "masjid", "mosque", "church", "gurudwara", "school",
                                             "college", "hospital", "clinic", "mall", "market", "station", "bank",
                                             "atm", "pump", "office", "stop", "stand", "hall", "theatre", "cinema"])
  /// Unit words glued to their number by a colon ("No:214", "D:5", "Kat:3").
  static let colonUnits = WordSet(words: ["no", "nr", "d", "daire", "kat", "k"])

  /// Words that open a place's name and are also chat words ("Great Bardfield", "Great Yarmouth"), taken in an
  /// address when a capitalised name follows.
  static let placePrefixes = WordSet(words: ["great", "little", "upper", "lower", "new", "old", "long",
                                             // Danish, Norwegian and Swedish ones before a street ("Store Kongensgade",
                                             // "Nedre Slottsgate", "Stora Nygatan", "Västra Hamngatan").
                                             "store", "lille", "nedre", "øvre", "gamle", "nørre", "søndre", "vester",
                                             "øster", "stora", "lilla", "norra", "södra", "västra", "östra",
                                             // Israel's towns named "Tel …" ("Tel Aviv 6346508"); "Tel:" alone is a
                                             // phone's label.
                                             "tel"])

  /// Words before "of" in a place's name ("Isle of Lewis", "Bay of Plenty", "Port of Spain", "City of London").
  static let placesOf = WordSet(words: ["isle", "isles", "bay", "port", "city", "vale", "mull"])

  /// Countries as written at the end of an address.
  static let countries = WordSet(words: [
    "usa", "us", "uk", "gb", "uae", "nz", "au", "ca", "ie", "de", "fr", "es", "it", "nl", "be", "ch", "at", "dk",
    "se", "no", "fi", "pl", "cz", "pt", "br", "mx", "ar", "co", "jp", "kr", "in", "ng", "za", "sg", "my", "th",
    "id", "vn", "ph", "ae", "tr", "gr", "hu", "ro", "america", "canada", "australia", "ireland", "england",
    "scotland", "wales", "germany", "deutschland", "france", "spain", "españa", "italy", "italia", "netherlands",
    "nederland", "holland", "belgium", "belgique", "belgië", "switzerland", "schweiz", "suisse", "austria",
    "österreich", "denmark", "danmark", "sweden", "sverige", "norway", "norge", "finland", "suomi", "poland",
    "polska", "czechia", "portugal", "brazil", "brasil", "mexico", "méxico", "argentina", "colombia", "japan",
    "korea", "india", "nigeria", "kenya", "ghana", "egypt", "morocco", "singapore", "malaysia", "thailand",
    "indonesia", "vietnam", "philippines", "china", "turkey", "türkiye", "greece", "hungary", "romania", "israel",
    "emirates", "zealand", "africa", "united", "kingdom", "states", "kazakhstan", "uzbekistan", "ukraine",
    "russia", "estonia", "latvia", "lithuania", "serbia", "croatia", "slovakia", "slovenia", "bulgaria", "pakistan",
    "bangladesh", "nepal", "lanka", "peru", "chile", "ecuador", "uruguay", "uganda", "tanzania", "rwanda",
    "ethiopia", "zambia", "zimbabwe", "botswana", "senegal", "cameroon", "tunisia", "qatar", "kuwait", "oman",
    "bahrain", "iceland", "luxembourg", "cyprus", "malta", "taiwan", "caba",
  ])

  /// Function words and chat words that never stand inside an address, even in text typed without capitals.
  static let stopWords = WordSet(words: [
    "a", "an", "the", "and", "or", "but", "to", "of", "for", "with", "from", "by", "at", "on", "in", "into", "is",
    "are", "was", "were", "be", "been", "it", "its", "it's", "i", "i'm", "im", "me", "my", "mine", "you", "your",
    "we", "our", "us", "he", "she", "his", "her", "they", "their", "this", "that", "these", "those", "there",
    "here", "what", "when", "where", "who", "why", "how", "which", "not", "yes", "ok", "okay", "please",
    "pls", "plz", "thanks", "thank", "thx", "ty", "hi", "hello", "hey", "send", "ship", "deliver", "delivery",
    "shipping", "billing", "address", "addy", "adresse", "adres", "dirección", "direccion", "indirizzo", "endereço",
    "lieferadresse", "anschrift", "live", "lives", "living", "moved", "move", "moving", "same",
    "order", "orders", "item", "items", "model", "size", "version", "page", "chapter", "seat", "row", "section",
    "pack", "packs", "days", "day", "weeks", "week", "months", "hours", "minutes", "times", "x", "cm", "mm", "kg",
    "ml", "eur", "usd", "gbp", "am", "pm", "can", "could", "would", "will", "should", "do", "does", "did", "have",
    "has", "had", "get", "got", "go", "come", "came", "call", "also", "still", "just", "only", "then", "than",
    "so", "if", "as", "about", "after", "before", "near", "next", "store", "shop", "code", "number",
    "tracking", "invoice", "ref", "sku", "price", "paid", "total", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "lol", "jk", "btw", "asap", "today", "tomorrow", "yesterday",
    "is", "ist", "und", "nicht", "c'est", "est", "et", "y", "e", "es", "è", "er", "og", "is", "jest", "to", "é",
    "use", "change", "update", "instead", "correct", "wrong", "right", "fine", "sure", "now", "again",
    "dhl", "ups", "usps", "fedex", "dpd", "gls", "hermes", "courier", "post", "mail", "email", "app", "bus", "train",
    "thats", "that's",
  ])

  /// Measures after a number in lower-case chat ("a 20 minute walk", "5 mile drive"): no street's name there. Only
  /// lower-case words: "Mile End Road" and "Steps Lane" are streets.
  static let measures = WordSet(words: ["minute", "min", "mins", "hour", "hr", "mile", "miles", "metre", "metres",
                                        "meter", "meters", "step", "steps", "second", "seconds"])

  /// Lower-case words that may stand inside a street or city name ("Calle de Alcalá", "Frankfurt am Main", "Dar es
  /// Salaam").
  static let particles = WordSet(words: ["de", "du", "des", "la", "le", "les", "del", "della", "dei", "degli", "delle", "dem", "ka",
                                         "di", "da", "do", "dos", "das", "am", "an", "im", "auf", "sur", "en", "von",
                                         "van", "der", "den", "het", "y", "e", "et", "i", "al", "el", "bin", "ibn",
                                         "d'", "l'", "upon", "on", "under", "es"])
}
