/// Reading a message about the account: the password, getting in, or the account itself.
extension TurnReading {
  /// "How do I change my password?", "my password isn't accepted", "locked out": the message is about the password
  /// or getting in, whichever of the account's fine intents the classifier chose.
  static func asksAboutPassword(_ text: String) -> Bool {
    words(text).contains { ["password", "passwords", "passcode", "passwd", "pwd", "2fa", "locked", "lockout"].contains($0) }
  }

  /// "I forgot my password", "reset it", "locked out": the user cannot get in (not a change of a known password).
  static func cannotGetIn(_ text: String) -> Bool {
    words(text).contains { ["forgot", "forgotten", "forget", "reset", "locked", "lockout", "remember", "recover", "lost", "cant", "cannot",
                            "t", "accepted", "wrong", "incorrect", "2fa", "code"].contains($0) }
  }

  /// "My account details", "what's my e-mail", "how many points do I have": the message is about the user's account.
  static func asksAboutAccount(_ text: String) -> Bool {
    words(text).contains {
      ["account", "accounts", "profile", "details", "email", "e-mail", "mail", "name", "username", "address", "addresses", "settings",
       "signed", "login", "logged", "password", "points", "loyalty", "membership", "member", "info", "information", "data", "registered",
       "subscription", "newsletter", "phone", "number"].contains($0)
    }
  }
}
