extension CommerceFineUtterances {
  /// Fine-intent utterances: more phrasings for the pairs that are easy to confuse: tracking against changing an order, refund request against refund status, password reset against account deletion, address change against delivery options.
  static let confusable = #"""
order.change_address | can you change the delivery address for order 88213, i moved last week
order.change_address | please ship order ORD-2024-004512 to my new flat instead
order.change_address | the address on my order is wrong, it should be 14 Station Road
order.change_address | I need to change where order #55120 is delivered
order.change_address | different delivery address for my current order please
order.change_address | my parcel is going to my old address, can you change it before it ships
order.change_address | change the shipping address, not the billing one
order.change_address | fix the address on my order, missing house number
order.change_address | i want to change the address i gave for delivery
order.change_address | is it too late to change the delivery address
order.change_address | change delivery address on order no 44102
order.change_address | hi! moved house, can my order go to the new place?
order.change_items | i want to change my order, wrong size not wrong address
order.change_items | change the quantity of my order to 2
order.change_items | can i change the colour on order ORD-2024-004512
order.change_items | add one more item to order #55120 before it ships
order.track | where is my parcel right now, i want the tracking
order.track | can you track order 88213 for me
order.track | how do i track my order without the email
order.track | tracking for my order ORD-2024-004512
order.track | i'd like to track my order, not change it
order.track | track my shipment please
refund.request | i returned it last week, now i want the refund started
refund.request | please refund me for order 55120, the item was faulty
refund.request | can i get a refund on ORD-2024-004512
refund.request | i want my money back for the late delivery
refund.request | the product broke, give me a refund
refund.request | i'd like to ask for a refund for the shoes i sent back
refund.request | refund the order please, i don't want a replacement
refund.request | i want to request my money back
refund.request | put in a refund for the missing item
refund.request | refund the difference please, you charged full price
refund.status | when will my refund for order 55120 arrive
refund.status | refund for ORD-2024-004512, has it been sent
refund.status | i asked for a refund last week, what's happening with it
refund.status | you approved my refund but i still don't have the money
refund.status | how long until my refund shows on my card
refund.status | the refund still hasn't reached my bank
refund.status | is my refund processed yet
refund.status | track my refund
refund.status | where is the money from my return
refund.status | status of the refund i requested
account.password_reset | i forgot the password to my account, how do i get back in
account.password_reset | can't log in, need a new password
account.password_reset | password reset link please, i'm locked out
account.password_reset | i don't want to delete my account, i just forgot my password
account.password_reset | reset the password for my account
account.password_reset | my password doesnt work anymore
account.password_reset | help me reset my login
account.password_reset | i keep getting incorrect password
account.password_reset | forgot password, email not arriving
account.password_reset | recover my account access
account.password_reset | the reset email went to my old address
account.password_reset | i need to get into my account but forgot the password
account.password_reset | how to reset pasword on the app
account.password_reset | password forgotten, please help
account.password_reset | log in problem, password rejected
account.delete | i want to delete my account, not reset the password
account.delete | please delete my account and the email linked to it
account.delete | how do i permanently delete my account on the app
account.delete | close my account for good
account.delete | delete my account and all my orders history
account.delete | i'd like to remove my account completely
account.delete | deregister me
account.delete | cancel and delete my account please
account.delete | account removal request
account.delete | get rid of my profile
account.delete | delete the account registered to this email
account.delete | i want my account deleted today
account.delete | please erase my account
account.delete | I no longer want to be a customer, delete my account
account.delete | shut down my account
delivery.options | what delivery options are there for my country
delivery.options | can i choose express instead of standard before ordering
delivery.options | do you deliver to an address in france
delivery.options | do you deliver to a different address from my home
delivery.options | options for delivery to austria?
delivery.options | do you offer delivery to northern ireland
delivery.options | shipping options to canada and prices
delivery.options | what does delivery cost to switzerland
delivery.options | can you ship abroad
delivery.options | do you have a cheaper delivery option
delivery.options | is there free delivery to my address
delivery.options | can i get delivery to a pickup point
goodbye | ok, bye now
goodbye | that's all from me, goodbye
payment.charged_twice | my statement shows your charge twice for one order
payment.charged_twice | i got two charges for one purchase, please refund one
"""#
}
