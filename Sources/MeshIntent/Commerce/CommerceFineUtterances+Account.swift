extension CommerceFineUtterances {
  /// Fine-intent utterances: password reset, account deletion, account updates and sign-up.
  static let account = #"""
account.password_reset | i forgot my password
account.password_reset | reset my password
account.password_reset | how do i reset my password
account.password_reset | i cant log in
account.password_reset | cant login to my account
account.password_reset | the password reset email never arrived
account.password_reset | reset link doesnt work
account.password_reset | reset link expired
account.password_reset | my account is locked
account.password_reset | locked out of my account
account.password_reset | too many login attempts, now im blocked
account.password_reset | forgot password
account.password_reset | forgotten password
account.password_reset | pasword reset
account.password_reset | forgot my pasword
account.password_reset | cant remember my password
account.password_reset | i dont remember my login
account.password_reset | which email did i use to sign up
account.password_reset | i forgot my username
account.password_reset | login not working
account.password_reset | it says wrong password but its right
account.password_reset | the verification code isnt coming
account.password_reset | 2fa code not arriving
account.password_reset | i lost my phone with the authenticator, cant log in
account.password_reset | unlock my account
account.password_reset | password help
account.password_reset | new password please
account.password_reset | how do i recover my account
account.password_reset | account recovery
account.password_reset | i want to recover my account, i forgot the password
account.password_reset | get back into my account
account.password_reset | sign in problem
account.password_reset | i cant sign in
account.password_reset | my login doesnt work since the update
account.password_reset | send me a password reset link
account.password_reset | send reset email to my address
account.password_reset | i didnt get the reset code
account.password_reset | the reset page gives an error
account.password_reset | i tried resetting 3 times, nothing
account.password_reset | can you reset it for me
account.password_reset | password not accepted
account.password_reset | help, locked out
account.password_reset | my account was hacked, i cant get in
account.password_reset | someone changed my password
account.password_reset | i think someone accessed my account, i need to reset it
account.password_reset | login keeps failing
account.password_reset | access my account
account.password_reset | the app logged me out and i dont know my password
account.password_reset | hi, I've forgotten my password and the reset email isn't arriving
account.password_reset | password reset not working
account.password_reset | how to change forgotten password
account.password_reset | lost password
account.password_reset | i need to reset my password but i no longer have that email
account.password_reset | my email changed, cant reset password
account.password_reset | can't access account
account.password_reset | why cant i log in
account.password_reset | sign-in link not working
account.password_reset | magic link expired
account.password_reset | login code not received
account.password_reset | recover password
account.password_reset | please help me log back in
account.password_reset | i cant get into my account to see my orders
account.password_reset | reset pw
account.password_reset | account blocked after wrong password
account.password_reset | forgot my login details
account.delete | delete my account
account.delete | i want to delete my account
account.delete | how do i close my account
account.delete | please remove my account and all my data
account.delete | close my account
account.delete | deactivate my account
account.delete | i want to delete my profile
account.delete | remove all my personal data
account.delete | gdpr erasure request
account.delete | right to be forgotten
account.delete | delete everything you have on me
account.delete | i dont want an account anymore
account.delete | cancel my account
account.delete | terminate my membership
account.delete | end my membership and delete my account
account.delete | how can i delete my account permanently
account.delete | delete acount
account.delete | delet my account
account.delete | remove my account pls
account.delete | erase my data
account.delete | i want my data deleted
account.delete | wipe my account
account.delete | close the account linked to this email
account.delete | can you delete my seller account
account.delete | delete my old account, i made a new one
account.delete | i have two accounts, delete one
account.delete | merge or delete my duplicate account
account.delete | delete my account and unsubscribe me from everything
account.delete | stop storing my information
account.delete | i want to leave your platform
account.delete | how do i get rid of my account
account.delete | account deletion
account.delete | close account
account.delete | delete profile
account.delete | i want out, delete my account
account.delete | permanently remove my account
account.delete | what happens to my orders if i delete my account
account.delete | will deleting my account cancel my orders
account.delete | can i delete my account if i have an open return
account.delete | delete my customer account
account.delete | please close my account, i'm not using it
account.delete | i request deletion of my personal data
account.delete | under gdpr delete my data
account.delete | data deletion request
account.delete | hi, I'd like my account closed and my data removed
account.delete | remove me from your system
account.delete | delete my details
account.delete | i want to cancel my membership and account
account.delete | deactivate
account.delete | suspend my account
account.delete | freeze my account for now
account.delete | i want to pause my account
account.delete | delete my account after my refund comes
account.delete | how long does account deletion take
account.delete | did you delete my account yet
account.delete | confirm my account was deleted
account.delete | kill my account
account.delete | delete the account i made by mistake
account.delete | close my kids account
account.delete | delete my payment info and the account
account.delete | i dont trust you anymore, delete my account
account.delete | remove my profile and history
account.delete | delete my account please
account.delete | i need to delete my account
account.delete | i'm done, close it
account.update | change my email address
account.update | update my phone number
account.update | how do i change my email
account.update | i want to change my name on my account
account.update | update my address in my profile
account.update | add a new address to my account
account.update | remove an old address from my account
account.update | change my password
account.update | i want to set a new password
account.update | change my username
account.update | update my contact details
account.update | edit my profile
account.update | my name is spelled wrong on my account
account.update | change my default shipping address
account.update | change my default payment card
account.update | remove my saved card
account.update | delete my saved credit card
account.update | stop sending me emails
account.update | unsubscribe me from the newsletter
account.update | turn off notifications
account.update | i get too many sms, stop them
account.update | change my language to german
account.update | change my country in my account
account.update | update my birthday
account.update | add my vat number to my account
account.update | turn on two factor authentication
account.update | enable 2fa
account.update | change email on account
account.update | change emial
account.update | updte my phone
account.update | new phone number
account.update | my phone number changed
account.update | i have a new email
account.update | switch my account to a business account
account.update | link my paypal to my account
account.update | connect my google account
account.update | change my marketing preferences
account.update | opt out of marketing
account.update | i want to change my account details
account.update | update profile
account.update | update my personal information
account.update | how do i change my display name
account.update | change my shoe size in my profile
account.update | change my password please, i think it's weak
account.update | hi, I need to update the email on my account to my new one
account.update | can you change the phone number linked to my account
account.update | edit my saved addresses
account.update | my surname changed after marriage
account.update | update my billing details
account.update | change account settings
account.update | manage my subscriptions
account.update | how do i update my address book
account.update | make my profile private
account.update | change the email where you send receipts
account.update | add my partner as a second user
account.update | update my tax details
account.update | i want to change my login email
account.update | change my notification settings
account.update | can you update my details
account.update | i moved, update my saved address
account.update | change my profile picture
account.create | how do i create an account
account.create | sign up
account.create | i want to register
account.create | can i make an account
account.create | how do i sign up
account.create | create account
account.create | registration not working
account.create | i didnt get the verification email
account.create | verify my email
account.create | the confirmation link doesnt work
account.create | can i order as a guest
account.create | do i need an account to order
account.create | is registration free
account.create | how do i become a member
account.create | join the loyalty program
account.create | i want to open a business account
account.create | can i sign up with google
account.create | sign up with apple id
account.create | it says my email is already registered
account.create | i cant create an account
account.create | error when registering
account.create | registr
account.create | make acount
account.create | new account
account.create | i'm new here, how do i start
account.create | create a profile
account.create | open an account
account.create | how do i join
account.create | sign me up
account.create | register me please
account.create | i want an account
account.create | why do i need an account
account.create | can i create an account for my mum
account.create | can kids have an account
account.create | convert my guest order to an account
account.create | i ordered as guest, can i make an account now
account.create | what do i get with an account
account.create | account activation email missing
account.create | activate my account
account.create | my account isnt activated
account.create | verification code for sign up not arriving
account.create | sign up page is broken
account.create | how to register on the app
account.create | is there a membership fee
account.create | sign up for prime
account.create | join premium membership
account.create | hi, how do I set up an account with you
account.create | can i register with my phone number
account.create | i want to create a seller account
account.create | register a company account
account.create | create an account without email?
account.create | i already signed up but never got the welcome email
account.create | how old do i need to be to sign up
account.create | signup
account.create | set up new account
account.create | become a customer
account.create | make me an account
account.create | start an account
account.create | can i have two accounts
account.create | how long does account verification take
"""#
}
