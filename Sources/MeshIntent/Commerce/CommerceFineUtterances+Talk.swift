extension CommerceFineUtterances {
  /// Fine-intent utterances: greeting, thanks, goodbye, small talk and out-of-scope requests.
  static let talk = #"""
greeting | hi
greeting | hello
greeting | hey
greeting | hey there
greeting | good morning
greeting | good afternoon
greeting | good evening
greeting | hiya
greeting | yo
greeting | howdy
greeting | hi!
greeting | hello?
greeting | hey hey
greeting | hi there
greeting | hello there
greeting | greetings
greeting | morning
greeting | evening
greeting | heya
greeting | hallo
greeting | hola
greeting | bonjour
greeting | hi, anyone there?
greeting | hello, i need some help
greeting | hi i have a question
greeting | hey, quick question
greeting | hello, can you help me
greeting | hi bot
greeting | hello assistant
greeting | good day
greeting | sup
greeting | whats up
greeting | hii
greeting | helo
greeting | hellooo
greeting | heyyy
greeting | hi :)
greeting | hello 👋
greeting | hey there, hope you're well
greeting | hi, good morning
greeting | hello again
greeting | hi again
greeting | i'm back
greeting | hey its me again
greeting | hi, i need assistance
greeting | hello support
greeting | hi team
greeting | dear support
greeting | hi, can i ask something
greeting | morning!
greeting | gm
greeting | hey you
greeting | oi
greeting | salut
greeting | ciao
greeting | hallo zusammen
greeting | good morning, hope you can help
greeting | hello, is this the shop
greeting | hi, is this customer support?
greeting | start
thanks | thanks
thanks | thank you
thanks | thanks a lot
thanks | thank you so much
thanks | thx
thanks | ty
thanks | cheers
thanks | many thanks
thanks | thanks for your help
thanks | thank you for helping
thanks | great, thanks
thanks | ok thanks
thanks | perfect thank you
thanks | thanks that helps
thanks | that solved it, thanks
thanks | awesome thanks
thanks | thanks a million
thanks | much appreciated
thanks | appreciate it
thanks | thank u
thanks | tnx
thanks | thanx
thanks | thankyou
thanks | tysm
thanks | thanks!
thanks | thanks for the quick reply
thanks | thank you very much
thanks | brilliant, thanks
thanks | cool thanks
thanks | nice one, cheers
thanks | thanks for sorting it
thanks | thanks for the update
thanks | thank you for your patience
thanks | i appreciate your help
thanks | grateful for the help
thanks | ok great thank you
thanks | got it thanks
thanks | that's all, thanks
thanks | merci
thanks | danke
thanks | gracias
thanks | thanks mate
thanks | thanks so much for checking
thanks | thank you, that's exactly what i needed
thanks | lovely, thank you
thanks | super, thanks
thanks | ok ty
thanks | kk thx
thanks | thanks again
thanks | thank you kindly
thanks | you're a star, thanks
thanks | thanks for the info
thanks | fab thank you
thanks | ta
thanks | thanks, you've been very helpful
thanks | great help thanks
thanks | thanks, that answers my question
thanks | thanks for letting me know
thanks | ok cool, thank you
thanks | many thanks for the refund
goodbye | bye
goodbye | goodbye
goodbye | see you
goodbye | see ya
goodbye | bye bye
goodbye | have a nice day
goodbye | have a good one
goodbye | thats all
goodbye | that's all for now
goodbye | nothing else
goodbye | no thats it
goodbye | i'm done
goodbye | talk later
goodbye | cya
goodbye | later
goodbye | good night
goodbye | take care
goodbye | ok bye
goodbye | thanks bye
goodbye | bye for now
goodbye | see you next time
goodbye | catch you later
goodbye | end chat
goodbye | close chat
goodbye | end conversation
goodbye | quit
goodbye | exit
goodbye | stop
goodbye | no more questions
goodbye | nope, all good
goodbye | no thanks, that's everything
goodbye | thats everything
goodbye | that will be all
goodbye | i'm good, bye
goodbye | all sorted, bye
goodbye | ok that's all i needed
goodbye | have a great weekend
goodbye | have a good evening
goodbye | byee
goodbye | bye!
goodbye | goodbye and thanks
goodbye | au revoir
goodbye | tschüss
goodbye | adios
goodbye | gotta go
goodbye | i have to go now
goodbye | ttyl
goodbye | signing off
goodbye | nothing more, bye
goodbye | no, that's it for today
goodbye | all good now, bye
goodbye | i'll leave it there
goodbye | that's it
goodbye | done
goodbye | finished
goodbye | over and out
goodbye | see you around
goodbye | bye then
goodbye | no thank you, goodbye
smalltalk | how are you
smalltalk | how are you doing
smalltalk | are you a robot
smalltalk | are you a bot
smalltalk | are you human
smalltalk | what's your name
smalltalk | who are you
smalltalk | what can you do
smalltalk | what can you help with
smalltalk | who made you
smalltalk | are you real
smalltalk | do you like your job
smalltalk | you're funny
smalltalk | you're smart
smalltalk | you're stupid
smalltalk | how old are you
smalltalk | where are you based
smalltalk | where are you
smalltalk | are you chatgpt
smalltalk | are you an ai
smalltalk | do you have feelings
smalltalk | i'm bored
smalltalk | lol
smalltalk | haha
smalltalk | ok
smalltalk | okay
smalltalk | hmm
smalltalk | yes
smalltalk | no
smalltalk | sure
smalltalk | cool
smalltalk | nice
smalltalk | wow
smalltalk | really?
smalltalk | interesting
smalltalk | i see
smalltalk | good to know
smalltalk | how's your day
smalltalk | having a good day?
smalltalk | what's new
smalltalk | do you sleep
smalltalk | you there?
smalltalk | are you still there
smalltalk | hello? are you listening
smalltalk | do you speak german
smalltalk | can you speak french
smalltalk | what languages do you speak
smalltalk | i love you
smalltalk | will you marry me
smalltalk | you're cute
smalltalk | sorry
smalltalk | my bad
smalltalk | oops
smalltalk | wait
smalltalk | one moment
smalltalk | hold on
smalltalk | let me check
smalltalk | brb
smalltalk | never mind
smalltalk | forget it
smalltalk | what time is it there
smalltalk | what's your favourite colour
out_of_scope | what's the weather tomorrow
out_of_scope | who won the football last night
out_of_scope | how tall is the eiffel tower
out_of_scope | book me a flight to rome
out_of_scope | what's the capital of australia
out_of_scope | play some music
out_of_scope | set an alarm for 7am
out_of_scope | translate hello into japanese
out_of_scope | how do i cook pasta
out_of_scope | recipe for banana bread
out_of_scope | whats 15 times 27
out_of_scope | who is the president of france
out_of_scope | how many calories in an apple
out_of_scope | find me a restaurant nearby
out_of_scope | book a table for two
out_of_scope | call a taxi
out_of_scope | whats the exchange rate of dollar to euro
out_of_scope | how do i fix my car
out_of_scope | what's the meaning of life
out_of_scope | write me a poem
out_of_scope | help me with my homework
out_of_scope | what movies are on tonight
out_of_scope | how do i change a tyre
out_of_scope | what is bitcoin worth
out_of_scope | should i buy tesla stock
out_of_scope | how do i apply for a visa
out_of_scope | what are the symptoms of flu
out_of_scope | find me a doctor
out_of_scope | how long to boil an egg
out_of_scope | whats the time in tokyo
out_of_scope | remind me to call mum
out_of_scope | order a pizza
out_of_scope | book a hotel in paris
out_of_scope | is the train to berlin on time
out_of_scope | what's my credit score
out_of_scope | open a bank account
out_of_scope | pay my electricity bill
out_of_scope | how do i renew my passport
out_of_scope | tell me the news
out_of_scope | who wrote hamlet
out_of_scope | how far is the moon
out_of_scope | what's the population of china
out_of_scope | how do i learn python
out_of_scope | fix my wifi
out_of_scope | my laptop is slow, why
out_of_scope | how do i lose weight
out_of_scope | suggest a name for my dog
out_of_scope | what's a good movie
out_of_scope | is it going to rain
out_of_scope | convert 10 miles to km
out_of_scope | how do i file my taxes
out_of_scope | where can i vote
out_of_scope | rent a car in london
out_of_scope | book a doctor's appointment
out_of_scope | cheap flights to new york
out_of_scope | what's the best phone plan
out_of_scope | my internet provider is down
out_of_scope | how do i get to the airport
out_of_scope | transfer money to my friend
out_of_scope | what's on netflix
out_of_scope | call my wife
out_of_scope | send a text to john
out_of_scope | i'm in Madrid this week, what should i see
out_of_scope | how do i unblock a drain
out_of_scope | who is the best football player
out_of_scope | when is easter this year
out_of_scope | what's the speed of light
out_of_scope | how do i make my plants grow faster
out_of_scope | can you do my tax return
out_of_scope | whats the best pizza in town
out_of_scope | tell me about the roman empire
out_of_scope | how to meditate
out_of_scope | tell me a joke
"""#
}
