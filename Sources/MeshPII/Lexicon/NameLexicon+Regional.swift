extension NameLexicon {
  /// Given names of regions that the census and Faker lists cover thinly (Bangladesh, India's north and
  /// south, Pakistan, Sri Lanka, Thailand, Malaysia and Indonesia, the Philippines, China in pinyin, Korea,
  /// Japan, the Horn of Africa, the Sahel, West, East and Southern Africa, the Gulf, the Levant, Iran and
  /// Afghanistan, Russia's short forms, British and Irish short forms) and nicknames people sign with; written by
  /// the team from general knowledge, lower case, in the Latin spellings people type. Words that chat also uses as ordinary
  /// words are left out.
  static let regionalFirstNames = """
    farhana nusrat tahmina sabrina rokeya shirin nasrin sharmin taslima rahima jahanara mahmuda rashida fahim tanvir
    rafiq shahid mizanur habibur mahbub sohel shakil arif rubel sumon masud kamrul anwar shamim jahid nazmul
    sunita anita savita kavita geeta seema rekha meena usha lata harpreet gurpreet manpreet jaspreet simran navjot
    amandeep hardeep kuldeep gurdeep baljit jasbir sukhwinder rajinder paramjit sanjeev rajesh suresh ramesh mahesh
    ganesh dinesh naresh mukesh rakesh venkatesh srinivas lakshmi padma radha saraswathi karthik vignesh prakash
    arvind aravind balaji murali senthil muthu selvi bhavna bhavana swati sneha pallavi shweta nikhil varun akash
    aakash vivek abhishek ankit ankita rohit sachin saurabh gaurav pranav tanvi ishaan aryan kabir zoya ayesha
    faisal imran irfan salman shoaib waqar asif junaid usman umar divya anjali priyanka deepika aishwarya madhuri
    tharindu chamara nuwan kasun dilshan lahiru sanduni nimali chathurika dilini thilini ruwan sampath asanka
    siriporn somchai somsak somporn sunisa malee nattapong natthaphon kittisak wanchai pornthip supaporn jintana
    anong ploy arthit thanawat nattaya kanokwan ratana wipawee
    nurul siti aziz faizal hafiz haziq syafiq aiman amirul izzat nabila syahirah puteri dewi ayu putri wati budi
    agus bambang joko wahyu rizky rizal fajar dimas rommel jericho jomar angelica kristine maricel marites rowena
    jocelyn lourdes rosario
    xinyi xiaoming xiaoli zihan yuxuan haoran yichen zixuan yutong ruoxi jiahui jiayi qiang jun hao hui jing fang
    ming lei xiu ying ping yan
    jihoon ji-hoon minjun min-jun seoyeon seo-yeon jiwoo ji-woo haeun ha-eun doyun do-yun sooah soo-ah hyunwoo
    hyun-woo jiyeon ji-yeon minji min-ji soyeon so-yeon donghyun dong-hyun sungmin sung-min youngho young-ho eunji
    eun-ji hyejin hye-jin seungwoo seung-woo jaewon jae-won yejin ye-jin
    tesfaye abebe alemu bekele girma haile kebede tadesse mulugeta yohannes dawit meron hiwot selam tigist mekdes
    almaz genet tsion yared biruk ermias fitsum henok kidus abdi abdirahman hodan hawa ayaan warsame mohamud
    amadou mamadou moussa ousmane ibrahima aliou abdoulaye boubacar cheikh modou lamine souleymane seydou aminata
    fatoumata mariama aissatou awa kadiatou oumou ramatoulaye ndeye binta coumba djeneba fanta salif
    nkechi ifeoma chiamaka chinonso chukwuemeka obinna uchenna adaobi amaka ebuka kelechi tobenna ikenna olamide
    temitope adebayo babatunde funmilayo folake yetunde bukola kunle segun tunde dayo femi bisi kemi toyin zainab
    hauwa musa yakubu kwaku kojo akua afia esi ekow fiifi ebo
    thabo sipho themba mandla bongani sibusiso lungile nomvula thandiwe zanele nokuthula lerato palesa karabo
    tumelo kagiso lesedi refilwe mpho tshepo dineo rutendo tendai tatenda farai chipo tafadzwa kudzai nyasha
    rumbidzai wanjiru wambui njeri nyambura njoroge otieno ochieng achieng akinyi atieno odhiambo onyango omondi
    wafula wekesa kiprop kipchoge chebet cherono amani baraka neema zawadi juma halima rehema imani
    abdelrahman abdulrahman abdelaziz hamad saeed rashid majid nasser yousef youssef ziad walid bassam samer rami
    fadi hadi dina reem lina hala maha huda salma amal layla leila jana lujain ghada wafa abeer noura shaikha hessa
    maryam zahra hind mehdi hossein arash babak dariush farhad kian navid omid parisa niloufar roya sahar samira
    yasaman azadeh wahid zahir farid habib
    bex becks jonno robbo gazza davo stevo mikey jonny tommo benji gaby gabi nacho chuy lalo pepe paco pancho memo
    beto toño chucho lupita mimi lulu jojo dani dima vova kolya misha masha dasha natasha olya katya nastya sveta
    lena yulia zhenya vanya petya seryozha steffi basti timo gigi beppe sandro nico bunty pinky sonu monu chintu
    guddu raju babu
    tolu tolani seun seyi wale yemi tope tobi bukky jide deji dapo lanre laolu gbenga funke funmi ronke bimpe
    yinka kayode kehinde taiwo idowu ayodele babajide bolanle olumide tomiwa damilola tayo biodun niyi lekan
    rotimi wunmi ebere ikechukwu chukwudi chidinma chisom nneka ugochi adanna somto kenechukwu ifeanyi tochi
    tochukwu chibuzor onyekachi nonso efosa osaro eghosa ivie osagie kwesi adwoa afua efua ekua akosua
    junjie meiling xiaolin zhiwei xiaoming jiahui haoran yuxuan zihan zixuan yutong xinyi haoyu jiayi yichen
    ruoxi lingling weiwei jingjing xiaoyu xiaohong xiaowei jianguo jianhua zhiqiang guoqiang hongmei lihua liying
    yanling jiawei junhao zhihao tianyu mingyu yifan shuai
    anil sunil meenakshi kamala lalitha revathi nandini jaz
    misaki ryo haruto yuto sota riku hinata yui aoi hina haruka yuna mio koharu takumi kaito daiki kenta shota
    yusuke naoki kazuki hiroshi takeshi satoshi akira yoko keiko ayumi kaori megumi tomoko asuka nanami sayaka
    alfie archie freddie ollie alfy lottie evie tamsin ffion cerys rhian bryony imogen kezia jago ciaran oisin
    aiyana kaya nayeli
    kat nat abi dre kaz chinny
    """
  /// Surnames of the same regions.
  static let regionalSurnames = """
    akter akhter begum khatun hossain hosen uddin islam miah sarkar talukder chowdhury bhuiyan mondal sheikh haque
    huq karim siddique molla biswas ghosh dutta sen chakraborty bhattacharya bhattacharjee ganguly mitra sengupta
    dasgupta majumdar basu saha qureshi siddiqui ansari naqvi rizvi hashmi zaidi malik mirza chaudhry chaudhary awan
    gill dhillon sandhu sidhu grewal brar bajwa randhawa kaur deol pillai menon nambiar krishnan narayanan
    raghunathan subramaniam subramanian venkataraman ramaswamy iyengar rajan natarajan srinivasan chandrasekhar
    agarwal aggarwal bansal goel jain mittal khanna kohli bhatia sethi arora ahuja tandon saxena srivastava mishra
    tiwari pandey dubey shukla yadav chauhan rathore thakur desai deshpande kulkarni patil shinde jadhav pawar gowda
    hegde shetty naidu chowdary varma verma bhat kaul raina dutt
    perera fernando jayasuriya wickramasinghe wijesinghe bandara dissanayake gunawardena senanayake ratnayake herath
    jayawardena kumara chaiyaporn srisuk boonmee jaidee wongsa suwannarat thongsuk saelim saetang sukprasert
    rattanaporn siripong
    santos reyes cruz bautista ocampo mendoza villanueva aquino tolentino manalo pangilinan dizon soriano ismail
    othman yusof hamid razak salleh hakim tan lim ng wong goh chua ong teo koh chong chan yeo
    gao luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong yuan cai jiang cheng wei su lu ren shen
    yao cui zhong fu zou meng xiong qin qiu xue duan hou qian mao dai kong
    han seo shin kwon hwang ahn jeon hong yoo baek heo kwak
    bekele tesfaye haile kebede tadesse gebre gebremedhin wolde mengistu alemayehu assefa desta negash tekle warsame
    farah mohamud jama osman abdi hersi duale
    diallo traoré traore diop ndiaye kane sarr faye gueye diouf camara keita coulibaly konaté konate touré toure
    cissé cisse sangaré sangare diarra sylla bah barry baldé sissoko dembélé kouyaté ouedraogo ouattara kaboré koné
    kouassi kouamé n'guessan
    okonkwo okoro okeke nwachukwu onyeka chukwu adebayo balogun ogunleye oladipo olawale afolabi sani yusuf
    abdullahi okafor obi
    dlamini nkosi ndlovu khumalo mokoena mahlangu mthembu ngcobo shabalala sithole mabaso molefe mofokeng nkomo
    moyo ncube sibanda dube mpofu mutasa chiweshe banda phiri tembo mwale kamau mwangi kariuki kimani otieno
    odhiambo onyango omondi ochieng wafula wekesa kiprop mutua musyoka kiplagat okello mugisha nsubuga
    al-farsi al-habsi al-balushi al-rashid al-sayed el-sayed el-masry abdelrahman mansour khoury nassar hamdan
    jaber darwish sabbagh qasim qassem al-shammari al-otaibi al-qahtani al-ghamdi al-zahrani al-harbi al-mutairi
    al-dosari mubarak zayed suleiman barakat awad fayed ghanem hijazi khalaf hosseini mohammadi rahimi jafari moradi
    sadeghi rostami tehrani shirazi ahmadzai popal sultani hakimi naderi amiri
    """
}
