extension CommerceFineUtterances {
  /// Situations of commerce-situations-dev (a development set written to heldout29's brief, read on branch nlu44)
  /// that the other lines did not teach: shoppers writing their whole message in German, French, Spanish,
  /// Portuguese, Polish, Turkish, Italian or Dutch, or mixing a word of theirs into English (the sentence encoder
  /// was trained on English, so these words reach the models only through lines like these); faults months after
  /// the purchase, digital keys and downloads, groceries and perishables, price drops and cashback, a points
  /// balance, hacked accounts, large items' delivery services and customs duties (docs/INTENTS.md says where each
  /// belongs). The common asks of each language, not the set's lines: no line shares 80% of its words with a line
  /// of a set in `mesh/data/intents` or another training file (`mesh/scripts/word-overlap.py`).
  static let situations = #"""
order.status | wo ist meine bestellung, ich warte schon über eine woche darauf
order.cancel | ich möchte meine bestellung von gestern stornieren
return.start | wie schicke ich die schuhe zurück, sie sind mir zu klein
refund.status | die rücksendung ist angekommen, wann bekomme ich mein geld zurück
account.password_reset | passwort vergessen, ich komme nicht mehr in mein konto
account.delete | bitte mein kundenkonto schließen und alle daten löschen
order.change_address | ich bin umgezogen, bitte die lieferadresse der bestellung ändern
human_handoff | ich möchte mit einem menschen sprechen, nicht mit einem chatbot
complaint | ich bin sehr enttäuscht, niemand antwortet auf meine mails
payment.methods | kann ich per lastschrift oder mit paypal zahlen
delivery.missing | laut sendungsverfolgung zugestellt, aber kein paket vor der tür
order.place | wie kann ich hier etwas kaufen, ich finde den warenkorb nicht
seller.listing | wie verkaufe ich meine gebrauchten sachen bei euch als privatverkäufer
out_of_scope | wie wird das wetter morgen in hamburg
order.status | où en est ma commande, je n'ai toujours rien reçu
order.cancel | je voudrais annuler ma commande s'il vous plaît
return.start | comment renvoyer un pantalon qui ne me va pas
refund.status | je n'ai pas encore été remboursé pour mon retour
account.password_reset | je ne retrouve plus mon mot de passe et le lien de réinitialisation n'arrive pas
account.delete | je souhaite fermer définitivement mon compte client
order.change_address | je dois modifier l'adresse de livraison de ma commande
human_handoff | je veux parler à un conseiller humain s'il vous plaît
complaint | je suis très mécontente de votre service après-vente
payment.failed | mon paiement est refusé, la carte ne passe pas
delivery.time | combien de jours pour une livraison en belgique
out_of_scope | quelle heure est-il à montréal maintenant
order.status | dónde está mi pedido, lo compré hace diez días
order.cancel | quiero cancelar mi compra, ya no la necesito
return.start | cómo devuelvo unas zapatillas que me quedan pequeñas
refund.status | todavía no me han devuelto el dinero de la devolución
account.password_reset | no puedo entrar en mi cuenta, olvidé la contraseña
order.change_address | me he mudado, pueden mandar el paquete a mi piso nuevo en otra calle
human_handoff | pásame con alguien de atención al cliente, por favor
payment.methods | puedo pagar con tarjeta de débito o con bizum
product.availability | tienen esta chaqueta en talla m
complaint | estoy muy molesto, nadie me responde desde hace una semana
out_of_scope | quién ganó el partido del real madrid anoche
order.status | cadê meu pedido, já faz duas semanas que paguei
order.cancel | quero cancelar a compra que fiz ontem
return.start | como faço para devolver o produto, não serviu
refund.status | o estorno ainda não caiu no meu cartão
account.password_reset | não consigo entrar na conta, preciso redefinir a senha
payment.methods | posso pagar com boleto ou parcelar no cartão
human_handoff | tem algum telefone do suporte, prefiro ligar para alguém
product.availability | vocês têm esse celular na cor preta
delivery.time | quanto tempo demora a entrega para o rio de janeiro
order.status | gdzie jest moje zamówienie, czekam już tydzień
order.cancel | proszę anulować moje zamówienie, pomyliłem się
return.start | jak mogę zwrócić kurtkę, jest za duża
refund.status | kiedy dostanę pieniądze za zwrócony towar
account.password_reset | zapomniałem hasła i nie mogę się zalogować do konta
order.change_address | chcę zmienić adres dostawy w moim zamówieniu
human_handoff | chcę porozmawiać z konsultantem, nie z botem
payment.failed | płatność kartą została odrzucona
delivery.missing | status mówi doręczono, ale paczki nie ma
order.status | siparişim nerede, hâlâ gelmedi
order.cancel | siparişimi iptal etmek istiyorum lütfen
return.start | ürünü nasıl iade edebilirim, bedeni olmadı
refund.status | iade ettiğim ürünün parası ne zaman yatacak
account.password_reset | şifremi sıfırlamak istiyorum, giriş yapamıyorum
account.delete | üyeliğimi kapatın, kişisel verilerim silinsin
human_handoff | bir müşteri temsilcisiyle görüşmek istiyorum
payment.methods | kapıda ödeme seçeneği var mı
greeting | selam, kolay gelsin
out_of_scope | yarın istanbul'da hava nasıl olacak
order.status | a che punto è la spedizione del mio acquisto di lunedì
order.cancel | vorrei annullare l'ordine che ho fatto stamattina
return.start | come faccio a fare il reso di una maglia
refund.status | non ho ancora ricevuto il rimborso del reso
account.password_reset | ho dimenticato la password dell'account
human_handoff | vorrei parlare con un operatore, per favore
order.change_address | devo cambiare l'indirizzo di consegna dell'ordine
order.status | waar blijft mijn bestelling, ik wacht al een week
order.cancel | ik wil mijn bestelling annuleren
return.start | hoe kan ik een artikel retourneren
refund.status | wanneer krijg ik mijn geld terug voor de retour
account.password_reset | ik ben mijn wachtwoord vergeten
human_handoff | ik wil graag een medewerker spreken in plaats van de bot
order.status | hola, my pedido still says procesando after five days
return.start | bonjour, i want to send back the robe, it is too long for me
order.cancel | hallo, please storniere the order i made this morning
refund.status | ciao, the rimborso for my return has still not arrived
delivery.damaged | the blender i bought in the spring has stopped spinning, is it still under guarantee
delivery.damaged | my tablet screen started flickering after seven months, can you repair it under warranty
delivery.damaged | the coffee machine broke ten months after i bought it, where do i send it to be fixed
delivery.damaged | the activation code for the antivirus says it has already been redeemed
delivery.damaged | the e-book file will not open, it says the download is corrupted
delivery.damaged | the frozen peas arrived completely thawed, the van had no freezer
delivery.damaged | half the eggs in my shopping delivery were cracked and the milk was past its date
order.status | i bought a game code an hour ago and there is still no email with the key
order.status | the audiobook i paid for is not showing up in my library
refund.request | the price of my kettle dropped by a tenner right after my order, is there a price protection
payment.discount | will you match the lower price another site has for the same headphones
payment.discount | my cashback from the autumn promotion never showed up
payment.discount | my reward points were not added after my last purchase
account.update | where in my profile can i check how many reward points i have
account.password_reset | someone got into my account and changed the password, please lock it
account.password_reset | strange login from another country on my account, how do i secure it
account.password_reset | my account was taken over, there are orders on it i never placed
delivery.options | can the two men delivering the sofa carry it up to the fourth floor
delivery.options | do you take the old fridge away when the new one is delivered
delivery.options | how do i book a delivery slot for the dining table i ordered
delivery.options | is assembly included when you deliver the wardrobe
delivery.options | the courier left a card saying he missed me, how do i get it delivered again
delivery.options | will i have to pay import duty if i order from here to switzerland
delivery.options | my parcel is held at customs and they want a fee before they release it
delivery.options | customs charged me tax at the door although checkout said all duties were included
complaint | this bot keeps giving me the same useless answer over and over
order.cancel | bestellung abbrechen, ich brauche das nicht mehr
return.start | artikel zurückgeben, wo bekomme ich das etikett dafür
refund.request | ich will mein geld zurück, die ware ist kaputt angekommen
account.password_reset | kann mich nicht anmelden, das passwort wird nicht angenommen
account.delete | mein benutzerkonto kündigen und die daten entfernen
delivery.missing | paket nie angekommen, obwohl der bote zugestellt eingetragen hat
order.status | wie ist der status meiner bestellung
payment.methods | welche zahlungsarten gibt es, geht auch vorkasse
payment.failed | zahlung fehlgeschlagen, meine karte wurde abgelehnt
product.availability | gibt es die jacke noch in größe l
seller.listing | ich will als händler auf eurem marktplatz verkaufen
thanks | danke für die hilfe, schönen tag noch
greeting | guten morgen zusammen
order.cancel | annulation de commande svp
return.start | retour d'un article, comment faire
refund.request | je veux être remboursé, l'article est défectueux
account.delete | fermeture de mon compte s'il vous plaît
order.status | ma commande n'est toujours pas arrivée, que se passe-t-il
delivery.missing | colis jamais reçu alors qu'il est marqué distribué
payment.methods | vous acceptez la carte bancaire et paypal
product.availability | vous l'avez en taille 38
thanks | merci beaucoup, c'est parfait
order.cancel | anular pedido por favor
return.start | quiero hacer una devolución de un vestido
refund.status | cuándo me llega el reembolso
account.password_reset | no me deja iniciar sesión, he olvidado la clave
account.delete | borrad mi cuenta y mis datos
delivery.missing | pone entregado pero no me ha llegado nada
payment.failed | me rechaza la tarjeta al pagar
seller.listing | cómo puedo vender mis cosas aquí
return.start | como devolvo um produto de que não gostei
refund.status | meu reembolso ainda não apareceu
account.delete | quero excluir minha conta
delivery.missing | consta entregue mas não recebi nada
order.status | meu pedido ainda não chegou, onde está
payment.methods | quais formas de pagamento vocês aceitam
human_handoff | posso falar com uma pessoa
greeting | olá, boa tarde
return.start | chcę zwrócić zamówione buty
refund.status | nie dostałem jeszcze zwrotu pieniędzy
account.delete | usuńcie moje konto
account.password_reset | nie pamiętam hasła
order.status | kiedy przyjdzie moja paczka
payment.methods | jakie są formy płatności, czy jest przelew
product.availability | czy ten model jest dostępny w czarnym kolorze
order.status | kargom nerede, sipariş verdim gelmedi
return.start | iade talebi oluşturmak istiyorum
refund.status | param hâlâ iade edilmedi
account.password_reset | hesabıma giremiyorum
payment.methods | hangi ödeme yöntemleri var
human_handoff | canlı destek ile konuşmak istiyorum
delivery.missing | teslim edildi yazıyor ama paket bana ulaşmadı
thanks | çok teşekkürler
order.status | il mio pacco non è ancora arrivato, dove si trova
refund.request | voglio il rimborso, il prodotto è rotto
account.delete | cancellare il mio account
payment.methods | posso pagare alla consegna
order.status | mijn pakket is nog steeds niet bezorgd
account.delete | mijn account verwijderen graag
payment.methods | kan ik achteraf betalen
delivery.missing | er staat bezorgd maar ik heb niks ontvangen
greeting | goedemiddag
payment.discount | cashback from last month's offer is still not on my account
delivery.damaged | the salad leaves in my grocery order were slimy and brown
order.change_items | can i still add a loaf of bread to the grocery order before the van leaves
order.status | is my chilled food order out for delivery yet, i need to be in
complaint | talking to this assistant is pointless, it just loops
"""#
}
