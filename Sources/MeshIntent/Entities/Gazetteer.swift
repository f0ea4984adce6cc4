/// Country and city names for entity extraction, lower-case, multi-word names spaced. Names that are
/// also common English words ("nice", "reading", "turkey") are only taken when capitalised.
enum Gazetteer {
  static let countries: Set<String> = Set("""
    afghanistan,albania,algeria,andorra,angola,argentina,armenia,australia,austria,azerbaijan,bahamas,bahrain,
    bangladesh,barbados,belarus,belgium,belize,benin,bhutan,bolivia,bosnia,botswana,brazil,brunei,bulgaria,
    burkina faso,burundi,cambodia,cameroon,canada,cape verde,chile,china,colombia,congo,costa rica,croatia,cuba,
    cyprus,czech republic,czechia,denmark,djibouti,dominican republic,ecuador,egypt,el salvador,england,estonia,
    eritrea,ethiopia,fiji,finland,france,gabon,gambia,georgia,germany,ghana,greece,grenada,guatemala,guinea,
    guyana,haiti,honduras,hong kong,hungary,iceland,india,indonesia,iran,iraq,ireland,israel,italy,ivory coast,
    jamaica,japan,jordan,kazakhstan,kenya,kosovo,kuwait,kyrgyzstan,laos,latvia,lebanon,lesotho,liberia,libya,
    liechtenstein,lithuania,luxembourg,madagascar,malawi,malaysia,maldives,mali,malta,mauritius,mexico,moldova,
    monaco,mongolia,montenegro,morocco,mozambique,myanmar,namibia,nepal,netherlands,holland,new zealand,nicaragua,
    niger,nigeria,north korea,north macedonia,norway,oman,pakistan,panama,paraguay,peru,philippines,poland,
    portugal,puerto rico,qatar,romania,russia,rwanda,saudi arabia,scotland,senegal,serbia,seychelles,
    sierra leone,singapore,slovakia,slovenia,somalia,south africa,south korea,korea,spain,sri lanka,sudan,
    suriname,sweden,switzerland,syria,taiwan,tajikistan,tanzania,thailand,togo,trinidad,tunisia,turkey,
    turkmenistan,uganda,ukraine,united arab emirates,uae,united kingdom,uk,great britain,britain,united states,
    usa,us,america,uruguay,uzbekistan,venezuela,vietnam,wales,yemen,zambia,zimbabwe
    """.split(separator: ",").map { String($0).trimmingCharacters(in: " \n") })

  static let cities: Set<String> = Set("""
    london,paris,berlin,madrid,rome,milan,barcelona,lisbon,porto,amsterdam,rotterdam,brussels,antwerp,vienna,
    zurich,geneva,munich,hamburg,frankfurt,cologne,stuttgart,dusseldorf,düsseldorf,prague,warsaw,krakow,budapest,
    bucharest,sofia,athens,istanbul,ankara,copenhagen,stockholm,oslo,helsinki,dublin,edinburgh,glasgow,
    manchester,birmingham,liverpool,leeds,bristol,cardiff,belfast,lyon,marseille,toulouse,bordeaux,lille,nice,
    naples,turin,florence,venice,seville,valencia,bilbao,malaga,new york,new york city,nyc,los angeles,
    san francisco,chicago,houston,phoenix,philadelphia,san antonio,san diego,dallas,austin,seattle,boston,
    denver,miami,atlanta,detroit,portland,las vegas,washington,baltimore,nashville,new orleans,minneapolis,
    toronto,montreal,vancouver,calgary,ottawa,mexico city,guadalajara,sao paulo,são paulo,rio de janeiro,
    buenos aires,santiago,lima,bogota,bogotá,caracas,quito,tokyo,osaka,kyoto,seoul,busan,beijing,shanghai,
    shenzhen,guangzhou,hong kong,taipei,singapore,bangkok,hanoi,ho chi minh city,manila,jakarta,kuala lumpur,
    mumbai,delhi,new delhi,bangalore,bengaluru,chennai,kolkata,hyderabad,karachi,lahore,dhaka,dubai,abu dhabi,
    doha,riyadh,tel aviv,jerusalem,cairo,casablanca,lagos,nairobi,accra,johannesburg,cape town,sydney,
    melbourne,brisbane,perth,adelaide,auckland,wellington,moscow,saint petersburg,kyiv,kiev,minsk,riga,
    vilnius,tallinn,reykjavik,luxembourg,monaco,marrakech,tunis,algiers,addis ababa,dakar,kampala
    """.split(separator: ",").map { String($0).trimmingCharacters(in: " \n") })

  /// Names that read as ordinary words in lower case.
  static let needsCapital: Set<String> = ["nice", "reading", "turkey", "chad", "jordan", "georgia", "china",
                                          "us", "guinea", "niger", "mali", "oman", "peru", "phoenix", "wales",
                                          "austin", "santiago", "perth", "lima", "sofia", "victoria", "split",
                                          "washington", "portland", "trinidad", "congo", "america"]

  /// The longest name at `tokens[i...]` (up to four words): its kind ("city"/"country"), canonical
  /// lower-case name and number of tokens.
  static func match(_ tokens: [Token], at i: Int) -> (type: String, name: String, length: Int)? {
    var best: (type: String, name: String, length: Int)?
    var name = ""
    for length in 1...4 {
      let j = i + length - 1
      guard j < tokens.count, tokens[j].isWord, !tokens[j].hasDigit else { break }
      if length > 1 && tokens[j].start != tokens[j - 1].end + 1 { break }
      name += (length > 1 ? " " : "") + tokens[j].lower
      let type = cities.contains(name) ? "city" : countries.contains(name) ? "country" : nil
      guard let type else { continue }
      if needsCapital.contains(name) && tokens[i].text.first?.isUppercase != true && name != "us" { continue }
      if name == "us" && tokens[i].text != "US" { continue }
      best = (type, name, length)
    }
    return best
  }
}

extension String {
  /// Without leading and trailing characters of `set`.
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
