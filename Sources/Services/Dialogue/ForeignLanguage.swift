/// Messages written in German, French or Spanish. The NLU's encoder and classifier read English, so such a message is
/// recognised here by its function words, and the common asks of a shop's chat (where is my order, a return, a refund,
/// a cancellation, a person) by a few word stems each; the answer is in English, after a line in the shopper's language
/// that says so. This is for whole messages in one of these languages, not for an English message with a foreign word.
enum ForeignLanguage: String, Equatable {
  case german, french, spanish

  /// Words of each language that are not also common English words (so "die", "was", "no", "a" are left out).
  static let markers: [ForeignLanguage: Set<String>] = [
    .german: ["ich", "ist", "mein", "meine", "meinen", "meiner", "wo", "wann", "wie", "nicht", "und", "bitte", "habe", "möchte",
              "moechte", "kann", "können", "zurück", "zurueck", "mit", "für", "fuer", "noch", "schon", "kein", "keine", "hallo",
              "danke", "warum", "sie", "wir", "eine", "einen", "der", "das", "dem", "des", "auf", "auch", "sind", "wurde", "bestellung",
              "paket", "lieferung", "geld", "erhalten", "bekommen", "immer", "mir", "mich", "ein", "wieder", "gibt", "meinem", "brauche", "hilfe", "helfen", "guten"],
    .french: ["je", "j", "est", "mon", "ma", "mes", "où", "quand", "pas", "ne", "commande", "colis", "livraison", "veux", "voudrais",
              "suis", "avec", "pour", "et", "les", "une", "du", "le", "bonjour", "merci", "mais", "pourquoi", "toujours", "reçu", "recu",
              "argent", "vous", "nous", "quoi", "comment", "reçois", "rembourser", "remboursement", "annuler", "retourner",
              "été", "encore", "puis", "ce", "cette", "qu", "besoin", "aide", "aider", "salut"],
    .spanish: ["mi", "mis", "dónde", "donde", "está", "esta", "cuándo", "cuando", "pedido", "paquete", "quiero", "puedo", "el", "los",
               "las", "una", "por", "para", "es", "hola", "gracias", "qué", "todavía", "todavia", "recibido", "llegado", "llega",
               "dinero", "devolver", "reembolso", "cancelar", "cómo", "como", "mío", "tengo", "aún", "aun", "del", "lo", "hay", "necesito",
               "ayuda", "ayudar", "ayudarme", "buenos", "buenas"],
  ]

  /// Common English words, counted against the markers ("the", "my", "is").
  static let english: Set<String> = ["the", "is", "my", "where", "i", "you", "it", "to", "and", "of", "a", "in", "for", "what", "when",
                                     "how", "can", "order", "with", "please", "this", "that", "not", "have", "was", "do", "get", "back"]

  /// The language of `text` when it is German, French or Spanish: at least two of its words are that language's markers,
  /// more than are common English words or another language's markers.
  static func of(_ text: String) -> ForeignLanguage? {
    let words = TurnReading.words(text)
    let counts = markers.mapValues { set in words.filter { set.contains($0) }.count }
    guard let top = counts.max(by: { $0.value < $1.value }), top.value >= 2, top.value > words.filter({ english.contains($0) }).count,
          counts.allSatisfy({ $0.key == top.key || $0.value < top.value }) else { return nil }
    return top.key
  }

  /// A common ask of a shop's chat.
  enum Ask: Equatable {
    case refund, cancel, returnItem, person, orderStatus
    /// A greeting or a plea for help ("hola, necesito ayuda"): answered with what the assistant can do.
    case help

    /// The coarse intent and fine intent the policy serves it as.
    var intent: (group: String, fine: String?) {
      switch self {
      case .refund: return ("return_refund", "refund.status")
      case .cancel: return ("cancel_order", nil)
      case .returnItem: return ("return_refund", nil)
      case .person: return ("human_agent", nil)
      case .orderStatus: return ("order_status", nil)
      case .help: return ("greeting", nil)
      }
    }
  }

  /// Stems of each ask, per language, in the order they are tried: money before a return ("Geld zurück" is a refund),
  /// a cancellation or a return before the order they are about.
  static let asks: [(Ask, [ForeignLanguage: [String]])] = [
    (.refund, [.german: ["rückerstatt", "erstatt", "geld"], .french: ["rembours", "argent"], .spanish: ["reembols", "dinero"]]),
    (.cancel, [.german: ["stornier", "storno"], .french: ["annul"], .spanish: ["cancel", "anul"]]),
    (.returnItem, [.german: ["zurückgeb", "zurückschick", "zurücksend", "rücksend", "retoure", "umtausch"],
                   .french: ["retour", "renvoy", "rendre"], .spanish: ["devolver", "devoluci", "devuelv"]]),
    (.person, [.german: ["mitarbeiter", "mensch"], .french: ["humain", "conseiller"], .spanish: ["humano", "agente", "persona"]]),
    (.orderStatus, [.german: ["bestellung", "paket", "lieferung", "sendung"], .french: ["commande", "colis", "livraison"],
                    .spanish: ["pedido", "paquete", "envío", "envio"]]),
    // Last: "hola, ¿dónde está mi pedido?" asks for the order.
    (.help, [.german: ["hilfe", "helf", "hallo", "guten"], .french: ["aide", "aider", "bonjour", "salut"],
             .spanish: ["ayud", "hola", "buenos", "buenas"]]),
  ]

  /// The ask of a message in this language, nil when it is none of the common ones.
  func ask(in text: String) -> Ask? {
    let words = TurnReading.words(text)
    return Self.asks.first { _, stems in
      let own = stems[self] ?? []
      return words.contains { word in own.contains { word.hasPrefix($0) } }
    }?.0
  }

  /// Said before an answer to an ask understood: the answer follows in English.
  var answeringInEnglish: String {
    switch self {
    case .german: return "Ich spreche leider nur Englisch, deshalb antworte ich auf Englisch. (I only speak English, so I'm answering in English.)"
    case .french: return "Désolé, je ne parle qu'anglais, je vous réponds donc en anglais. (I only speak English, so I'm answering in English.)"
    case .spanish: return "Lo siento, solo hablo inglés, así que le respondo en inglés. (I only speak English, so I'm answering in English.)"
    }
  }

  /// A greeting in the language, before what the assistant can do is said in English.
  var greeting: String {
    switch self {
    case .german: return "Hallo! Ich spreche leider nur Englisch. (Hello! I only speak English.)"
    case .french: return "Bonjour ! Désolé, je ne parle qu'anglais. (Hello! I only speak English.)"
    case .spanish: return "¡Hola! Lo siento, solo hablo inglés. (Hello! I only speak English.)"
    }
  }

  /// The order number asked for again in the language ("wo ist meine Bestellung" while the number is asked): the shopper
  /// who wrote in it understands what is wanted.
  var whichOrder: String {
    switch self {
    case .german: return "Um welche Bestellung geht es? Bitte nennen Sie mir die Bestellnummer."
    case .french: return "De quelle commande s'agit-il ? Merci de m'indiquer le numéro de commande."
    case .spanish: return "¿De qué pedido se trata? Por favor, indíqueme el número de pedido."
    }
  }

  /// Said when the message is none of the common asks: the shopper is asked to write in English.
  var pleaseWriteInEnglish: String {
    switch self {
    case .german: return "Ich spreche leider nur Englisch. Bitte schreiben Sie mir auf Englisch."
    case .french: return "Désolé, je ne parle qu'anglais. Merci de m'écrire en anglais."
    case .spanish: return "Lo siento, solo hablo inglés. Por favor, escríbame en inglés."
    }
  }
}
