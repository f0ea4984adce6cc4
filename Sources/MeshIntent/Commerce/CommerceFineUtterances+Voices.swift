extension CommerceFineUtterances {
  /// Situations of commerce-voice-dev (a development set written to heldout30's brief, read on branch nlu47) that
  /// the other lines did not teach: whole messages in Indonesian, Tagalog, Hindi and Urdu in Latin letters, Arabic
  /// in Latin letters, Vietnamese, Swahili, Russian (Cyrillic and Latin) and Japanese romaji, the languages nlu44's
  /// lines left out (the sentence encoder was trained on English, so these words reach the models only through lines
  /// like these); voice-assistant transcripts with fillers and false starts; children, letters, people writing for
  /// someone else, SMS abbreviations and emoji. The common asks of each, not the set's lines: no line shares 80% of
  /// its words with a line of a set in `mesh/data/intents` (heldout30 aside, never opened) or another training file
  /// (`mesh/scripts/word-overlap.py`, also with Unicode words, so Cyrillic and Vietnamese lines are compared too).
  static let voices = #"""
order.status | kak paket saya kok belum datang juga, udah seminggu nunggu
order.status | pesananku udah dikirim belum ya min
order.cancel | kak saya mau batalin pesanan, salah pilih warna
order.change_address | alamat kirimnya salah kak, mau saya ganti ke rumah ibu
return.start | gimana cara retur barang yang rusak
refund.status | dananya kapan balik kak, barang retur udah sampai gudang
refund.request | saya minta uang kembali, barangnya gak sesuai deskripsi
delivery.damaged | barang datang pecah kak, gimana ini
payment.methods | bisa bayar pakai transfer bank atau cod?
payment.failed | pembayaran saya gagal terus pakai kartu kredit
payment.charged_twice | saldo saya kepotong dua kali untuk satu pesanan
account.password_reset | saya gak bisa masuk akun, lupa password
account.delete | tolong hapus akun saya beserta datanya
product.availability | stok kaos hitam ukuran L masih ada gak
product.search | cari tas ransel buat sekolah yang murah dong
seller.listing | gimana caranya buka toko dan jualan di aplikasi ini
human_handoff | saya mau ngobrol sama admin manusia aja, bukan bot
complaint | pelayanan kalian lambat banget, saya kecewa
feedback | barangnya bagus, pengirimannya cepat, terima kasih banyak
delivery.options | ongkir ke medan berapa kak
delivery.time | berapa hari pengiriman ke bali
delivery.missing | status paket sudah diterima tapi barangnya gak ada di rumah
order.place | kak mau order dua botol madu ini
greeting | selamat pagi kak
thanks | makasih banyak kak, sangat membantu
out_of_scope | resep nasi goreng yang enak gimana
out_of_scope | jadwal kereta ke bandung besok jam berapa
order.status | nasaan na po ang parcel ko, isang linggo na po
order.status | na-ship na po ba yung order ko
order.cancel | gusto ko pong i-cancel ang order ko
order.change_address | mali po yung address na nilagay ko, paano po palitan
return.start | paano po mag-return ng sirang item
refund.status | kailan po maibabalik ang pera ko
refund.request | gusto ko pong ma-refund, sira po yung dumating
delivery.damaged | basag po yung baso nung dumating
payment.methods | pwede po ba cash on delivery
payment.failed | ayaw pumasok ng bayad ko gamit ang card
account.password_reset | hindi po ako makapag-login sa account ko
account.delete | pakibura po ng account ko
product.availability | meron pa po ba kayong stock ng bentilador
product.search | naghahanap po ako ng sapatos pang-basketball
seller.listing | pwede po ba akong magbenta ng mga gamit ko dito
human_handoff | gusto ko pong makausap ang tao hindi bot
complaint | ang bagal po ng serbisyo nyo, nakakainis na
feedback | salamat po, maayos at mabilis po ang delivery
delivery.options | magkano po ang delivery fee papuntang davao
delivery.time | ilang araw po bago dumating sa iloilo
delivery.missing | delivered daw po pero wala naman akong natanggap
order.place | paano po bumili dito
greeting | magandang hapon po sa inyo
thanks | maraming salamat po
out_of_scope | anong oras po bukas ang bangko
order.status | mera parcel abhi tak nahi aaya, kab aayega
order.status | order ka status batao please
order.cancel | mujhe apna order cancel karna hai
order.change_address | delivery address badalna hai mere order ka
return.start | ye shirt return karni hai, fitting sahi nahi hai
refund.status | refund kab tak account mein aayega
refund.request | mujhe paise wapas chahiye, product kharab nikla
delivery.damaged | saman toota hua aaya hai
payment.methods | kya cash on delivery ka option hai
payment.failed | payment fail ho gaya par paise kat gaye
payment.charged_twice | do baar paise kat gaye ek hi order ke
account.password_reset | password bhool gaya hoon, login nahi ho raha
account.delete | mera account band kar dijiye
product.availability | kya ye joote size 9 mein milenge
product.search | sasta sa mixer grinder dikhao
seller.listing | main yahan seller kaise ban sakta hoon
human_handoff | customer care wale se baat karni hai
complaint | bahut bekaar service hai, koi jawab nahi deta
feedback | bahut accha experience raha, dhanyavaad
delivery.options | karachi mein delivery charges kitne hain
delivery.time | delhi tak pahunchne mein kitne din lagenge
delivery.missing | delivered dikha raha hai lekin mujhe mila nahi
order.place | mujhe ye saree kharidni hai
greeting | namaste, kaise hain aap
greeting | assalam o alaikum
thanks | bahut shukriya bhai
out_of_scope | aaj mausam kaisa rahega
order.status | wein el talab taba3i, sar lo usbu3
order.status | el order ba3do ma wasal
order.cancel | baddi elghi el talab
order.change_address | baddi ghayer 3enwan el tawsil
return.start | kif baddi raje3 el ghara, mish 3ajebni
refund.status | emta btraj3o el masari
refund.request | baddi masariye raj3in, el montaj kharban
delivery.damaged | el montaj wasal maksour
payment.methods | fi daf3 3and el istilam?
payment.failed | el visa ma 3am temshi bel daf3
account.password_reset | nseet kelmet el ser
account.delete | baddi emsa7 el 7esab taba3i
product.availability | 3andkon hal sha7en bel lon el aswad?
human_handoff | baddi e7ki ma3 insan mish robot
complaint | el khedme kteer se2a, ma 7ada byrod
delivery.time | kam yom byakhod el tawsil 3ala 3amman
delivery.options | btwaslo 3al sa3udiyye?
greeting | marhaba
greeting | salam 3alaykom
thanks | shukran kteer
seller.listing | kif fini bi3 aghradi hon
out_of_scope | shu el ta2es bokra
order.status | shop ơi bao giờ hàng của mình mới tới
order.status | sao đơn của mình lâu thế, một tuần rồi chưa nhận
order.cancel | mình đặt nhầm rồi, hủy giúp mình với
order.change_address | cho tôi đổi địa chỉ nhận hàng
return.start | tôi muốn trả lại sản phẩm bị lỗi
refund.status | bao giờ tôi nhận được tiền hoàn lại
refund.request | hoàn tiền cho tôi, hàng bị hỏng
delivery.damaged | hàng giao tới bị vỡ hết
payment.methods | có thanh toán khi nhận hàng không
payment.failed | thanh toán bị lỗi, thẻ không được chấp nhận
payment.charged_twice | tôi bị trừ tiền hai lần cho một đơn
account.password_reset | tôi không đăng nhập được tài khoản
account.delete | xóa tài khoản của tôi đi
product.availability | áo này còn size M không shop
product.search | tìm giày chạy bộ giá rẻ
seller.listing | làm sao để mở gian hàng bán trên đây
human_handoff | cho tôi gặp nhân viên tư vấn
complaint | dịch vụ quá tệ, tôi rất thất vọng
delivery.options | phí ship ra đà nẵng bao nhiêu
delivery.time | giao tới sài gòn mất mấy ngày
delivery.missing | báo đã giao nhưng tôi chưa nhận được gì
order.place | tôi muốn đặt mua cái nồi này
thanks | cảm ơn bạn nhiều nha
order.status | don hang cua toi dang o dau roi
out_of_scope | hôm nay thời tiết sài gòn thế nào
order.status | mzigo wangu bado haujafika, uko wapi
order.status | oda yangu imeshatumwa?
order.cancel | nataka kughairi oda yangu
order.change_address | nataka kubadilisha anwani ya kupelekea mzigo
return.start | nataka kurudisha bidhaa hii, haifanyi kazi
refund.status | pesa zangu zitarudishwa lini
refund.request | naomba kurejeshewa pesa zangu
delivery.damaged | bidhaa imefika ikiwa imevunjika
payment.methods | mnakubali malipo ya airtel money?
payment.failed | malipo yangu yamekataliwa
account.password_reset | siwezi kuingia kwenye akaunti yangu
account.delete | futa akaunti yangu tafadhali
product.availability | mna simu hii kwa rangi nyeusi?
seller.listing | ninawezaje kuuza bidhaa zangu hapa
human_handoff | naomba kuongea na mhudumu
complaint | sijaridhika na huduma yenu hata kidogo
feedback | asante, huduma nzuri sana
delivery.options | gharama ya kusafirisha hadi mombasa ni kiasi gani
delivery.time | itachukua muda gani kufika arusha
delivery.missing | inasema imefikishwa lakini sijapokea kitu
greeting | mambo vipi
thanks | asante sana
order.place | nataka kununua viatu hivi
out_of_scope | hali ya hewa ya kesho ikoje dar es salaam
order.status | когда придёт моя посылка
order.status | мой заказ уже отправили?
order.cancel | хочу отменить заказ
order.change_address | нужно поменять адрес доставки
return.start | как оформить возврат товара
refund.status | когда вернут деньги за возврат
refund.request | верните мне деньги, товар бракованный
delivery.damaged | товар пришёл разбитым
payment.methods | можно оплатить наличными при получении?
payment.failed | не проходит оплата картой
account.password_reset | не могу войти, забыл пароль
account.delete | удалите мою учётную запись
product.availability | эта куртка есть в пятидесятом размере?
product.search | ищу недорогой пылесос
seller.listing | как стать продавцом на вашей площадке
human_handoff | позовите живого оператора
complaint | ужасное обслуживание, никто не отвечает
feedback | всё отлично, спасибо за быструю доставку
delivery.options | вы отправляете посылки в Беларусь? какие есть варианты
delivery.time | сколько дней идёт доставка до Москвы
delivery.missing | написано доставлено, но посылки нет
order.place | хочу заказать этот чайник
greeting | здравствуйте
thanks | большое спасибо
out_of_scope | какой сегодня курс доллара
order.status | kogda pridet moya posylka
order.status | gde moya posylka, uzhe nedelyu zhdu
order.cancel | hochu otmenit zakaz
order.change_address | pomenyat adres dostavki mozhno?
return.start | kak sdelat vozvrat tovara
refund.status | kogda vernut dengi
payment.failed | ne prohodit oplata kartoy
account.password_reset | ne mogu voyti v akkaunt
account.delete | udalite moy akkaunt
product.availability | est' eta kurtka v chernom cvete?
human_handoff | mne nuzhen zhivoy chelovek
complaint | ochen plohoe obsluzhivanie
delivery.options | skolko stoit dostavka v minsk
greeting | zdravstvuyte
thanks | spasibo za pomoshch
seller.listing | kak nachat prodavat u vas
out_of_scope | skolko let pushkinu
order.status | chuumon shita nimotsu ga mada todokimasen
order.status | watashi no chuumon wa hassou saremashita ka
order.cancel | chuumon wo torikeshitai desu
order.change_address | otodokesaki no juusho wo henkou shitai desu
return.start | henpin no houhou wo oshiete kudasai
refund.status | henkin wa itsu saremasu ka
refund.request | henkin shite kudasai, shouhin ga kowarete imashita
delivery.damaged | shouhin ga kowarete todokimashita
payment.methods | daibiki wa tsukaemasu ka
payment.failed | kurejitto kaado no kessai ga dekimasen
account.password_reset | roguin dekimasen, dou sureba ii desu ka
account.delete | akaunto wo sakujo shite kudasai
product.availability | kono fuku no emu saizu wa zaiko arimasu ka
product.search | yasui suihanki wo sagashite imasu
seller.listing | koko de shuppin suru niwa dou sureba ii desu ka
human_handoff | tantousha to hanashitai desu
complaint | saabisu ga hidoi desu, totemo fuman desu
delivery.options | kaigai hassou wa dekimasu ka
delivery.time | osaka made nannichi kakarimasu ka
delivery.missing | haitatsu kanryou to natte imasu ga uketotte imasen
order.place | kore wo futatsu chuumon shitai desu
greeting | ohayou gozaimasu
thanks | arigatou gozaimasu
out_of_scope | kyou no nyuusu wo oshiete
order.status | um yeah hi uh where is my uh package the one from last week
order.status | uh so the order i made on monday um has it like left yet
order.status | okay google ask the store if my parcel is coming today
order.status | alexa uh what's the status of my shop order
order.status | hello um i'm just calling to uh check on my order you know the kettle one
order.status | wheres my ordr i ordrd it 2 wks ago
order.status | hi i am ten and i spent my birthday money on a puzzle when does it come
order.status | Dear Sir or Madam, I ordered a set of bedding from you a fortnight ago and have heard nothing since. Has it been dispatched? Yours faithfully, Mrs Pearce
order.status | I am writing for my mother, who does not use computers. She bought a heater from you ten days ago and wants to know when it will arrive
order.cancel | uh cancel um cancel the thing i ordered this morning please i don't need it
order.cancel | hey siri tell the shop um i changed my mind about the order, stop it
order.cancel | pls cncl my ordr thx
order.cancel | my little brother ordered a toy on my mum's account without asking, please cancel it
order.change_address | um so i put in my old um address by mistake can you switch it to the new one
order.change_address | the uh the flat number is wrong on my order it's uh twelve not twenty
order.change_items | uh can i make it um two of them instead of one on my order
return.start | hey google tell the store i wanna send back the uh the jacket
return.start | um the the trousers don't fit so uh how do i send them back
return.start | i want to return the jeans... i mean the genes... the trousers, they're too long
return.start | Dear Sirs, I wish to return the cardigan I received, as it is too large. Kindly advise me how to proceed
return.start | my grandad wants to send back the radio he bought, can i do that for him
refund.status | uh did my refund go through yet um for the blender i sent back
refund.status | hv nt gt my rfnd yet
refund.status | 💸❓ returned the boots weeks ago still waiting on the money
refund.request | um the the toaster doesn't work at all so i just want my money back
delivery.damaged | uh it came um broken like the handle snapped off the mug
delivery.damaged | 😢 the cake stand arrived in pieces
delivery.missing | um it says delivered but uh there's nothing here at all
delivery.missing | 📦❌ the app shows it was left at my door but the doorstep is empty
delivery.time | um how long does it take to get to uh scotland
delivery.options | alexa ask the shop uh do they deliver to the islands
payment.charged_twice | u chrgd me 2x for 1 thing
payment.charged_twice | um i think i got charged like uh twice for the same order
payment.failed | uh the payment thing keeps saying error when i try to pay
payment.methods | um can i like pay when it arrives cash
payment.discount | um the uh the discount code from the email isn't doing anything
account.password_reset | um i can't get in my account the password thing isn't working
account.password_reset | forgot pw cant login
account.update | um i need to change the uh phone number on my account
account.delete | um yeah i'd like to um get rid of my account altogether
product.search | alexa ask the shop do they have um like a kids scooter
product.search | um i'm after a uh a present for my wife she likes gardening
product.availability | uh is the um the blue kettle back in stock yet
seller.listing | um how do i uh put my stuff up for sale on here
human_handoff | um is there uh a human i could chat with instead
complaint | uh honestly the service has been awful i've waited ages
feedback | um just wanted to say the delivery man was really nice
greeting | uh hi there
goodbye | ok um thats all thanks bye
out_of_scope | um hey google what's the weather like
out_of_scope | alexa play some music
return.start | rtn pls, wrong size sent
order.cancel | ❌ stop the parcel, my husband already bought one
order.change_address | 🏠 new house since sunday, redirect my order there pls
order.status | cn u chk my ordr sts pls
delivery.damaged | 😡 smashed again, third time this happens
seller.listing | wie werde ich verkäufer auf eurem marktplatz
seller.listing | je voudrais vendre mes vieux livres chez vous, comment faire
seller.listing | quiero vender ropa que ya no uso, cómo publico un anuncio
seller.listing | como faço para anunciar um produto para vender
seller.listing | come posso mettere in vendita i miei prodotti qui
seller.listing | hoe kan ik hier spullen verkopen
seller.listing | chcę sprzedawać swoje rękodzieło, jak założyć konto sprzedawcy
seller.listing | burada nasıl satıcı olabilirim
seller.listing | apna dukaan kholna hai is app pe, kaise karu
seller.listing | saya mau jualan baju bekas di sini, caranya gimana
order.place | ich will zwei handtücher kaufen, wie bestelle ich
order.place | je souhaite acheter ce manteau, comment passer commande
order.place | quiero pedir dos de estas camisetas
order.place | quero comprar esse fone, como faço
order.place | vorrei comprare questa borsa, come si fa l'ordine
order.place | ik wil deze jas bestellen
order.place | chcę kupić ten czajnik, jak złożyć zamówienie
order.place | bu ayakkabıyı sipariş vermek istiyorum
order.place | ye wala mixer order karna hai mujhe
order.place | mau beli kipas angin yang ini kak
order.place | gusto ko pong bumili ng dalawang unan
order.place | tôi muốn mua hai cái áo này
order.place | nataka kuagiza simu hii
feedback | super service, die lieferung war blitzschnell
feedback | très satisfait de ma commande, merci à toute l'équipe
feedback | me encantó el servicio, todo perfecto
feedback | adorei a entrega, chegou antes do prazo
feedback | servizio ottimo, consegna veloce
feedback | heel tevreden met mijn bestelling, top
feedback | świetna obsługa, polecam
feedback | çok memnun kaldım, teşekkürler
feedback | bahut badiya service, jaldi delivery mili
feedback | mantap banget pelayanannya, barangnya cepat sampai
feedback | ang bilis po ng delivery, salamat sa inyo
feedback | huduma yenu ni nzuri sana, mzigo ulifika haraka
feedback | отличный магазин, всё пришло быстро
complaint | je suis très déçu, personne ne répond à mes messages
complaint | pésimo servicio, llevo días esperando respuesta
complaint | atendimento péssimo, ninguém resolve nada
complaint | servizio pessimo, sono molto deluso
complaint | slechte service, ik ben erg ontevreden
complaint | bardzo słaba obsługa, jestem niezadowolony
complaint | hizmetiniz çok kötü, hiç memnun değilim
complaint | huduma mbovu kabisa, nimechoka kusubiri
complaint | pelayanannya jelek banget, kecewa berat
human_handoff | ich will mit einem echten menschen reden
human_handoff | quiero hablar con un agente de atención al cliente
human_handoff | posso falar com alguém do suporte
human_handoff | voglio parlare con una persona vera
human_handoff | kan ik met een medewerker praten
human_handoff | chcę porozmawiać z człowiekiem
human_handoff | gerçek bir kişiyle görüşmek istiyorum
human_handoff | mujhe kisi agent se baat karni hai
human_handoff | tolong sambungkan ke customer service
delivery.options | liefert ihr nach österreich und was kostet der versand
delivery.options | vous livrez en suisse ? quels sont les frais de port
delivery.options | hacen envíos a perú? cuánto cuesta
delivery.options | vocês enviam para portugal? qual o valor do frete
delivery.options | spedite anche in svizzera? quanto costa la spedizione
delivery.options | versturen jullie naar duitsland, wat zijn de verzendkosten
delivery.options | czy wysyłacie do niemiec, ile kosztuje przesyłka
delivery.options | almanya'ya gönderim yapıyor musunuz, kargo ücreti ne kadar
delivery.options | kya aap dubai bhejte ho, shipping kitni lagegi
delivery.options | bisa kirim ke malaysia gak, ongkosnya berapa
delivery.options | nagpapadala po ba kayo sa mindanao, magkano
delivery.options | mnatuma mizigo hadi kampala? bei gani
delivery.time | wie lange dauert der versand nach italien
delivery.time | combien de temps pour recevoir un colis au canada
delivery.time | cuántos días tarda el envío a méxico
delivery.time | quanto tempo demora para chegar em são paulo
delivery.time | hoe lang duurt de levering naar antwerpen
delivery.time | ile dni trwa dostawa do gdańska
delivery.time | kitne din mein lahore pahunchega
delivery.time | momkin ta3rfni kam yom el tawsil 3ala el riyadh
delivery.time | todoke made nannichi gurai kakarimasu ka
delivery.missing | il est indiqué livré mais je n'ai pas de colis
delivery.missing | dice que se entregó pero no me llegó
delivery.missing | risulta consegnato ma non ho ricevuto niente
delivery.missing | status zugestellt, aber das paket ist nicht hier
delivery.missing | teslim edildi görünüyor ama elime geçmedi
refund.status | ich warte noch auf meine rückerstattung
refund.status | où est mon remboursement, j'ai renvoyé le colis
refund.status | mi reembolso todavía no aparece
refund.status | paise abhi tak wapas nahi aaye refund ke
refund.status | kapan refund saya masuk kak
return.start | como faço a devolução deste vestido
return.start | wie kann ich die hose zurückgeben
return.start | je voudrais retourner ces chaussures
return.start | vorrei restituire questa giacca
return.start | ik wil deze schoenen terugsturen
return.start | yeh kurta wapas karna hai
return.start | saya mau balikin barang ini, ukurannya kekecilan
payment.charged_twice | j'ai été prélevé deux fois pour la même commande
payment.charged_twice | me cobraron dos veces
payment.charged_twice | mi hanno addebitato due volte
payment.charged_twice | ich habe zweimal bezahlt für eine bestellung
payment.charged_twice | iki kere ödeme çekildi
payment.charged_twice | paisa do baar kat gaya
payment.charged_twice | с карты дважды сняли деньги
payment.methods | kann ich mit klarna bezahlen
payment.methods | on peut payer en trois fois ?
payment.methods | se puede pagar con mercado pago
payment.methods | posso pagar com cartão de débito
payment.methods | si può pagare con satispay
payment.methods | czy można płacić przy odbiorze
payment.methods | jazzcash se payment kar sakte hain?
payment.methods | bisa bayar pakai dana atau shopeepay
payment.methods | pwede po bang magbayad sa 7-eleven
payment.methods | naweza kulipa kwa kadi ya benki?
payment.methods | có trả góp qua thẻ tín dụng không
payment.methods | kurejitto kaado igai no shiharai houhou wa arimasu ka
payment.methods | oplata nalichnymi vozmozhna?
payment.methods | momkin adfa3 kash 3and el tawsil
payment.failed | meine kartenzahlung wird immer abgelehnt
payment.failed | ma carte est refusée à chaque fois
payment.failed | el pago no se completa, me da error
account.password_reset | hasło nie działa, nie mogę się zalogować
account.password_reset | lupa password akun, gak bisa login
account.password_reset | nimesahau nywila yangu, siwezi kuingia
account.password_reset | password yaad nahi aa raha, reset kaise karu
account.password_reset | mật khẩu sai hoài, không vào được
account.password_reset | zabyla parol, pomogite voyti
account.password_reset | nseet el password, mish 3am befout
account.delete | bitte mein konto komplett löschen
account.delete | usun moje konto i dane
product.availability | avez-vous ce pull en taille M
product.availability | vocês têm esse tênis no tamanho 39
product.availability | avete questo modello in nero
product.availability | hebben jullie deze jas in maat L
product.availability | czy macie te buty w rozmiarze 41
product.availability | bu ceketin M bedeni var mı
product.availability | ye kurta medium size mein hai kya
product.availability | ada stok sepatu ini ukuran 42 kak
product.availability | meron po ba nito sa kulay pula
product.availability | mna viatu hivi saizi 42?
product.availability | y vas est' etot chaynik v nalichii?
product.availability | kono kaban no kuro wa arimasu ka
product.search | ich suche eine günstige kaffeemaschine
product.search | je cherche un aspirateur pas cher
product.search | busco auriculares inalámbricos baratos
product.search | cerco una borraccia termica
product.search | ik zoek een regenjas voor kinderen
product.search | szukam plecaka na laptopa
product.search | ucuz bir kulaklık arıyorum
product.search | koi accha sa headphone dikhao 2000 tak
product.search | cari kipas angin kecil buat kamar
product.search | tafuta viatu vya kukimbia bei nafuu
product.search | tìm nồi cơm điện nhỏ giá rẻ
order.cancel | pesanan saya tolong dicancel ya kak
order.cancel | pakikansela po ang order ko
order.cancel | ghairi oda yangu tafadhali
order.cancel | zakaz otmenite pozhaluysta, peredumal
order.cancel | отмените мой заказ, он мне больше не нужен
order.cancel | baddi laghi el order law sama7t
order.cancel | cxl my ordr pls
order.change_address | preciso alterar o endereço de entrega
order.change_address | vorrei modificare l'indirizzo di consegna
order.change_address | ik wil het afleveradres aanpassen
order.change_address | teslimat adresini değiştirmem lazım
order.change_address | ganti alamat pengiriman pesanan saya dong
order.change_address | pakipalitan po ang address ng delivery
order.change_address | smenite adres dostavki pozhaluysta
order.status | wo ist mein paket, ich warte seit tagen
order.status | où est mon colis, j'attends depuis une semaine
order.status | dónde está mi paquete, no me llega
order.status | dov'è il mio pacco, sto ancora aspettando
order.status | waar is mijn pakket, ik wacht al dagen
order.status | gdzie moja paczka, czekam tydzień
order.status | mera order kahan hai, abhi tak nahi mila
order.status | oda yangu iko wapi, bado sijaipata
order.status | nimotsu wa ima doko ni arimasu ka
greeting | goedendag
greeting | selamat siang
greeting | habari za asubuhi
greeting | добрый день
greeting | konbanwa
greeting | chào shop
thanks | grazie mille
thanks | dziękuję bardzo
thanks | terima kasih kak
thanks | спасибо большое
thanks | dhanyavaad ji
out_of_scope | wie wird das wetter am wochenende
out_of_scope | quel temps fera-t-il demain à lyon
out_of_scope | cómo hago una tortilla de patatas
out_of_scope | quem ganhou o jogo de ontem
out_of_scope | che ore sono a new york
out_of_scope | hoe laat is het in amsterdam
out_of_scope | jaki jest kurs euro dzisiaj
out_of_scope | bugün maç kaç kaç bitti
out_of_scope | aaj ka match kaun jeeta
out_of_scope | cuaca di jakarta besok gimana
out_of_scope | anong oras na po sa maynila
out_of_scope | nani alishinda mechi jana
out_of_scope | hôm nay ăn gì ngon
out_of_scope | kakoy kurs evro segodnya
out_of_scope | какая погода будет завтра
out_of_scope | oishii ramen no mise wo oshiete
out_of_scope | shu el akl el tayyeb bel beirut
out_of_scope | mein grab food order nahi aaya
out_of_scope | pesanan shopee food saya belum sampai
out_of_scope | mi pedido de glovo no ha llegado
out_of_scope | my deliveroo dinner is cold, refund me
out_of_scope | i am 7 how tall is a giraffe
out_of_scope | why is the sky blue, my teacher asked
out_of_scope | is this text about a parcel held at customs a scam
"""#
}
