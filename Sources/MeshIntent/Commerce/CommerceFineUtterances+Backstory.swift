extension CommerceFineUtterances {
  /// Situations of commerce-backstory-dev (a development set written to heldout32's brief, read on branch nlu49) that
  /// the other lines did not teach: whole messages in Finnish, Danish, Norwegian, Catalan, Malay, Persian, Bengali and
  /// Urdu, languages no earlier line was written in (the n-gram model learns their words only from lines like these;
  /// the sentence encoder was trained on English), and the brief's shop topics in the languages the lines had already
  /// (customs, instalments, warranty, missing parts, lockers); Spanglish, Taglish, Singlish, Hinglish and Arabic in Latin
  /// letters; long messages with a backstory and the ask last or in the middle, letters to "Dear Sir or Madam"; gift
  /// orders and cards, pre-orders, subscriptions, third-party sellers, warranty and repairs, missing parts, wrong item or
  /// size, price drops and matching, promo codes and points, split payments and instalments, customs and duties, pickup
  /// points and lockers, click-and-collect, each under its fine intent; scams, press and job enquiries out of scope.
  /// The common asks and the situations, not the set's lines: no line shares 80% of its words with a line of a set in
  /// `mesh/data/intents` (the unopened held-out sets aside; the spent ones are compared through the pooled file) or
  /// another training file (`mesh/scripts/word-overlap.py` with Unicode words).
  static let backstory = #"""
order.status | Missä tilaukseni on? Tilasin sen jo kaksi viikkoa sitten
order.status | Onko pakettini jo lähetetty vai vieläkö se odottaa varastossa?
order.track | Voitteko lähettää seurantakoodin? En löydä sitä sähköpostista
order.invoice | Tarvitsen laskun tilauksesta yrityksen nimellä ja Y-tunnuksella
order.place | Miten voin tilata lahjan niin, että se menee suoraan äidilleni?
order.cancel | Haluan peruuttaa tilauksen, tein sen vahingossa kahteen kertaan
order.change_address | Osoitteessa on virhe, voinko vielä vaihtaa toimitusosoitteen?
order.change_items | Voinko vaihtaa tilaukseen koon L koon M tilalle?
delivery.options | Toimitatteko Ahvenanmaalle ja paljonko postikulut ovat?
delivery.options | Voiko paketin noutaa pakettiautomaatista?
delivery.options | Joudunko maksamaan tullia ja arvonlisäveroa, jos paketti tulee EU:n ulkopuolelta?
delivery.time | Kauanko toimitus kestää Ouluun?
delivery.missing | Seurannan mukaan paketti on toimitettu, mutta en ole saanut mitään
delivery.damaged | Tuote saapui rikki, laatikko oli ihan lytyssä
delivery.damaged | Paketista puuttuu osia, ruuveja ei ollut mukana ollenkaan
delivery.damaged | Sain väärän tuotteen, tilasin mustan mutta tuli valkoinen
delivery.damaged | Kuulokkeet lakkasivat toimimasta kolmen kuukauden päästä, kattaako takuu korjauksen?
return.start | Haluan palauttaa kengät, ne ovat liian pienet
return.policy | Kuinka monta päivää minulla on aikaa palauttaa tuote?
refund.request | Haluan rahat takaisin, tuote ei vastaa kuvausta
refund.request | Hinta laski heti ostoni jälkeen, saanko erotuksen hyvitettyä?
refund.status | Milloin rahat palautetaan? Lähetin paketin takaisin viikko sitten
payment.failed | Korttimaksu hylättiin, vaikka tilillä on katetta
payment.methods | Voiko maksaa MobilePaylla tai osamaksulla?
payment.charged_twice | Minua veloitettiin kahdesti samasta tilauksesta
payment.discount | Alennuskoodi ei toimi kassalla
payment.discount | Bonuspisteet eivät tulleet tililleni ostoksesta
account.password_reset | Unohdin salasanani enkä pääse kirjautumaan
account.delete | Haluan poistaa tilini ja kaikki tietoni
account.update | Miten vaihdan sähköpostiosoitteen profiiliini?
account.create | En pysty luomaan tiliä, vahvistusviestiä ei tule
product.search | Etsin vedenpitäviä talvikenkiä lapselle
product.availability | Onko tätä takkia koossa XL varastossa?
product.info | Toimiiko tämä laturi iPhone 15:n kanssa?
seller.listing | Miten voin myydä omia tuotteitani teidän kauppapaikallanne?
human_handoff | Haluan puhua oikean ihmisen kanssa
complaint | Olen todella pettynyt palveluunne, kukaan ei vastaa viesteihin
feedback | Kiitos nopeasta toimituksesta, tosi hyvä palvelu!
greeting | Moi, hyvää päivää
thanks | Kiitos paljon avusta
goodbye | Siinä kaikki, kiitos ja heippa
out_of_scope | Millainen sää huomenna on Helsingissä?
out_of_scope | Pankkikorttini on lukittu, miten saan sen auki?
out_of_scope | Miten leivon karjalanpiirakoita?
order.status | Hvor er min ordre? Jeg bestilte for ti dage siden
order.status | Er min pakke blevet sendt endnu?
order.track | Kan I sende mig trackingnummeret på min pakke?
order.invoice | Jeg skal bruge en faktura med firmanavn og CVR-nummer
order.place | Hvordan bestiller jeg en gave, der bliver sendt direkte til min søster?
order.cancel | Jeg vil gerne annullere min ordre, jeg kom til at bestille to gange
order.change_address | Jeg har skrevet forkert adresse, kan den nå at blive rettet?
order.change_items | Kan jeg ændre størrelsen i min ordre fra 40 til 41?
delivery.options | Sender I til Grønland, og hvad koster fragten?
delivery.options | Kan jeg få pakken leveret i en pakkeboks i stedet for hjem?
delivery.options | Kommer der told og moms oveni, når I sender fra USA?
delivery.time | Hvor mange dage går der, før en pakke når frem til Odense?
delivery.missing | Der står leveret, men der er ingen pakke ved min dør
delivery.damaged | Varen kom i stykker, glasset var knust
delivery.damaged | Der mangler en del i kassen, benene til bordet var ikke med
delivery.damaged | Jeg har fået den forkerte vare, det er slet ikke det, jeg bestilte
delivery.damaged | Min støvsuger gik i stykker efter et halvt år, er den dækket af garantien?
return.start | Jeg vil returnere en jakke, den er for stor
return.policy | Hvor mange dages returret har jeg?
refund.request | Jeg vil have mine penge tilbage, varen svarer ikke til beskrivelsen
refund.status | Hvornår får jeg pengene tilbage? I modtog returpakken for en uge siden
payment.failed | Min betaling med MobilePay fejler hele tiden
payment.methods | Kan jeg betale i rater eller dele betalingen op?
payment.charged_twice | Jeg er blevet trukket to gange for den samme ordre
payment.discount | Min rabatkode virker ikke
payment.discount | Mit gavekort bliver ikke godkendt ved kassen
account.password_reset | Jeg har glemt min adgangskode og kan ikke logge ind
account.delete | Slet venligst min konto og mine oplysninger
account.update | Hvordan ændrer jeg mit telefonnummer på kontoen?
account.create | Jeg kan ikke oprette en konto, bekræftelsesmailen kommer aldrig
product.search | Jeg leder efter en regnjakke til børn i str. 128
product.availability | Har I de her sko på lager i størrelse 39?
product.info | Hvad er sofaen her lavet af?
seller.listing | Hvordan kommer jeg i gang med at sælge på jeres markedsplads?
human_handoff | Jeg vil gerne tale med et rigtigt menneske
complaint | Jeres kundeservice er elendig, ingen svarer på mine mails
feedback | Super hurtig levering, tak for det!
greeting | Hej med dig
thanks | Mange tak for hjælpen
goodbye | Det var alt, hav en god dag
out_of_scope | Hvordan bliver vejret i København i weekenden?
out_of_scope | Min bank har spærret mit kort, hvad gør jeg?
out_of_scope | Hvad koster en busbillet fra Aalborg til Esbjerg?
order.status | Hvor er bestillingen min? Jeg har ventet i to uker
order.status | Har dere sendt pakken min ennå?
order.track | Jeg finner ikke sporingsnummeret, kan dere sende det?
order.invoice | Kan jeg få faktura med organisasjonsnummer på?
order.place | Hvordan kjøper jeg et gavekort til en venn?
order.cancel | Jeg vil kansellere bestillingen, jeg har ombestemt meg
order.change_address | Jeg har flyttet, kan dere endre leveringsadressen på ordren?
order.change_items | Kan jeg bytte fargen på varen i bestillingen før den sendes?
delivery.options | Kan jeg hente pakken på et postkontor eller i en pakkeautomat?
delivery.options | Må jeg betale toll og mva når pakken kommer fra Kina?
delivery.options | Har dere klikk og hent i butikken i Bergen?
delivery.time | Hvor lang tid tar frakten til Tromsø?
delivery.missing | Sporingen sier levert, men jeg har ikke fått noe
delivery.damaged | Varen var ødelagt da den kom
delivery.damaged | Det mangler skruer i pakken, jeg får ikke montert skapet
delivery.damaged | Jeg fikk feil størrelse, bestilte M og fikk XS
delivery.damaged | Kaffemaskinen sluttet å virke etter fire måneder, hvordan bruker jeg garantien?
return.start | Hvordan returnerer jeg en vare som ikke passet?
return.policy | Hvor lang angrerett har jeg hos dere?
refund.request | Jeg vil ha pengene tilbake for den ødelagte lampen
refund.request | Prisen gikk ned dagen etter at jeg kjøpte, kan jeg få mellomlegget tilbake?
refund.status | Når kommer refusjonen? Det har gått tre uker
payment.failed | Betalingen med Vipps gikk ikke gjennom
payment.methods | Kan jeg dele opp betalingen eller betale med Klarna?
payment.charged_twice | Dere har trukket meg to ganger for samme kjøp
payment.discount | Rabattkoden min blir ikke godtatt
payment.discount | Bonuspoengene mine ble ikke lagt til etter kjøpet
account.password_reset | Jeg får ikke logget inn, har glemt passordet
account.delete | Jeg ønsker å slette kontoen min
account.update | Hvordan melder jeg meg av nyhetsbrevet?
account.create | Det står at e-posten allerede er i bruk når jeg prøver å registrere meg
product.search | Jeg ser etter en billig sovepose til fjelltur
product.availability | Når kommer denne jakken på lager igjen?
product.info | Passer dette dekselet til Samsung Galaxy S24?
seller.listing | Hva koster det å selge varer hos dere?
human_handoff | Kan jeg snakke med en person og ikke en robot?
complaint | Dette er dårlig service, jeg har ventet i evigheter
feedback | Veldig fornøyd med kjøpet, takk!
greeting | Hei hei, god morgen
thanks | Takk skal du ha, det hjalp veldig
goodbye | Ha det bra
out_of_scope | Hva blir været i Oslo i morgen?
out_of_scope | Hvordan fornyer jeg passet mitt?
out_of_scope | Strømregningen min er altfor høy, hvem kontakter jeg?
order.status | On és la meva comanda? Fa deu dies que la vaig fer
order.status | Ja heu enviat el meu paquet o encara és al magatzem?
order.track | Em podeu passar el número de seguiment?
order.invoice | Necessito una factura amb el NIF de la meva empresa
order.place | Com puc fer una comanda de regal perquè arribi directament a casa dels meus pares?
order.cancel | Vull cancel·lar la comanda, m'he equivocat de producte
order.change_address | He posat malament l'adreça, encara la puc canviar?
order.change_items | Puc canviar la talla de la comanda abans que l'envieu?
delivery.options | Envieu a Andorra? Quant costa l'enviament?
delivery.options | Puc recollir la comanda a la botiga en lloc de rebre-la a casa?
delivery.options | Hauré de pagar duanes si ho envieu des del Regne Unit?
delivery.time | Quants dies triga a arribar a Girona?
delivery.missing | Diu que està lliurat però jo no he rebut res
delivery.damaged | El producte ha arribat trencat
delivery.damaged | Falten peces a la caixa de la prestatgeria
delivery.damaged | M'heu enviat una talla que no és la que vaig demanar
delivery.damaged | El rellotge ha deixat de funcionar als cinc mesos, entra a la garantia?
return.start | Vull tornar unes sabates que em van petites
return.policy | Quants dies tinc per fer una devolució?
refund.request | Vull que em retorneu els diners, no és el que sortia a la foto
refund.status | Quan em tornareu els diners? Ja vau rebre el paquet
payment.failed | El pagament amb Bizum no funciona
payment.methods | Puc pagar a terminis?
payment.charged_twice | M'heu cobrat dues vegades la mateixa compra
payment.discount | He posat el cupó de benvinguda i la cistella no fa cap rebaixa
account.password_reset | He oblidat la contrasenya i no puc entrar
account.delete | Vull esborrar el meu compte
account.update | Com canvio el correu electrònic del meu compte?
account.create | No em puc registrar, no m'arriba el correu de confirmació
product.search | Busco una motxilla impermeable per anar d'excursió
product.availability | Teniu aquesta jaqueta en talla M?
product.info | De quin material és aquesta samarreta?
seller.listing | Com puc vendre els meus productes a la vostra plataforma?
human_handoff | Vull parlar amb una persona, si us plau
complaint | Estic molt decebut amb el vostre servei
feedback | Molt bon servei, ha arribat molt ràpid!
greeting | Bon dia!
thanks | Moltes gràcies per l'ajuda
goodbye | Això és tot, adéu
out_of_scope | Plourà aquest cap de setmana a Tarragona?
out_of_scope | Com es fa el pa amb tomàquet?
out_of_scope | A quina hora surt el tren cap a Lleida?
order.status | Pesanan saya belum sampai lagi, boleh tolong semak?
order.status | Bila barang saya akan dihantar ya?
order.track | Boleh bagi nombor tracking untuk bungkusan saya?
order.invoice | Saya perlukan invois untuk pesanan ini atas nama syarikat
order.place | Macam mana nak buat pesanan hadiah untuk kawan di Johor?
order.cancel | Saya nak batalkan pesanan, tersilap tekan
order.change_address | Alamat penghantaran salah, boleh tukar tak?
order.change_items | Boleh tukar saiz baju dalam pesanan saya?
delivery.options | Ada pilihan ambil sendiri di kedai tak?
delivery.options | Kena bayar cukai import tak kalau barang dari luar negara?
delivery.time | Berapa lama penghantaran ke Kuching?
delivery.missing | Status kata sudah dihantar tapi saya tak terima apa-apa
delivery.damaged | Pinggan yang sampai semua pecah, kotak pun kemek
delivery.damaged | Kotak sampai tapi ada bahagian yang tiada dalam kotak
delivery.damaged | Saiz yang dihantar salah, saya order L dapat S
delivery.damaged | Blender rosak selepas dua bulan, boleh claim waranti?
return.start | Saya nak pulangkan barang ni, tak muat
return.policy | Berapa hari boleh pulangkan barang?
refund.request | Saya nak duit saya dikembalikan
refund.status | Bila refund saya akan masuk? Dah dua minggu
payment.failed | Pembayaran FPX saya gagal tapi duit dah ditolak
payment.methods | Boleh bayar ansuran guna kad kredit?
payment.charged_twice | Saya kena caj dua kali untuk satu pesanan
payment.discount | Kod baucar tak boleh guna
payment.discount | Mata ganjaran saya tak masuk lepas beli
account.password_reset | Saya lupa kata laluan, tak boleh log masuk
account.delete | Tolong padam akaun saya
account.update | Saya dah tukar nombor, nak kemas kini nombor baru dalam profil
account.create | Tak boleh daftar akaun, kod pengesahan tak sampai
product.search | Saya cari kasut sukan perempuan bawah RM150
product.availability | Ada stok lagi tak untuk warna hitam?
seller.listing | Saya nak buka kedai dan jual barang di sini, macam mana?
human_handoff | Nak cakap dengan orang sebenar, bukan bot
complaint | Servis teruk betul, dah tiga kali saya mesej
feedback | Terima kasih, barang sampai cepat dan elok
greeting | Assalamualaikum, selamat pagi
thanks | Terima kasih atas bantuan tuan
goodbye | Itu sahaja, jumpa lagi
out_of_scope | Cuaca esok di Kuala Lumpur macam mana?
out_of_scope | Bank saya sekat kad debit, macam mana nak buka semula?
order.status | سفارشم هنوز نرسیده، میشه پیگیری کنید؟
order.status | بسته من کی ارسال میشه؟ یک هفته است منتظرم
order.status | وضعیت سفارشم هنوز در حال پردازش است، مشکلی پیش آمده؟
order.track | کد رهگیری مرسوله رو برام بفرستید لطفا
order.invoice | برای سفارشم فاکتور رسمی با نام شرکت لازم دارم
order.place | چطوری یه هدیه سفارش بدم که مستقیم برای مادرم فرستاده بشه؟
order.place | می‌خواهم این گوشی را بخرم، چطور سفارش بدهم؟
order.cancel | می‌خوام سفارشم رو کنسل کنم، اشتباهی ثبتش کردم
order.change_address | نشانی رو اشتباه نوشتم، میشه قبل از ارسال درستش کنید؟
order.change_items | میشه سایز لباس توی سفارشم رو از مدیوم به لارج تغییر بدید؟
delivery.options | به شهرستان هم می‌فرستید؟ هزینه پست چقدر میشه؟
delivery.options | گمرک و عوارض ورودی رو چه کسی پرداخت می‌کنه؟
delivery.options | امکان تحویل در صندوق امانات یا نقطه تحویل دارید؟
delivery.time | ارسال به شیراز چند روز طول می‌کشه؟
delivery.missing | نوشته تحویل داده شده ولی من هیچ بسته‌ای نگرفتم
delivery.damaged | جنس شکسته به دستم رسید، جعبه هم له شده بود
delivery.damaged | یکی از قطعات توی جعبه نبود
delivery.damaged | کالای اشتباه برام فرستادید، رنگش با چیزی که خریدم فرق داره
delivery.damaged | گوشی بعد از سه ماه خراب شد، گارانتی شامل تعمیرش میشه؟
return.start | می‌خوام کفش رو مرجوع کنم، اندازه‌ام نیست
return.policy | تا چند روز بعد از خرید میشه کالا رو پس داد؟
refund.request | پولم رو می‌خوام، محصول با عکسش فرق داشت
refund.status | وجه برگشتی کی به کارتم واریز میشه؟ دو هفته گذشته
payment.failed | کارتم موقع پرداخت رد شد، چیکار کنم؟
payment.methods | امکان پرداخت قسطی یا پرداخت در محل دارید؟
payment.charged_twice | دو بار از حسابم برای یک خرید پول برداشته شده
payment.discount | کد تخفیف قبول نمیشه
payment.discount | امتیازهای باشگاه مشتریانم بعد از خرید اضافه نشد
account.password_reset | نمی‌تونم وارد حسابم بشم، کد تایید پیامک نمیاد
account.delete | لطفا حساب کاربری من رو کامل پاک کنید
account.update | چطوری شماره موبایلم رو توی پروفایل عوض کنم؟
account.create | نمی‌تونم ثبت نام کنم، میگه ایمیل قبلا استفاده شده
product.search | دنبال کفش ورزشی مردانه زیر یک میلیون تومان هستم
product.availability | این مدل دوباره موجود میشه؟
product.info | این شارژر با سامسونگ A54 سازگاره؟
seller.listing | چطوری می‌تونم توی سایت شما فروشنده بشم و جنس بفروشم؟
human_handoff | می‌خوام با یه آدم واقعی صحبت کنم، نه ربات
complaint | از پشتیبانی شما خیلی ناراضی هستم، هیچکس جواب نمیده
feedback | خیلی ممنون، سریع رسید و بسته‌بندی عالی بود
greeting | درود، روزتون بخیر
thanks | خیلی ممنون از راهنماییتون
goodbye | همین بود، خدانگهدار
out_of_scope | هوای تهران فردا چطوره؟
out_of_scope | چطوری قرمه سبزی درست کنم؟
out_of_scope | قبض برقم خیلی زیاد اومده، به کجا شکایت کنم؟
order.status | আমার অর্ডার এখনো আসেনি, একটু দেখবেন প্লিজ?
order.status | আমার পার্সেল কবে পাঠানো হবে? এক সপ্তাহ হয়ে গেল
order.track | আমার পার্সেলের ট্র্যাকিং নম্বরটা দিন
order.invoice | অর্ডারের একটা ইনভয়েস দরকার, কোম্পানির নামে
order.place | কিভাবে অর্ডার করব? বোনের জন্য একটা উপহার পাঠাতে চাই
order.cancel | অর্ডারটা বাতিল করে দিন, ভুল করে দুইবার অর্ডার হয়ে গেছে
order.change_address | ঠিকানা ভুল দিয়েছি, এখন কি বদলানো যাবে?
order.change_items | অর্ডারে জামার সাইজ এম থেকে এল করা যাবে?
delivery.options | ঢাকার বাইরে ডেলিভারি চার্জ কত?
delivery.options | পিকআপ পয়েন্ট থেকে নিজে সংগ্রহ করা যাবে?
delivery.time | চট্টগ্রামে ডেলিভারি পেতে কত দিন লাগবে?
delivery.missing | ডেলিভারি হয়েছে দেখাচ্ছে কিন্তু আমি কিছুই পাইনি
delivery.damaged | পার্সেল খুলে দেখি জিনিসটা ভেঙে গেছে
delivery.damaged | ভুল পণ্য পাঠিয়েছেন, আমি অন্য রং অর্ডার করেছিলাম
delivery.damaged | বাক্সে একটা অংশ নেই
delivery.damaged | দুই মাসেই ফ্যানটা নষ্ট হয়ে গেছে, ওয়ারেন্টিতে সারানো যাবে?
return.start | জুতাটা ছোট হয়েছে, ফেরত পাঠাতে চাই
return.policy | কত দিনের মধ্যে পণ্য ফেরত দেওয়া যায়?
refund.request | আমার টাকা ফেরত চাই, পণ্যটা ছবির মতো না
refund.status | রিফান্ড কবে পাব? দুই সপ্তাহ হয়ে গেল
payment.failed | বিকাশে পেমেন্ট হচ্ছে না, বারবার ব্যর্থ দেখাচ্ছে
payment.methods | ক্যাশ অন ডেলিভারি আছে? কিস্তিতে দেওয়া যাবে?
payment.charged_twice | আমার কাছ থেকে দুইবার টাকা কেটেছে
payment.discount | ভাউচারটা চেকআউটে কাজ করছে না
account.password_reset | পাসওয়ার্ড ভুলে গেছি, লগইন করতে পারছি না
account.delete | আমার অ্যাকাউন্টটা মুছে দিন
account.update | অ্যাকাউন্টে ফোন নম্বর কিভাবে বদলাব?
account.create | অ্যাকাউন্ট খুলতে পারছি না, ওটিপি আসছে না
product.search | ছেলেদের জন্য কম দামে জুতা খুঁজছি
product.availability | এই শাড়িটা কি স্টকে আছে?
seller.listing | আমি এখানে বিক্রেতা হিসেবে পণ্য বিক্রি করতে চাই
human_handoff | একজন মানুষের সাথে কথা বলতে চাই
complaint | আপনাদের সার্ভিস খুবই খারাপ, কেউ উত্তর দেয় না
feedback | খুব তাড়াতাড়ি হাতে পেয়েছি, অনেক ভালো লাগলো
greeting | আসসালামু আলাইকুম
thanks | অনেক ধন্যবাদ আপনার সাহায্যের জন্য
goodbye | আর কিছু না, আল্লাহ হাফেজ
out_of_scope | কাল সিলেটে বৃষ্টি হবে কি?
out_of_scope | বিরিয়ানি কিভাবে রান্না করব?
out_of_scope | ট্রেনের টিকিট অনলাইনে কিভাবে কাটব?
order.status | میرا آرڈر ابھی تک نہیں آیا، براہ کرم چیک کریں
order.track | میرے پارسل کا ٹریکنگ نمبر بھیج دیں
order.cancel | میں اپنا آرڈر منسوخ کرنا چاہتا ہوں
order.change_address | پتہ غلط لکھ دیا ہے، کیا تبدیل ہو سکتا ہے؟
delivery.options | کیا آپ کراچی سے باہر بھی ڈیلیوری کرتے ہیں؟
delivery.missing | لکھا ہے ڈیلیور ہو گیا لیکن مجھے کچھ نہیں ملا
delivery.damaged | سامان ٹوٹا ہوا پہنچا
return.start | میں یہ جوتے واپس کرنا چاہتی ہوں، سائز چھوٹا ہے
refund.request | مجھے میرے پیسے واپس چاہئیں
refund.status | ریفنڈ کب تک آئے گا؟ دو ہفتے ہو گئے
payment.failed | ادائیگی نہیں ہو رہی، کارڈ مسترد ہو گیا
payment.methods | کیا کیش آن ڈیلیوری کی سہولت ہے؟
payment.charged_twice | میرے اکاؤنٹ سے دو بار پیسے کٹ گئے
payment.discount | ڈسکاؤنٹ کوڈ کام نہیں کر رہا
account.password_reset | پاس ورڈ بھول گیا ہوں، لاگ ان نہیں ہو رہا
account.delete | میرا اکاؤنٹ ختم کر دیں
human_handoff | کسی انسان سے بات کروائیں
complaint | آپ کی سروس بہت خراب ہے
greeting | السلام علیکم
thanks | بہت شکریہ آپ کی مدد کا
out_of_scope | کل لاہور میں موسم کیسا ہوگا؟
order.status | oye my order still hasn't llegado, ya pasaron como dos semanas
order.status | hola, quería saber si ya shipped mi pedido or is it still processing
order.cancel | necesito cancel mi order porfa, lo pedí by mistake
return.start | quiero hacer un return de los tenis, me quedan muy chiquitos
refund.status | ya mandé el return hace días y todavía no veo el refund en mi cuenta
payment.charged_twice | me cobraron twice por la misma compra, can you check?
delivery.missing | dice delivered pero no hay nada en mi puerta, nada de nada
human_handoff | can I talk con una persona real porfa, el bot no me entiende
payment.methods | aceptan pagos en cuotas o solo full payment?
delivery.damaged | la lámpara llegó broken, el vidrio todo quebrado
order.status | hi po, asan na po yung order ko? two weeks na kasi
order.cancel | pa-cancel naman po ng order ko, nagbago isip ko
return.start | gusto ko po i-return yung shoes, sobrang liit
refund.request | pwede po ba i-refund na lang, hindi gumagana yung charger
delivery.missing | nakalagay delivered na pero wala naman dumating sa bahay
payment.failed | ayaw pumasok ng payment ko sa GCash, ilang beses ko na tinry
order.change_address | mali po yung address na nailagay ko, pwede pa ba palitan?
delivery.options | may pickup point po ba kayo dito sa Cebu?
payment.discount | di gumagana yung voucher code ko sa checkout
human_handoff | pwede po makausap ang tao, hindi bot
order.status | eh my parcel still haven't reach leh, already one week liao
order.cancel | can cancel my order or not? I ordered wrong one lah
return.start | this shirt too small lah, how to return ah?
refund.status | refund until now still never come in, how long must wait?
delivery.missing | app say delivered already but nothing at my door one
payment.charged_twice | why charge my card two times ah, I only buy once
delivery.options | got self-collection at the MRT locker or not?
payment.methods | can pay by PayNow or must use card ah?
human_handoff | can get real person talk to me or not, the bot useless sia
complaint | wah lao your service damn jialat, three days nobody reply
order.status | salam, el order mte3i mazel ma wsolch, 3andi jem3tin nestanna
order.status | ya akhi wen el tale3b taba3i? tlabto min usbu3ain
order.cancel | bidi alghi el order, ghayart ra2yi
return.start | 3ayez arga3 el jacket, el ma2as mesh mazboot
refund.request | baddi masari raj3in, el montaj mish zay el sura
refund.status | el refund lessa ma nezelsh fel kart, ba2alo 3 asabee3
delivery.missing | maktoob delivered bas ma wasalni shi
payment.charged_twice | khasamo meni marratein 3ala nafs el talab
human_handoff | momken akalem 7ad beshar mesh robot
payment.discount | el code bta3 el khasm mesh shaghal
order.status | bhai parcel ka kya scene hai, 12 din se wait kar raha hoon
order.cancel | mujhe order cancel karna hai, galti se do baar order ho gaya
return.start | ye kurta size mein chhota hai, return kaise karun?
refund.status | refund ab tak account mein nahi aaya, das din ho gaye
delivery.missing | app pe delivered dikha raha hai par parcel mila hi nahi
payment.failed | checkout pe UPI se pay kiya, error aaya, account se amount debit ho gaya
payment.methods | EMI ka option hai kya is phone pe?
delivery.options | kya aap pickup point pe bhi delivery dete ho?
payment.discount | coupon code apply hi nahi ho raha checkout pe
human_handoff | kisi insaan se baat karwa do please, bot samajh nahi raha
order.place | I'd like to send a birthday present to my niece in another city, can I order it with a gift message and no prices on the slip?
order.place | how do I buy an e-gift card and have it emailed to my colleague on Friday
order.status | I pre-ordered the console back in March and the release date has passed, has my pre-order shipped yet?
product.availability | will you take pre-orders for the new tablet before launch day?
order.cancel | I no longer want the pre-ordered headphones, please take my name off before release day
payment.discount | my gift card says the balance is zero but I only used half of it
payment.discount | the loyalty points from my last three orders never showed up
payment.discount | the promo code from your newsletter says expired but the email says valid until Sunday
payment.discount | a rival shop lists this exact mixer for less, will you match their price before I check out?
refund.request | I bought the jacket on Monday and on Wednesday it went on sale for 30% less, can I get the difference back?
payment.methods | can I split the payment between my gift card and my credit card?
payment.methods | is it possible to pay in four instalments for an order over 200?
payment.methods | is it allowed to put 100 on PayPal and the remainder on a Visa for one order?
delivery.options | will I have to pay import duties on top when you ship to Canada?
delivery.options | a courier wants 38 in customs charges before they'll deliver my parcel, is that right?
delivery.options | can I collect my order from a parcel locker near the station instead of home delivery?
delivery.options | is it possible to reserve online and pick it up myself at one of your shops?
order.status | my click and collect order was supposed to be ready yesterday, is it at the store yet?
order.track | the locker code you sent doesn't open anything, which locker is my parcel in?
order.change_address | I'm away on a work trip, please send order 88401 to the post office counter on Mill Lane instead of my flat
delivery.damaged | my wardrobe kit came with only one of the two door hinges, can't finish building it
delivery.damaged | you sent a size 10 but the box says 8 and I ordered 9
delivery.damaged | the coffee grinder stopped working after eight months, how do I claim the warranty?
delivery.damaged | my laptop needs a repair under warranty, the hinge cracked on its own
delivery.damaged | the box had somebody else's hair dryer in it instead of the curling iron I paid for
order.status | the third-party seller hasn't shipped my order in 12 days, can you chase them?
human_handoff | how do I contact the seller directly? the item is sold by a third-party shop
refund.request | the marketplace seller won't answer me, I want my money back through you
account.update | where can I see how many loyalty points I have?
order.status | Subject: Re: Your order confirmation – I am writing because nothing has arrived since I paid on the 3rd. Could you tell me where it is?
order.cancel | Dear Sir or Madam, I placed an order on your website last night for a set of garden chairs. On reflection they will not fit on our balcony. Please cancel the order before it is dispatched. Yours faithfully, M. Okafor
return.start | Dear customer service, my mother received a cardigan as a gift from me but it is too large for her. She would like to exchange it for a smaller size. Kind regards
refund.status | To whom it may concern, I returned the vacuum cleaner on 14 May and your warehouse confirmed receipt on the 19th. It is now the middle of June and the refund has still not reached my account. I would be grateful for an update.
delivery.missing | We moved house last month and I was careful to update everything. The parcel shows as delivered to our new address on Tuesday, but nothing was left with us or the neighbours. What happens now?
payment.charged_twice | So I tried to pay, the page froze, I tried again and it went through. Now my banking app shows two payments of 64.90. Can one be reversed?
account.password_reset | I got a new phone over the weekend and moved all my apps across, which went fine apart from yours. It keeps asking for a code sent to my old number. I can't log in at all.
order.change_items | My daughter changed her mind about the colour after I ordered. It hasn't shipped yet. Could you switch the trainers to the white pair, same size?
delivery.time | It's for my father's 70th on Saturday and we live on an island. If I order today with express, will it actually get here by Friday?
order.status | Good afternoon. Back in October I ordered a rocking chair for my mother's care home room, paid in full, and received a confirmation. The staff there ask me every week when it will come. I'd simply like to know whether it has left your warehouse.
order.status | Hello, long story short: my card was replaced by the bank last month, the old one was used for this purchase, and I worry the order got stuck because of that. Could you check whether the order went through and is being prepared?
order.status | We're renovating the kitchen and the fitter comes on the 12th. I ordered the tap set three weeks ago and the account still says "awaiting dispatch". Is it coming before then?
order.status | the subscription parcel that normally comes on the 1st is missing this month, has it been sent out?
order.status | the seller marked it shipped but there's no movement at all on your side, is my order really on its way?
order.status | is my pre-ordered game going out on launch day or after?
order.status | my collection order isn't showing as ready in the app, has it reached the shop?
order.status | only half of what I ordered came, the rest says in transit, is the second half still coming?
order.status | ordered 3 weeks ago for my son's birthday and the status hasn't changed from "confirmed", is anyone working on it?
order.status | The link from my confirmation (.../my-orders/77102934) shows "on hold". On hold why?
order.status | checking on 5520 1873, nothing since friday
order.track | I never got a tracking link for my parcel, can you send me one?
order.track | which courier has my parcel? the app only says "handed to carrier"
order.invoice | my employer reimburses me only with an itemised invoice, could you send one for my purchase with the company address?
order.invoice | please reissue the receipt for my last order, the name is spelled wrong
order.place | how do I order something as a present so the price doesn't show on the delivery note?
order.place | I'd like to buy a digital voucher worth 25 and have it arrive in my brother's inbox on his birthday
order.place | can I sign up for a monthly refill of the water filters so I don't have to reorder every time?
order.place | my gran can't use the website, can I place an order for her over the phone?
order.place | I need 20 of the same notebooks for my team, how do I put a bulk order through with one invoice?
order.place | reorder the same cat litter I bought last month please
order.cancel | stop my coffee subscription for good, I don't want another delivery
order.cancel | the release date of my pre-order moved again, please cancel it and return my deposit
order.cancel | the marketplace seller hasn't even shipped after ten days, just cancel the order
order.cancel | Hi there. I ordered a dining table on Sunday, then my landlord told me the flat is being sold and we have to move by January. It hasn't shipped yet, so I'd like the order cancelled please.
order.change_address | I won't be home when it comes, could you send the parcel to the locker at the supermarket instead?
order.change_address | please change my order to collect in store instead of delivery to my home
order.change_address | my flat number is missing from the delivery address on my order, it's 4C
order.change_items | could you add gift wrapping and a little card to my order before it goes out?
order.change_items | please swap the standard edition in my pre-order for the collector's one
order.change_items | move my monthly delivery to the second week of the month please
order.change_items | can I drop the phone case from my order and just keep the screen protector?
delivery.options | do you ship heavy items like washing machines to the Channel Islands?
delivery.options | which pickup points near me can I choose at checkout?
delivery.options | how long does a parcel stay in the locker before it's sent back?
delivery.options | are import charges already paid when I order from a seller in the US?
delivery.options | the courier wants me to pay VAT before handing over my parcel, why wasn't that included?
delivery.options | do your drivers carry a fridge up to the third floor and take away the old one?
delivery.options | is there a way to get deliveries to the Isle of Barra? your checkout won't accept my postcode
delivery.time | I need a present to reach Singapore before the 24th, if I pay for express today will it make it?
delivery.time | what's the last day to order for delivery before new year?
delivery.missing | the locker says my parcel was put in box 22 but when I opened it there was nothing inside
delivery.missing | the courier's photo shows a parcel by a door that isn't ours, we never got it
delivery.missing | we were told two boxes were delivered but only one was on the porch
delivery.damaged | the drone came with just one propeller guard instead of four
delivery.damaged | the puzzle is missing pieces straight out of the sealed box
delivery.damaged | my toaster broke after ten months, do you repair it or replace it under the guarantee?
delivery.damaged | you sent EU size 40 instead of US 9, they're not the same at all
delivery.damaged | the parcel was left out in the rain at the pickup point and the book inside is soaked
delivery.damaged | the seller sent me a fake, the logo is wrong and there's no serial number
return.start | I'd like to exchange a gift I received for a different size, I don't have the receipt, only the gift slip
return.start | how do I send back only one item from my order and keep the rest?
return.start | bought from an outside seller on your site, do I send the faulty speaker back to them or to your warehouse?
return.policy | can I still return a laptop if I've taken the protective film off the screen?
return.policy | does the return period get longer for things bought as Christmas presents?
return.policy | who pays the postage to send back a faulty item?
refund.request | the price fell by 50 a few days after I bought it, can you refund the difference?
refund.request | the seller disappeared and never sent my item, I want my money refunded through you
refund.request | I paid partly with a gift card, when I return it does the money go back to the card or the voucher?
refund.status | I left the return at a parcel locker and got a receipt code, when does my money come back?
refund.status | your email says refund processed a week ago, nothing on my statement, is it on your side?
refund.status | my return was marked "refused by warehouse", what happens with my refund now?
payment.failed | the checkout spins and then gives a timeout, I can't pay at all
payment.failed | my pay later application was declined at checkout, can I use a normal card instead?
payment.failed | money left my account but the app says payment unsuccessful and there's no order
payment.methods | can I spread the cost of a fridge over 12 months?
payment.methods | is it possible to use two gift cards plus a credit card for the same basket?
payment.methods | can I pay for my pre-order when it ships instead of now?
payment.methods | do you take M-Pesa or mobile money?
payment.charged_twice | my paused subscription renewed anyway and took 14.99 from my card
payment.charged_twice | my card shows 9 more than the total on my receipt, why?
payment.charged_twice | there's a 1 euro authorisation on my card since I saved it, is that a charge?
payment.discount | I forgot to type the promo code at checkout, can you still take it off?
payment.discount | my second gift card didn't apply so my bank card paid the difference
payment.discount | can the student discount be combined with the sale price?
payment.discount | my voucher ran out after a week, can you extend it?
payment.discount | how many points do I need before I can use them on an order?
payment.discount | my 1,800 reward points vanished after the app update
account.update | where do I turn off the text messages but keep the emails?
account.update | is it possible to rename the display name I picked years ago?
account.update | please link my store loyalty card to my online account
account.update | I'd like a copy of all the personal data you store about me
account.update | please fold my old login into my current one so all my purchases are together
account.update | how do I turn on two-step login for my account?
account.password_reset | there's a login from a city I've never been to and my password no longer works, help me secure it
account.password_reset | logging in with Google just sends me back to the login page
account.password_reset | my account was suspended for unusual activity, how do I get it unlocked?
account.delete | I'm handling my late aunt's affairs and need her shopping profile shut down
account.create | I want to open a business account so our invoices come without VAT, how do I register?
product.availability | will the sold-out robot vacuum be restocked before Christmas?
product.availability | when do pre-orders start for the new console on your site?
product.info | how long is the warranty on the washing machines you sell?
product.info | does the drill come with a battery or is that extra?
product.search | a present for a 9 year old who loves space, under 25 pounds
product.search | do you sell refurbished phones with a guarantee?
seller.listing | a buyer asked me to pay outside the site, am I allowed to as a seller?
seller.listing | my bulk upload file was rejected, what columns does the product sheet need?
seller.listing | when are sellers paid for delivered orders?
seller.listing | why was my listing taken down? it was a second-hand bike
human_handoff | is there a phone line? I'd rather explain my warranty problem to a person
human_handoff | put a supervisor on this chat, the bot is going in circles
complaint | no need to reply, just noting that every delivery to our street turns up days late and it's getting old
complaint | the driver chucked my parcel over the gate, please report him
complaint | your seller sent me an abusive message over an honest review, I want action taken
complaint | your bot told me two different return periods in the same chat, get your facts straight
feedback | the gift wrapping looked really nice, my wife loved it
feedback | idea: let us hide sellers who ship from outside the country
feedback | the collection at the store took two minutes, very smooth
smalltalk | haha are you a real person or a program?
out_of_scope | I got a text from a fake courier asking me to pay a redelivery fee through a link, just letting you know it's a scam
out_of_scope | someone is selling cheap vouchers "from your shop" on social media, obviously fake, not asking anything
out_of_scope | do you have openings in your warehouse? I'm looking for a job
out_of_scope | I'm a reporter working on a story about online shopping, who handles press questions?
out_of_scope | which graphics card has more VRAM, the 4070 or the 7800 XT? just settling a bet
out_of_scope | my AliExpress parcel is stuck at customs, can you chase it for me?
out_of_scope | how do I report a fake PayPal email to PayPal?
out_of_scope | my hotel booking in Paris needs cancelling, I booked it through the hotel's own site
out_of_scope | I sold my bike privately and the buyer overpaid by cheque, is that a scam?
out_of_scope | what is the cheapest way to send money to my mum in Nigeria?
out_of_scope | my router keeps disconnecting the laptop, any tips?
out_of_scope | how do I cancel my yoga studio membership?
delivery.options | Kalau pesan dari luar negeri, apakah ada bea cukai yang harus saya bayar?
payment.methods | Bisa bayar cicilan 0% pakai kartu kredit nggak?
delivery.damaged | Garansi masih berlaku, tapi setrikanya mati setelah tiga bulan. Bisa diperbaiki?
delivery.options | Bisa ambil paket di loker atau titik ambil terdekat?
payment.discount | Poin reward saya tidak bertambah setelah belanja kemarin
delivery.damaged | Isi paket kurang satu, bautnya tidak ada
order.cancel | Tolong batalkan pre-order saya, rilisnya diundur terus
delivery.options | Hàng gửi từ nước ngoài có phải đóng thuế hải quan không?
payment.methods | Mua tivi này có chia ra trả hàng tháng được không?
delivery.damaged | Máy xay mới dùng hai tháng đã hỏng, có được bảo hành không?
delivery.damaged | Trong hộp thiếu phụ kiện, không có dây sạc
payment.discount | Mã giảm giá không áp dụng được khi thanh toán
refund.request | Giá vừa giảm sau khi tôi mua, có được hoàn lại phần chênh lệch không?
delivery.options | Je, nitalipa ushuru wa forodha kama mzigo unatoka nje ya nchi?
payment.methods | Naweza kulipa kidogo kidogo kwa awamu?
delivery.damaged | Simu imeharibika baada ya miezi mitatu, je dhamana inahusika?
delivery.damaged | Kifurushi kimefika lakini sehemu moja haipo
payment.discount | Kuponi yangu haifanyi kazi
delivery.options | Yurt dışından gelen siparişte gümrük vergisi ödeyecek miyim?
delivery.damaged | Ürün üç ayda bozuldu, garanti kapsamında tamir ediliyor mu?
delivery.damaged | Kutudan bir parça eksik çıktı
delivery.damaged | Yanlış beden gönderilmiş, ben 42 istemiştim
payment.discount | İndirim kodu sepette çalışmıyor
delivery.options | Paketi kargo dolabından ya da teslim noktasından alabilir miyim?
refund.request | Aldıktan iki gün sonra fiyat düştü, aradaki farkı iade eder misiniz?
delivery.options | May babayaran ba akong customs kapag galing abroad yung item?
payment.methods | Pwede bang hulugan gamit ang credit card, 6 months?
delivery.damaged | Dalawang buwan pa lang nasira na yung electric fan, sakop pa ba ng warranty?
delivery.damaged | Kulang yung laman ng box, walang kasamang remote
payment.discount | Ayaw tanggapin yung promo code sa checkout
order.cancel | سفارشم رو لغو کنید، دیگه لازمش ندارم
order.cancel | لطفا این خرید را لغو کنید و پول را برگردانید
order.change_address | نشانی تحویل را عوض کنید، به خانه مادرم بفرستید
account.password_reset | رمزم یادم رفته، لینک بازیابی رمز برام نمیاد
refund.request | جنس خراب بود، پول منو برگردونید
refund.status | پولی که قرار بود برگردونید هنوز به حسابم نیومده
order.status | سفارشم در چه وضعیتیه؟ هیچ خبری ازش ندارم
out_of_scope | قیمت بلیط قطار تهران به اصفهان چنده؟
order.cancel | এই অর্ডারটা বাতিল করুন প্লিজ
order.cancel | অর্ডার বাতিল করতে চাই, আর দরকার নেই
order.status | অর্ডারের কী অবস্থা? কবে পৌঁছাবে জানাবেন
refund.request | জিনিসটা নষ্ট ছিল, টাকা ফেরত দিন
account.update | প্রোফাইলের ইমেইল ঠিকানা বদলাতে চাই
payment.discount | ডিসকাউন্ট কোড দিলে কাজ করে না
feedback | আপনাদের সার্ভিস দারুণ, খুব খুশি হয়েছি
out_of_scope | কাল চট্টগ্রামে আবহাওয়া কেমন থাকবে?
order.cancel | Làm ơn hủy giúp tôi đơn này, tôi đặt nhầm
order.cancel | Hủy đơn hàng giúp mình với, không cần nữa
seller.listing | Tôi muốn mở gian hàng để bán sản phẩm của mình ở đây
order.cancel | Naomba mfute oda hii, sihitaji tena
order.cancel | Futa oda yangu tafadhali, niliagiza kwa makosa
payment.charged_twice | Kartımdan aynı sipariş için iki kere para çekildi
refund.status | İade ettiğim ürünün parası ne zaman hesabıma geçer?
seller.listing | Sitenizde satıcı olmak istiyorum, nasıl başvururum?
seller.listing | Jeg vil gerne sælge mine ting hos jer, hvordan opretter jeg mig?
product.search | Har I en god støvsuger til under 1000 kroner?
product.availability | Har I den her jakke i str. M på lager?
order.place | Haluaisin ostaa tämän lampun, miten tilaan?
order.place | Jeg vil gerne købe den her kjole, hvordan bestiller jeg?
order.place | Voldria comprar aquest llum, com faig la comanda?
order.place | Saya nak beli dua helai baju ni, macam mana nak order?
feedback | Erittäin hyvä palvelu, paketti tuli nopeasti
complaint | Huono palvelu, kukaan ei vastaa sähköposteihin
human_handoff | Saisinko puhua asiakaspalvelijan kanssa?
thanks | Tak for hjælpen, det var det hele
goodbye | Gràcies per tot, fins aviat
order.track | the tracking number hasn't updated in a week, is my parcel lost or just delayed?
order.track | my parcel's tracking is frozen on "in transit" for six days, what does that mean?
payment.discount | all my reward points are gone since your app update, where did they go?
product.availability | when can I put my name down for the new console, are pre-orders open yet?
product.search | got sell mango sticky rice mix or not
product.availability | anyone on the marketplace still selling the discontinued Lego castle, new in box?
seller.listing | can I list a second-hand phone with a scratched screen?
seller.listing | put my old road bike up for sale, 250, barely used
delivery.damaged | second time in a row the trousers arrive in the wrong length
delivery.damaged | one earbud doesn't make any sound, brand new out of the box
delivery.damaged | the laptop box had no charger in it
order.change_address | here's where the order should go now: 9 Quay Street, flat 2
order.change_items | push my recurring delivery to later in the month, after payday
order.place | how do I set up a repeat delivery of nappies every four weeks?
complaint | the gift box you charged extra for came crushed and cheap looking, embarrassing
out_of_scope | a text claiming to be a courier wants me to pay a small fee through a link, it's not you, just warning people
out_of_scope | I write for a local paper and would like a quote from your company about holiday shopping
out_of_scope | what's the difference between an ISA and a pension?
out_of_scope | a buyer on a classifieds site overpaid me and wants the change back, scam?
out_of_scope | how many pixels did the first digital camera have?
out_of_scope | a scammer is posting fake gift cards of yours online, I'm not buying, just telling you
"""#
}
