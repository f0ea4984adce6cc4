extension CommerceFineUtterances {
  /// Fine-intent utterances: failed payments, payment methods, double charges, discounts and gift cards.
  static let payment = #"""
payment.failed | my payment failed
payment.failed | my card was declined
payment.failed | payment didnt go through
payment.failed | why was my card declined
payment.failed | i cant pay, it keeps saying error
payment.failed | paypal keeps declining
payment.failed | apple pay doesnt work at checkout
payment.failed | google pay failed
payment.failed | transaction failed but money left my account
payment.failed | payment error at checkout
payment.failed | the 3d secure code never arrived
payment.failed | my bank's verification keeps failing
payment.failed | card declined but i have money
payment.failed | it says payment unsuccessful
payment.failed | checkout says payment could not be processed
payment.failed | i tried 3 cards and none work
payment.failed | my visa gets rejected
payment.failed | amex not accepted?
payment.failed | klarna rejected me
payment.failed | the payment page freezes
payment.failed | payment page wont load
payment.failed | payment timed out
payment.failed | got an error code when paying
payment.failed | payment declined
payment.failed | paymnt failed
payment.failed | card declind
payment.failed | cant complete payment
payment.failed | why cant i pay
payment.failed | my order failed at payment
payment.failed | it took my money but says the order failed
payment.failed | i was charged but there's no order
payment.failed | payment pending forever
payment.failed | my payment is stuck on pending
payment.failed | the billing address doesnt match error
payment.failed | card verification failed
payment.failed | cvv keeps being rejected
payment.failed | expiry date invalid error but it's correct
payment.failed | payment not authorised
payment.failed | the bank transfer didnt work
payment.failed | paid by transfer but order still unpaid
payment.failed | my gift card payment failed
payment.failed | cant pay with my debit card
payment.failed | error "do not honour" from my card
payment.failed | hi, my payment keeps failing when I try to check out
payment.failed | tried to pay €79,99 and it failed
payment.failed | payment failed for $129.99
payment.failed | the payment was refused
payment.failed | unable to pay
payment.failed | payment issue
payment.failed | checkout error
payment.failed | card not going through
payment.failed | it says my card is invalid
payment.failed | my payment bounced
payment.failed | the app crashes when i pay
payment.failed | paypal says the merchant can't accept payment
payment.failed | instalment payment was rejected
payment.failed | afterpay declined my order
payment.failed | the pay button does nothing
payment.failed | why does my payment keep getting cancelled
payment.failed | payment was blocked by my bank
payment.methods | what payment methods do you accept
payment.methods | can i pay with paypal
payment.methods | do you take apple pay
payment.methods | do you accept amex
payment.methods | can i pay cash on delivery
payment.methods | can i pay by bank transfer
payment.methods | is klarna available
payment.methods | can i pay in instalments
payment.methods | do you have buy now pay later
payment.methods | can i pay with a gift card
payment.methods | can i split payment between two cards
payment.methods | do you accept crypto
payment.methods | can i pay in euros
payment.methods | which currencies can i pay in
payment.methods | do you take google pay
payment.methods | can i pay with ideal
payment.methods | is sofort supported
payment.methods | do you accept maestro
payment.methods | can i pay by invoice
payment.methods | payment options?
payment.methods | how can i pay
payment.methods | what cards do you take
payment.methods | pay with paypal possible?
payment.methods | do u accept mastercard
payment.methods | paymnet methods
payment.methods | can i use my credit card
payment.methods | can i pay with debit
payment.methods | is it safe to pay with my card here
payment.methods | do you store my card details
payment.methods | can i save my card for next time
payment.methods | how do i add a new card
payment.methods | can i pay later
payment.methods | 0% financing available?
payment.methods | monthly payments for the sofa?
payment.methods | do you accept vouchers
payment.methods | can i pay with store credit
payment.methods | do you take cheques
payment.methods | can i pay in dollars
payment.methods | what payment options are there for businesses
payment.methods | can my company pay on account
payment.methods | can i pay at pickup
payment.methods | can someone else pay for my order
payment.methods | do you accept revolut
payment.methods | can i use venmo
payment.methods | is apple pay ok on the website
payment.methods | hi, which ways can I pay for my order
payment.methods | can i pay with two methods
payment.methods | do you have a payment plan
payment.methods | how do i pay with klarna
payment.methods | can i pay by phone
payment.methods | do you accept international cards
payment.methods | is paypal credit accepted
payment.methods | payment methods
payment.methods | can i change my default payment method
payment.methods | do you take union pay
payment.methods | can i pay with my points
payment.methods | ways to pay
payment.methods | i'd like to pay by bank transfer, is that possible
payment.methods | can i pay when it arrives
payment.methods | do you accept american express cards
payment.charged_twice | i was charged twice
payment.charged_twice | you charged me twice for the same order
payment.charged_twice | double charge on my card
payment.charged_twice | i see two payments for order 4471203
payment.charged_twice | charged two times for #88213
payment.charged_twice | why was i billed twice
payment.charged_twice | duplicate charge
payment.charged_twice | i paid twice by mistake
payment.charged_twice | my card was charged $45.50 twice
payment.charged_twice | there are 2 transactions of 89 euros
payment.charged_twice | you took the money twice
payment.charged_twice | double payment
payment.charged_twice | charged 2x
payment.charged_twice | chargd twice
payment.charged_twice | i was charged more than the order total
payment.charged_twice | i was overcharged
payment.charged_twice | the amount charged is higher than what i saw at checkout
payment.charged_twice | you charged me for an order i cancelled
payment.charged_twice | i got charged but cancelled the order
payment.charged_twice | why is there a pending charge on my card
payment.charged_twice | there's a charge i dont recognise
payment.charged_twice | unknown charge from your shop on my statement
payment.charged_twice | i was charged for shipping twice
payment.charged_twice | i was charged for an item that was out of stock
payment.charged_twice | charged for 3 but ordered 2
payment.charged_twice | my account shows two identical payments
payment.charged_twice | duplicate transaction on my credit card
payment.charged_twice | i see the same charge twice on my bank app
payment.charged_twice | you billed me again for a subscription i cancelled
payment.charged_twice | charged twice for ORD-2024-000123
payment.charged_twice | double billed for order no. 123-456
payment.charged_twice | two charges for order 00012345
payment.charged_twice | why did you take 2 payments
payment.charged_twice | money taken twice
payment.charged_twice | the payment went through twice
payment.charged_twice | i was charged for someone else's order
payment.charged_twice | hi, it looks like I've been charged twice for one order
payment.charged_twice | my card was debited twice
payment.charged_twice | the preauthorisation hasnt been released
payment.charged_twice | there is a hold on my card for an order that failed
payment.charged_twice | the payment failed but i was still charged, then paid again
payment.charged_twice | I was charged twice, once when it failed and once when it worked
payment.charged_twice | you charged my card before shipping and again after
payment.charged_twice | extra charge on my card
payment.charged_twice | i got charged a fee i didn't agree to
payment.charged_twice | why was i charged a service fee
payment.charged_twice | wrong amount charged
payment.charged_twice | you charged the wrong card
payment.charged_twice | my paypal shows 2 payments to you
payment.charged_twice | charged twice please fix
payment.charged_twice | i see double charges
payment.charged_twice | 2 debits for 1 order
payment.charged_twice | the charge is doubled
payment.charged_twice | got billed twice this month
payment.charged_twice | i have been charged multiple times
payment.charged_twice | there's a second payment for the same thing
payment.charged_twice | charge appeared twice
payment.charged_twice | charged in dollars and euros for the same order
payment.charged_twice | twice charged for the gift card
payment.discount | my promo code doesnt work
payment.discount | discount code not working
payment.discount | coupon WELCOME10 didnt work
payment.discount | promo code SPRING2024 expired?
payment.discount | how do i use a voucher
payment.discount | where do i enter the discount code
payment.discount | i forgot to add my coupon, can you apply it
payment.discount | can you apply the 20% discount to my order
payment.discount | do you have any discount codes
payment.discount | is there a student discount
payment.discount | any coupons available
payment.discount | the sale price wasnt applied at checkout
payment.discount | my gift card balance?
payment.discount | how do i check my gift card balance
payment.discount | gift card not accepted
payment.discount | my voucher says invalid
payment.discount | can i use two promo codes
payment.discount | the newsletter discount never came
payment.discount | i didnt get my welcome discount
payment.discount | first order discount?
payment.discount | code says not valid for this item
payment.discount | is there a discount for buying in bulk
payment.discount | do you price match
payment.discount | price match with best buy?
payment.discount | can i use my loyalty points
payment.discount | how many points do i have
payment.discount | my reward points are missing
payment.discount | promo code
payment.discount | discount?
payment.discount | coupon code not accepted
payment.discount | promocode invalid
payment.discount | dicount code wont apply
payment.discount | vouchr not working
payment.discount | the black friday discount isnt showing
payment.discount | the free shipping code doesnt work
payment.discount | birthday discount?
payment.discount | do you have military discount
payment.discount | nhs discount available?
payment.discount | referral code didnt give me credit
payment.discount | my friend referred me but i got no discount
payment.discount | apply my store credit
payment.discount | can you honour the price from yesterday
payment.discount | the discount was removed when i changed the size
payment.discount | hi, the code from your email isn't working at checkout
payment.discount | buy 2 get 1 free didnt apply
payment.discount | i was told i'd get 10% off
payment.discount | where are my coupons in the app
payment.discount | can i combine the sale with a voucher
payment.discount | is there a code for free delivery
payment.discount | my e-gift card code doesn't work
payment.discount | gift card expired, can you extend it
payment.discount | can i use a gift card from another country
payment.discount | the bundle discount isnt applied
payment.discount | the coupon expired yesterday, can you still apply it
payment.discount | do you do discounts for teachers
payment.discount | how do i redeem a voucher
payment.discount | discount for my next order?
payment.discount | any promo codes today
payment.discount | I have a 15 euro voucher, how do I use it
payment.discount | gift card 6035 7105 1234 5678 balance
"""#
}
