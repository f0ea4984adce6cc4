extension NameLexicon {
  /// Given names frequent in Europe, the Middle East, Africa and Asia that the US 1990 lists lack or
  /// rank low, written by the team from general knowledge (lower case, accents kept).
  static let worldFirstNames = """
    ahmad ahmet aisha aicha akira alessandro alessia alexandre amir amina anders andrea andrei andreas anja ana
    aleksandra agnieszka aurélie axel ayşe ayse bartosz benoît bjorn björn camille carlos carmen chiara chen chloé
    cristina dang dmitri dmitry elif emre erik fatih fatma felix florian francesca françois frédéric giulia giuseppe
    giovanni grzegorz hamza hannah hans hassan heike helga henrik hiroshi hüseyin ibrahim ingrid ioana irina ivan
    jakub jan jens jiří jörg josé juan julien jürgen kai kaito karim katarzyna katja kenji khalid klaus kofi krzysztof
    lars laure léa lena leon leonie lin ling lorenzo luca lucía lucas lukas łukasz magdalena maja malgorzata małgorzata
    marek marcin mariusz mateo mathieu matteo maximilian mehmet mei michał miguel mohamed mohammad mohammed muhammad
    mustafa nadia natalia nikolai niklas nina noor nour ola olga omar oskar pablo paolo patrycja paweł petra piotr
    priya rafael rahul raj ravi rania reza riccardo rosa sakura sami samir sanjay sara sebastian sergei sergio
    shreya siddharth siobhan sofia sophie stefan sven svetlana takumi tariq thiago tomás tomasz ursula valentina
    vikram vladimir wei wojciech xin yan yasmin yuki yusuf zeynep zhang zoé adaeze chidi chinedu emeka ngozi oluwaseun
    kwame kwabena ama abena yaw aditya ananya arjun deepak kavya meera neha pooja rohan vijay hiro haruto yuna minjun
    jiwoon seojun jisoo hyun nguyen linh minh thanh duc
    """
  /// Surnames frequent outside the US that its 1990 list lacks or ranks low.
  static let worldSurnames = """
    müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter klein wolf
    schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner krause meier lehmann
    schmid schulze maier köhler herrmann könig walter mayer huber kaiser fuchs peters lang scholz möller weiß jung
    hahn keller vogel friedrich günther frank berger winkler roth beck lorenz baumann franke albrecht schuster
    simon ludwig böhm winter kraus martin schumacher krämer vogt stein jäger otto sommer groß seidel heinrich brandt
    haas schreiber graf dietrich ziegler kühn kuhn pohl engel horn busch bergmann thomas voigt sauer arnold wolff
    pfeiffer dubois durand leroy moreau lefebvre lefèvre laurent girard bonnet dupont lambert fontaine rousseau
    vincent muller faure mercier blanc guérin boyer garnier chevalier legrand gauthier perrin robin clément morin
    nicolas henry roussel mathieu gautier masson marchand duval denis dumont marie lemaire noël meyer dufour rossi
    russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti costa giordano mancini rizzo
    lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo gentile
    martinelli vitale lombardo serra coppola pérez fernández gonzález rodríguez sánchez martínez jiménez gómez
    díaz álvarez moreno muñoz romero alonso gutiérrez navarro torres domínguez vázquez ramos gil ramírez serrano
    blanco molina ortega delgado castro ortiz rubio marín sanz núñez iglesias medina garrido santos castillo
    nowak kowalski wiśniewski wisniewski wójcik kowalczyk kamiński kaminski lewandowski zieliński szymański woźniak
    dąbrowski kozłowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski
    novák novotný dvořák černý procházka kučera veselý horák němec yılmaz yilmaz kaya demir şahin sahin çelik
    yıldız yildiz yıldırım öztürk aydın özdemir arslan doğan kılıç aslan çetin kara koç kurt özkan şimşek
    hassan hussein ali mohamed ahmed mahmoud ibrahim abdullah khalil saleh haddad nasser said aziz rahman khan
    hosseini ahmadi rezaei karimi singh kumar sharma patel gupta shah mehta reddy iyer nair rao joshi das chopra
    kapoor malhotra bose banerjee chatterjee mukherjee wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu
    hu guo he lin luo tanaka suzuki takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
    kim lee park choi jung kang cho yoon jang lim nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
    okafor okonkwo adeyemi oyelaran mensah boateng asante owusu osei bello abubakar danjuma eze nwosu obi
    kovalenko shevchenko bondarenko tkachenko kravchenko ivanov ivanova petrov petrova smirnov sokolov popov
    volkov kuznetsov novikov morozov pavlov johansson andersson karlsson nilsson eriksson larsson olsson persson
    svensson gustafsson lindqvist lindgren jansen janssen de jong de vries van dijk bakker visser smit meijer
    murphy kelly o'brien o'connor o'sullivan walsh byrne ryan o'neill doyle mccarthy gallagher
    """
}
