/// States, provinces and regions written out at the end of an address ("…, 47300 Petaling Jaya, Selangor", "…, C1043
/// CABA, Buenos Aires", "…, Ikeja, Lagos State"): the last word of each name, lower case. Countries whose addresses
/// close with the region written out (Malaysia, Argentina, Mexico, Brazil, India, Indonesia, Australia, Canada, the
/// US, France's overseas departments, Germany, Spain, Italy) and the words that end a region's name in many others
/// ("State", "Province", "Oblast"). A district after a city ("10115 Berlin, Mitte") is none of them and stays out.
enum RegionNames {
  /// The last words of the names.
  static let lastWords = WordSet(words: """
    selangor johor kedah kelantan melaka malacca pahang perak perlis penang pinang sabah sarawak terengganu sembilan
    persekutuan labuan putrajaya
    aires córdoba cordoba mendoza tucumán tucuman salta neuquén neuquen chubut misiones jujuy
    jalisco león leon california sonora chihuahua coahuila tamaulipas veracruz puebla oaxaca chiapas yucatán yucatan
    guanajuato querétaro queretaro michoacán michoacan morelos sinaloa durango zacatecas tabasco campeche nayarit colima
    tlaxcala aguascalientes roo
    gerais bahia paraná parana pernambuco ceará ceara goiás goias sul catarina amazonas pará maranhão alagoas sergipe
    piauí paraíba tocantins rondônia amapá roraima
    pradesh maharashtra karnataka nadu kerala bengal gujarat rajasthan punjab haryana bihar odisha telangana assam
    jharkhand uttarakhand
    barat timur tengah utara selatan yogyakarta
    queensland tasmania territory
    ontario quebec québec alberta columbia manitoba saskatchewan scotia brunswick labrador
    guadeloupe martinique guyane réunion reunion mayotte corse
    bayern bavaria hessen sachsen niedersachsen westfalen thüringen brandenburg württemberg holstein pfalz saarland
    cataluña catalunya andalucía andalucia galicia valenciana asturias cantabria navarra murcia aragón extremadura
    baleares canarias
    lombardia lazio toscana sicilia sardegna piemonte veneto campania puglia calabria liguria
    state province region oblast voivodeship governorate emirate prefecture
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Whether `words[k]` ends a region's name: one of `lastWords` or a US state written out.
  static func endsName(_ words: [ByteWord], _ k: Int) -> Bool {
    lastWords.contains(words[k].hash) || SpokenAddress.states.contains(words[k].hash)
  }
}
