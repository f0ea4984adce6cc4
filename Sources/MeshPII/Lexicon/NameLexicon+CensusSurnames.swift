// Generated from the US Census Bureau's 1990 name frequency files (a work of the US government, in
// the public domain), as shipped in the PyPI package `names` 0.3.0 (MIT licence; sdist SHA-256
// 726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671, files names/dist.*). The 20,000
// most frequent surnames (78% of the population covered). Regenerate with mesh/scripts/make-name-lexicon.py.
extension NameLexicon {
  /// US Census 1990 surnames, most frequent first, lower case, space-separated.
  static let censusSurnames = """
smith johnson williams jones brown davis miller wilson moore taylor anderson thomas jackson white harris
martin thompson garcia martinez robinson clark rodriguez lewis lee walker hall allen young hernandez king
wright lopez hill scott green adams baker gonzalez nelson carter mitchell perez roberts turner phillips
campbell parker evans edwards collins stewart sanchez morris rogers reed cook morgan bell murphy bailey rivera
cooper richardson cox howard ward torres peterson gray ramirez james watson brooks kelly sanders price bennett
wood barnes ross henderson coleman jenkins perry powell long patterson hughes flores washington butler simmons
foster gonzales bryant alexander russell griffin diaz hayes myers ford hamilton graham sullivan wallace woods
cole west jordan owens reynolds fisher ellis harrison gibson mcdonald cruz marshall ortiz gomez murray freeman
wells webb simpson stevens tucker porter hunter hicks crawford henry boyd mason morales kennedy warren dixon
ramos reyes burns gordon shaw holmes rice robertson hunt black daniels palmer mills nichols grant knight
ferguson rose stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry matthews arnold
wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley lane andrews ruiz harper fox
riley armstrong carpenter weaver greene lawrence elliott chavez sims austin peters kelley franklin lawson
fields gutierrez ryan schmidt carr vasquez castillo wheeler chapman oliver montgomery richards williamson
johnston banks meyer bishop mccoy howell alvarez morrison hansen fernandez garza harvey little burton stanley
nguyen george jacobs reid kim fuller lynch dean gilbert garrett romero welch larson frazier burke hanson day
mendoza moreno bowman medina fowler brewer hoffman carlson silva pearson holland douglas fleming jensen vargas
byrd davidson hopkins may terry herrera wade soto walters curtis neal caldwell lowe jennings barnett graves
jimenez horton shelton barrett obrien castro sutton gregory mckinney lucas miles craig rodriquez chambers holt
lambert fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush vaughn parks dawson
santiago norris hardy love steele curry powers schultz barker guzman page munoz ball keller chandler weber
leonard walsh lyons ramsey wolfe schneider mullins benson sharp bowen daniel barber cummings hines baldwin
griffith valdez hubbard salazar reeves warner stevenson burgess santos tate cross garner mann mack moss
thornton dennis mcgee farmer delgado aguilar vega glover manning cohen harmon rodgers robbins newton todd
blair higgins ingram reese cannon strickland townsend potter goodwin walton rowe hampton ortega patton swanson
joseph francis goodman maldonado yates becker erickson hodges rios conner adkins webster norman malone hammond
flowers cobb moody quinn blake maxwell pope floyd osborne paul mccarthy guerrero lindsey estrada sandoval
gibbs tyler gross fitzgerald stokes doyle sherman saunders wise colon gill alvarado greer padilla simon waters
nunez ballard schwartz mcbride houston christensen klein pratt briggs parsons mclaughlin zimmerman french
buchanan moran copeland roy pittman brady mccormick holloway brock poole frank logan owen bass marsh drake
wong jefferson park morton abbott sparks patrick norton huff clayton massey lloyd figueroa carson bowers
roberson barton tran lamb harrington casey boone cortez clarke mathis singleton wilkins cain bryan underwood
hogan mckenzie collier luna phelps mcguire allison bridges wilkerson nash summers atkins wilcox pitts conley
marquez burnett richard cochran chase davenport hood gates clay ayala sawyer roman vazquez dickerson hodge
acosta flynn espinoza nicholson monroe wolf morrow kirk randall anthony whitaker oconnor skinner ware molina
kirby huffman bradford charles gilmore dominguez oneal bruce lang combs kramer heath hancock gallagher gaines
shaffer short wiggins mathews mcclain fischer wall small melton hensley bond dyer cameron grimes contreras
christian wyatt baxter snow mosley shepherd larsen hoover beasley glenn petersen whitehead meyers keith
garrison vincent shields horn savage olsen schroeder hartman woodard mueller kemp deleon booth patel calhoun
wiley eaton cline navarro harrell lester humphrey parrish duran hutchinson hess dorsey bullock robles beard
dalton avila vance rich blackwell york johns blankenship trevino salinas campos pruitt moses callahan golden
montoya hardin guerra mcdowell carey stafford gallegos henson wilkinson booker merritt miranda atkinson orr
decker hobbs preston tanner knox pacheco stephenson glass rojas serrano marks hickman english sweeney strong
prince mcclure conway walter roth maynard farrell lowery hurst nixon weiss trujillo ellison sloan juarez
winters mclean randolph leon boyer villarreal mccall gentry carrillo kent ayers lara shannon sexton pace hull
leblanc browning velasquez leach chang house sellers herring noble foley bartlett mercado landry durham walls
barr mckee bauer rivers everett bradshaw pugh velez rush estes dodson morse sheppard weeks camacho bean barron
livingston middleton spears branch blevins chen kerr mcconnell hatfield harding ashley solis herman frost
giles blackburn william pennington woodward finley mcintosh koch best solomon mccullough dudley nolan
blanchard rivas brennan mejia kane benton joyce buckley haley valentine maddox russo mcknight buck moon
mcmillan crosby berg dotson mays roach church chan richmond meadows faulkner oneill knapp kline barry ochoa
jacobson gay avery hendricks horne shepard hebert cherry cardenas mcintyre whitney waller holman donaldson
cantu terrell morin gillespie fuentes tillman sanford bentley peck key salas rollins gamble dickson battle
santana cabrera cervantes howe hinton hurley spence zamora yang mcneil suarez case petty gould mcfarland
sampson carver bray rosario macdonald stout hester melendez dillon farley hopper galloway potts bernard joyner
stein aguirre osborn mercer bender franco rowland sykes benjamin travis pickett crane sears mayo dunlap hayden
wilder mckay coffey mccarty ewing cooley vaughan bonner cotton holder stark ferrell cantrell fulton lynn lott
calderon rosa pollard hooper burch mullen fry riddle levy david duke odonnell guy michael britt frederick
daugherty berger dillard alston jarvis frye riggs chaney odom duffy fitzpatrick valenzuela merrill mayer
alford mcpherson acevedo donovan barrera albert cote reilly compton raymond mooney mcgowan craft cleveland
clemons wynn nielsen baird stanton snider rosales bright witt stuart hays holden rutledge kinney clements
castaneda slater hahn emerson conrad burks delaney pate lancaster sweet justice tyson sharpe whitfield talley
macias irwin burris ratliff mccray madden kaufman beach goff cash bolton mcfadden levine good byers kirkland
kidd workman carney dale mcleod holcomb england finch head burt hendrix sosa haney franks sargent nieves downs
rasmussen bird hewitt lindsay le foreman valencia oneil delacruz vinson dejesus hyde forbes gilliam guthrie
wooten huber barlow boyle mcmahon buckner rocha puckett langley knowles cooke velazquez whitley noel vang shea
rouse hartley mayfield elder rankin hanna cowan lucero arroyo slaughter haas oconnell minor kendrick shirley
kendall boucher archer boggs odell dougherty andersen newell crowe wang friedman bland swain holley felix
pearce childs yarbrough galvan proctor meeks lozano mora rangel bacon villanueva schaefer rosado helms boyce
goss stinson smart lake ibarra hutchins covington reyna gregg werner crowley hatcher mackey bunch womack polk
jamison dodd childress childers camp villa dye springer mahoney dailey belcher lockhart griggs costa connor
brandt winter walden moser tracy tatum mccann akers lutz pryor law orozco mcallister lugo davies shoemaker
madison rutherford newsome magee chamberlain blanton simms godfrey flanagan crum cordova escobar downing
sinclair donahue krueger mcginnis gore farris webber corbett andrade starr lyon yoder hastings mcgrath spivey
krause harden crabtree kirkpatrick hollis brandon arrington ervin clifton ritter mcghee bolden maloney gagnon
dunbar ponce pike mayes heard beatty mobley kimball butts montes herbert grady eldridge braun hamm gibbons
seymour moyer manley herron plummer elmore cramer gary rucker hilton blue pierson fontenot field rubio grace
goldstein elkins wills novak john hickey worley gorman katz dickinson broussard fritz woodruff crow
christopher britton forrest nance lehman bingham zuniga whaley shafer coffman steward delarosa nix neely
numbers mata manuel davila mccabe kessler emery bowling hinkle welsh pagan goldberg goins crouch cuevas
quinones mcdermott hendrickson samuels denton bergeron lam ivey locke haines thurman snell hoskins byrne
milton winston arthur arias stanford roe corbin beltran chappell hurt downey dooley tuttle couch payton
mcelroy crockett groves clement leslie cartwright dickey mcgill dubois muniz erwin self tolbert dempsey
cisneros sewell latham garland vigil tapia sterling rainey norwood lacy stroud meade amos tipton lord kuhn
hilliard bonilla teague courtney gunn ho greenwood correa reece weston poe trent pineda phipps frey kaiser
ames paige gunter schmitt milligan espinosa carlton bowden vickers lowry pritchard costello piper mcclellan
lovell drew sheehan quick hatch dobson singh jeffries hollingsworth sorensen meza fink donnelly burrell bruno
tomlinson colbert billings ritchie helton sutherland peoples mcqueen gaston thomason mckinley givens crocker
vogel robison dunham coker swartz keys lilly ladner hannah willard richter hargrove edmonds brantley albright
murdock boswell muller quintero padgett kenney daly connolly pierre inman quintana lund barnard villegas
simons land huggins tidwell sanderson bullard mcclendon duarte draper meredith marrero dwyer abrams stover
goode fraser crews bernal smiley godwin fish conklin mcneal baca esparza crowder bower nicholas chung brewster
mcneill dick rodrigues leal coates raines mccain mccord miner holbrook swift dukes carlisle aldridge ackerman
starks ricks holliday ferris hairston sheffield lange fountain marino doss betts kaplan carmichael bloom
ruffin penn kern bowles sizemore larkin dupree jewell silver seals metcalf hutchison henley farr castle
mccauley hankins gustafson deal curran ash waddell ramey cates pollock major irvin cummins messer heller
dewitt lin funk cornett palacios galindo cano hathaway singer pham enriquez aaron salgado pelletier painter
wiseman blount hand feliciano temple houser doherty mead mcgraw toney swan melvin capps blanco blackmon wesley
thomson mcmanus fair burkett post gleason rudolph ott dickens cormier voss rushing rosenberg hurd dumas
benitez arellano story marin caudill bragg jaramillo huerta gipson colvin biggs vela platt cassidy tompkins
mccollum kay gabriel dolan daley crump street sneed kilgore grove grimm davison brunson prater marcum devine
kyle dodge stratton rosas choi tripp ledbetter lay hightower haywood feldman epps yeager posey sylvester
scruggs cope stubbs richey overton trotter sprague cordero butcher burger stiles burgos woodson horner bassett
purcell haskins gee akins abraham hoyt ziegler spaulding hadley grubbs sumner murillo zavala shook lockwood
jarrett driscoll dahl thorpe sheridan redmond putnam mcwilliams mcrae cornell felton romano joiner sadler
hedrick hager hagen fitch coulter thacker mansfield langston guidry ferreira corley conn rossi lackey cody
baez saenz mcnamara darnell michel mcmullen mckenna mcdonough link engel browne roper peacock eubanks drummond
stringer pritchett parham mims landers ham grayson stacy schafer egan timmons ohara keen hamlin finn cortes
mcnair louis clifford nadeau moseley michaud rosen oakes kurtz jeffers calloway beal bautista winn suggs stern
stapleton lyles laird montano diamond dawkins roland hagan goldman bryson barajas lovett segura metz lockett
langford hinson eastman rock hooks woody smallwood shapiro crowell whalen triplett hooker chatman aldrich
cahill youngblood ybarra stallings sheets samuel reeder person pack lacey connelly bateman abernathy winkler
wilkes masters hackett granger gillis schmitz sapp napier souza lanier gomes weir otero ledford burroughs
babcock ventura siegel dugan clinton christie bledsoe atwood wray varner spangler otto anaya staley kraft
fournier eddy belanger wolff thorne bynum burnette boykin swenson purvis pina khan duvall darby xiong kauffman
ali yu healy engle corona benoit valle steiner spicer shaver randle lundy dow chin calvert staton neff kearney
darden oakley medeiros mccracken crenshaw block beaver perdue dill whittaker tobin cornelius washburn hogue
goodrich easley bravo dennison vera shipley kerns jorgensen crain abel villalobos maurer longoria keene coon
sierra witherspoon staples pettit kincaid eason madrid echols lusk wu stahl currie thayer shultz sherwood
mcnally seay north maher kenny hope gagne barrow nava myles moreland honeycutt hearn diggs caron whitten
westbrook stovall ragland queen munson meier looney kimble jolly hobson london goddard culver burr presley
negron connell tovar marcus huddleston hammer ashby salter root pendleton oleary nickerson myrick judd
jacobsen elliot bain adair starnes sheldon matos light busby herndon hanley bellamy jack doty bartley yazzie
rowell parson gifford cullen christiansen benavides barnhart talbot mock crandall connors bonds whitt gage
bergman arredondo addison marion lujan dowdy jernigan huynh bouchard dutton rhoades ouellette kiser rubin
herrington hare denny blackman babb allred rudd paulson ogden koenig jacob irving geiger begay parra champion
lassiter hawk esposito cho waldron vernon ransom prather keenan jean grover chacon vick sands roark parr
mayberry greenberg coley bruner whitman skaggs shipman means leary hutton romo medrano ladd kruse friend
darling askew valentin schulz alfaro tabor mohr gallo bermudez pereira isaac bliss reaves flint comer boston
woodall naquin guevara earl delong carrier pickens brand tilley schaffer read lim knutson fenton doran chu
vogt vann prescott mclain landis corcoran ambrose zapata hyatt hemphill faulk call dove boudreaux aragon
whitlock trejo tackett shearer saldana hanks gold driver mckinnon koehler champagne bourgeois pool keyes
goodson foote early lunsford goldsmith flood winslow sams reagan mccloud hough esquivel naylor loomis coronado
ludwig braswell bearden sherrill huang fagan ezell edmondson cyr cronin nunn lemon guillory grier dubose
traylor ryder dobbins coyle aponte whitmore smalls rowan malloy cardona braxton borden humphries carrasco ruff
metzger huntley hinojosa finney madsen hong hills ernst dozier burkhart bowser peralta daigle whittington
sorenson saucedo roche redding loyd fugate avalos waite lind huston hay benedict hawthorne hamby boyles boles
regan faust crook beam barger hinds gallardo elias willoughby willingham wilburn eckert busch zepeda
worthington tinsley russ li hoff hawley carmona varela rector newcomb mallory kinsey dube whatley strange
ragsdale ivy bernstein becerra yost mattson ly felder cheek luke handy grossman gauthier escobedo braden
beckman mott hillman gil flaherty dykes doe stockton stearns lofton kitchen coats cavazos beavers barrios tang
parish mosher lincoln cardwell coles burnham weller lemons beebe aguilera ring parnell harman couture alley
schumacher redd dobbs blum blalock merchant ennis denson cottrell chester brannon bagley aviles watt sousa
rosenthal rooney dietz blank paquette mcclelland duff velasco lentz grubb burrows barbour ulrich shockley
rader german beyer mixon layton altman alonzo weathers titus stoner squires shipp priest lipscomb cutler
caballero zimmer willett thurston storey medley lyle epperson shah mcmillian baggett torrez laws hirsch dent
corey poirier peachey jacques farrar creech barth trimble france dupre albrecht sample lawler crisp conroy
chadwick wetzel nesbitt murry jameson wilhelm patten minton matson kimbrough iverson guinn gale fortune croft
toth pulliam nugent newby littlejohn dias canales bernier baron barney singletary renteria pruett mchugh mabry
landrum brower weldon stoddard ruth cagle stjohn scales kohler kellogg hopson gant tharp gann zeigler pringle
hammons fairchild deaton chavis carnes rowley matlock libby kearns irizarry carrington starkey pepper lopes
jarrell fay craven beverly baum spain littlefield linn humphreys hook high etheridge cuellar chastain chance
bundy speer skelton quiroz pyle portillo ponder moulton machado liu killian hutson hitchcock ellsworth dowling
cloud burdick spann pedersen levin leggett hayward hacker dietrich beaulieu barksdale wakefield snowden paris
briscoe bowie berman ogle mcgregor laughlin helm burden wheatley schreiber pressley parris ng alaniz agee
urban swann snodgrass schuster radford monk mattingly main lamar harp girard cheney yancey wagoner ridley
lombardo lau hudgins gaskins duckworth coe coburn willey prado newberry magana hammonds elam whipple slade
serna ojeda liles dorman diehl angel upton reardon michaels kelsey goetz eller bauman baer augustine layne
hummel brenner amaya adamson ornelas dowell cloutier christy castellanos wing wellman saylor orourke moya
montalvo kilpatrick harley durbin shell oldham kang garvin foss branham bartholomew templeton maguire holton
alonso rider monahan mccormack beaty anders streeter nieto nielson moffett lankford keating heck gatlin
delatorre callaway adcock worrell unger robinette nowak jeter brunner ashton steen parrott overstreet nobles
montanez luther clevenger brinkley trahan quarles pickering pederson jansen grantham gilchrist crespo aiken
schell schaeffer lorenz leyva harms dyson wallis pease leavitt hyman cheng cavanaugh batts warden seaman
rockwell quezada paxton linder houck fontaine durant caruso adler pimentel mize lytle donald cleary cason
acker switzer salmon isaacs higginbotham han waterman vandyke stamper sisk shuler riddick redman mcmahan
levesque hatton bronson bollinger arnett okeefe gerber gannon farnsworth baughman silverman satterfield royal
mccrary kowalski joy grigsby greco cabral trout rinehart mahon linton gooden curley baugh wyman weiner schwab
schuler morrissey mahan coy bunn andrew thrasher spear waggoner shelley robert qualls purdy mcwhorter mauldin
mark jordon gilman perryman newsom menard martino graf billingsley artis simpkins salisbury quintanilla
gilliland fraley foust crouse scarborough ngo grissom fultz rico marlow markham madrigal lawton barfield
whiting varney schwarz huey gooch arce wheat truong poulin mackenzie leone hurtado selby gaither fortner
culpepper coughlin brinson boudreau barkley bales stepp holm tan schilling morrell kahn heaton gamez douglass
causey brothers turpin shanks schrader meek isom hardison carranza yanez way scroggins schofield runyon
ratcliff murrell moeller irby currier butterfield yee ralston pullen pinson estep east carbone lance hawks
ellington casillas spurlock sikes motley mccartney kruger isbell houle francisco burk bone tomlin shelby
quigley neumann lovelace fennell colby cheatham bustamante skidmore hidalgo forman culp bowens betancourt
aquino robb rea milner martel gresham wiles ricketts gavin dowd collazo bostic blakely sherrod power kenyon
gandy ebert deloach cary bull allard sauer robins olivares gillette chestnut bourque paine lyman hite hauser
devore crawley chapa vu tobias talbert poindexter millard meador mcduffie mattox kraus harkins choate bess
wren sledge sanborn outlaw kinder geary cornwell barclay adam abney seward rhoads howland fortier easter
benner vines tubbs troutman rapp noe mccurdy harder deluca westmoreland south havens guajardo ely clary seal
meehan herzog guillen ashcraft waugh renner milam jung elrod churchill buford breaux bolin asher windham
tirado pemberton nolen noland knott emmons cornish christenson brownlee barbee waldrop pitt olvera lombardi
gruber gaffney eggleston banda archuleta still slone prewitt pfeiffer nettles mena mcadams henning gardiner
cromwell chisholm burleson box vest oglesby mccarter malcolm lumpkin larue grey wofford vanhorn thorn teel
swafford stclair stanfield ocampo herrmann hannon arsenault roush mcalister hiatt gunderson forsythe duggan
delvalle cintron wilks weinstein uribe rizzo noyes mclendon gurley bethea winstead maples harry guyton
giordano alderman valdes polanco pappas lively grogan griffiths bobo arevalo whitson sowell rendon matthew
julian fernandes farrow edmond benavidez ayres alicea stump smalley seitz schulte gilley gallant dewey casper
canfield wolford omalley mcnutt mcnulty mcgovern hardman harbin cowart chavarria brink beckett bagwell
armstead anglin abreu reynoso krebs jett hoffmann greenfield forte burney broome sisson parent jude younger
trammell partridge marvin mace lomax lemieux gossett frantz fogle cooney broughton pence paulsen neil muncy
mcarthur hollins edward beauchamp withers osorio mulligan hoyle foy dockery cockrell begley amador roby rains
lindquist gentile everhart bohannon wylie thao sommers purnell palma fortin dunning breeden vail phelan phan
marx cosby colburn chong boling biddle ledesma gaddis denney chow bueno berrios wicker tolliver thibodeaux
nagle lavoie fisk do crist barbosa reedy march locklear kolb himes behrens beckwith beckham weems wahl shorter
shackelford rees muse free cerda valadez thibodeau saavedra ridgeway reiter mchenry majors lachance keaton
israel ferrara falcon clemens blocker applegate paz needham mojica kuykendall hamel escamilla doughty burchett
ainsworth wilbur vidal upchurch thigpen strauss spruill sowers riggins ricker mccombs harlow garnett
buffington yi sotelo olivas negrete morey macon logsdon lapointe florence cathey bigelow bello westfall
stubblefield peak lindley jeffrey hein hawes farrington edge breen birch wilde steed sepulveda reinhardt
proffitt minter messina mcnabb maier keeler gamboa donohue dexter basham shinn orlando crooks cota borders
bills bachman tisdale tavares schmid pickard jasper gulley fonseca delossantos condon clancy batista wicks
wadsworth new martell lo littleton ison haag folsom brumfield broyles brito mireles mcdonnell leclair hamblin
gough fanning binder winfield whitworth soriano palumbo newkirk mangum hutcherson comstock cecil carlin beall
bair wendt watters walling putman otoole oliva morley mares lemus keener jeffery hundley dial damico billups
strother mcfarlane lamm eaves crutcher caraballo canty atwell taft siler rust rawls rawlings prieto niles
mcneely mcafee hulsey harlan hackney galvez escalante delagarza crider charlton bandy wilbanks stowe steinberg
samson renfro masterson massie lanham haskell hamrick fort dehart card burdette branson bourne babin aleman
worthy tibbs sweat smoot slack paradis packard mull luce houghton gantt furman danner christianson burge
broderick ashford arndt almeida stallworth shade searcy sager noonan mclemore mcintire maxey lavigne jobe
ireland ferrer falk edgar coffin byrnes aranda apodaca stamps rounds peek olmstead lewandowski kaminski her
dunaway bruns brackett amato reich mcclung lacroix koontz herrick hardesty flanders cousins close cato cade
vickery shank nagel dupuis croteau cotter cable stuckey stine porterfield pauley nye moffitt lu knudsen
hardwick goforth dupont blunt barrows barnhill shull rash ralph penny lorenzo loftis lemay kitchens horvath
grenier fuchs fairbanks culbertson calkins burnside beattie ashworth albertson wertz vo vaught vallejo tyree
turk tuck tijerina sage picard peterman otis marroquin marr lantz hoang demarco daily cone berube barnette
wharton stinnett slocum scanlon sander pinto mancuso lima judge headley epstein counts clarkson carnahan brice
boren arteaga adame zook whittle whitehurst wenzel saxton rhea reddick puente hazel handley haggerty earley
devlin dallas chaffin cady ahmed acuna solano sigler pollack pendergrass ostrander janes francois fine
crutchfield cordell chamberlin brubaker baptiste willson reis neeley mullin mercier lira layman keeling higdon
guest forrester espinal dion chapin carl warfield toledo pulido peebles nagy montague mello lear jaeger hogg
graff furr derrick cave canada soliz poore mendenhall mclaurin maestas low gable belt barraza tillery snead
pond neill mcculloch mccorkle lightfoot hutchings holloman harness dorn council bock zielinski turley
treadwell stpierre starling somers oswald merrick marquis ivory easterling bivens truitt poston parry
ontiveros olivarez neville moreau medlin ma lenz knowlton fairley cobbs chisolm bannister woodworth toler
ocasio noriega neuman moye milburn mcclanahan lilley hanes flannery dellinger danielson conti blodgett beers
weatherford strain karr hitt denham custer coble clough casteel bolduc batchelor ammons whitlow tierney staten
sibley seifert schubert salcedo mattison laney haggard grooms dix dees cromer cooks colson caswell zarate
swisher stacey shin ragan pridgen mcvey matheny leigh lafleur franz ferraro dugger whiteside rigsby mcmurray
lehmann large jacoby hildebrand hendrick headrick goad fincher drury borges archibald albers woodcock trapp
soares seaton richie monson luckett lindberg kopp keeton hsu healey garvey gaddy fain burchfield badger
wentworth strand stack spooner saucier sales ruby ricci plunkett pannell ness leger hoy freitas fong elizondo
duval chun calvin beaudoin urbina stock rickard partin moe mcgrew mcclintock ledoux forsyth faison devries
bertrand wasson tilton scarbrough pride oh leung larry irvine garber denning corral colley castleberry bowlin
bogan beale baines true trice rayburn parkinson pak nunes mcmillen leahy lea kimmel higgs fulmer carden
bedford taggart spearman register prichard morrill koonce heinz hedges guenther grice findley earle dover
creighton boothe bayer arreola vitale valles see raney peter osgood lowell hanlon burley bounds worden
weatherly vetter tanaka stiltner sell nevarez mosby montero melancon harter hamer goble gladden gist ginn akin
zaragoza towns tarver sammons royster oreilly muir morehead luster kingsley kelso grisham glynn baumann alves
yount tamayo tam paterson oates menendez longo hargis greenlee gillen desantis conover breedlove wayne sumpter
scherer rupp reichert heredia fallon creel cohn clemmons casas bickford belton bach williford whitcomb tennant
sutter stull sessions mccallum manson langlois keel keegan emanuel dangelo dancy damron clapp clanton bankston
trinidad oliveira mintz mcinnis martens mabe laster jolley irish hildreth hefner glaser duckett demers
brockman blais back alcorn agnew toliver tice song seeley najera musser mcfall laplante galvin fajardo doan
coyne copley clawson cheung barone wynne woodley tremblay stoll sparrow sparkman schweitzer sasser samples
roney ramon legg lai joe heim farias concepcion colwell christman bratcher alba winchester upshaw southerland
sorrell shay sells mount mccloskey martindale luttrell loveless lovejoy linares latimer holly embry coombs
bratton bostick boss venable tuggle toro staggs sandlin jefferies heckman griffis crayton clem button browder
allan thorton sturgill sprouse royer rousseau ridenour pogue perales peeples metzler mesa mccutcheon mcbee jay
hornsby heffner corrigan armijo vue romeo plante peyton paredes macklin hussey hodgson granados frias carman
brent becnel batten almanza turney teal sturgeon meeker mcdaniels limon keeney kee hutto holguin gorham
fishman fierro blanchette rodrigue reddy osburn oden lerma kirkwood keefer haugen hammett chalmers carlos
brinkman baumgartner zhang valerio tellez steffen shumate sauls ripley kemper jacks guffey evers craddock
carvalho blaylock banuelos balderas wooden wheaton turnbull shuman pointer mosier mccue ligon kozlowski
johansen ingle herr briones southern snipes rickman pipkin peace pantoja orosco moniz lawless kunkel hibbard
galarza enos bussey settle schott salcido perreault mcdougal mccool haight garris ferry easton conyers
atherton wimberly utley stephen spellman smithson slagle skipper ritchey rand petit osullivan oaks nutt mcvay
mccreary mayhew knoll jewett harwood hailey cardoza ashe arriaga andres zeller wirth whitmire stauffer spring
rountree redden mccaffrey martz loving larose langdon humes gaskin faber doll devito cass almond wingfield
wingate villareal tyner smothers severson reno pennell maupin leighton janssen hassell hallman halcomb folse
fitzsimmons fahey cranford bolen battles battaglia wooldridge weed trask rosser regalado mcewen keefe fuqua
echevarria domingo dang caro boynton andrus wild viera vanmeter taber spradlin seibert provost prentice
oliphant laporte hwang hatchett hass greiner freedman covert chilton byars wiese venegas swank shrader
roderick roberge mullis mortensen mccune marlowe kirchner keck isaacson hostetler halverson gunther griswold
gerard fenner durden blackwood bertram ahrens sawyers savoy nabors mcswain mackay loy lavender lash labbe
jessup hubert fullerton donnell cruse crittenden correia centeno caudle canady callender alarcon ahern winfrey
tribble tom styles salley roden musgrove minnick fortenberry carrion bunting bethel batiste woo whited
underhill stillwell silvia rauch pippin perrin messenger mancini lister kinard hartmann fleck broadway wilt
treadway thornhill speed spalding sam rafferty pitre patino ordonez linkous kelleher homan holiday galbraith
feeney dorris curtin coward camarillo buss bunnell bolt beeler autry alcala witte wentz stidham shively nunley
meacham martins lemke lefebvre kaye hynes horowitz hoppe holcombe estrella dunne derr cochrane brittain bedard
beauregard torrence strunk soria simonson shumaker scoggins packer oconner moriarty leroy kuntz ives hutcheson
horan hales garmon fitts dell bohn atchison worth wisniewski will vanwinkle sturm sallee prosser moen lundberg
kunz kohl keane jorgenson jaynes funderburk freed frame durr creamer cosgrove candelaria berlin batson
vanhoose thomsen teeter sommer smyth sena redmon orellana maness lennon heflin goulet frick forney dollar
bunker asbury aguiar talbott southard pleasant mowery mears lemmon krieger hickson gracia elston duong
delgadillo dayton dasilva conaway catron bruton bradbury bordelon bivins bittner bergstrom beals abell whelan
travers tejada pulley pino norfleet nealy maes loper held gerald gatewood frierson freund finnegan cupp covey
catalano boehm bader yoon walston tenney sipes roller rawlins medlock mccaskill mccallister marcotte maclean
hughey henke harwell gladney gilson dew chism caskey brandenburg baylor villasenor veal van thatcher stegall
shore petrie nowlin navarrete muhammad lombard loftin lemaster kroll kovach kimbrell kidwell hershberger
fulcher eng cantwell bustos boland bobbitt binkley wester weis verdin tong tiller sisco sharkey seymore
rosenbaum rohr quinonez pinkston nation malley logue lessard lerner lebron krauss klinger halstead haller getz
burrow brant alger victor shores scully pounds pfeifer perron nelms munn mcmaster mckenney manns knudson
hutchens huskey goebel flagg cushman click castellano carder bumgarner blaine bible wampler spinks robson neel
mcreynolds mathias maas loera kasper jose jenson florez coons buckingham brogan berryman wilmoth wilhite
thrash shephard seidel schulze roldan pettis obryan maki mackie hatley frazer fiore falls chesser bui bottoms
bisson benefield allman wilke trudeau timm shifflett rau mundy milliken mayers leake kohn huntington horsley
hermann guerin fryer frizzell foret flemming fife criswell carbajal bozeman boisvert archie antonio angulo
wallen tapp silvers ramsay oshea orta moll mckeever mcgehee luciano linville kiefer ketchum howerton groce
gaylord gass fusco corbitt blythe betz bartels amaral aiello yoo weddle troy sun sperry seiler runyan raley
overby osteen olds mckeown mauro matney lauer lattimore hindman hartwell fredrickson fredericks espino clegg
carswell cambell burkholder august woodbury welker totten thornburg theriault stitt stamm stackhouse simone
scholl saxon rife razo quinlan pinkerton olivo nesmith nall mattos leak lafferty justus giron geer fielder
eagle drayton dortch conners conger chau boatwright billiot barden armenta antoine tibbetts steadman slattery
sides rinaldi raynor rayford pinckney pettigrew nickel milne matteson halsey gonsalves fellows durand desimone
cowley cowles brill barham barela barba ashmore withrow valenti tejeda spriggs sayre salerno place peltier
peel merriman matheson lowman lindstrom hyland homer ha giroux fries frasier earls dugas damon dabney collado
briseno baxley andre word whyte wenger vanover vanburen thiel schindler schiller rigby pomeroy passmore marble
manzo mahaffey lindgren laflamme greathouse fite ferrari calabrese bayne yamamoto wick townes thames steel
reinhart peeler naranjo montez mcdade mast markley marchand leeper kong kellum hudgens hennessey hadden guess
gainey coppola borrego bolling beane ault slaton poland pape null mulkey lightner langer hillard glasgow
fabian ethridge enright derosa baskin alfred weinberg turman tinker somerville pardo noll lashley ingraham
hiller hendon glaze flora cothran cooksey conte carrico apple abner wooley swope summerlin sturgis sturdivant
stott spurgeon spillman speight roussel popp nutter mckeon mazza magnuson lanning kozak jankowski heyward
forster corwin callaghan bays wortham usher theriot sayers sabo rupert poling nathan loya lieberman levi
laroche labelle howes harr garay fogarty everson durkin dominquez chaves chambliss alfonso witcher wilber
vieira vandiver terrill stoker schreiner nestor moorman liddell lew lawhorn krug irons hylton hollenbeck
herrin hembree hair goolsby goodin gilmer foltz dinkins daughtry caban brim briley bilodeau bear wyant vergara
tallent swearingen stroup sherry scribner roger quillen pitman monaco mccants maxfield martinson landon holtz
flournoy brookins brody baumgardner angelo straub sills roybal roundtree oswalt money mcgriff mcdougall
mccleary maggard gragg gooding godinez doolittle donato cowell cassell bracken appel ahmad zambrano reuter
perea olive nakamura monaghan mickens mcclinton mcclary marler kish judkins gilbreath freese flanigan felts
erdmann dodds chew brownell brazil boatright barreto slayton sandberg saldivar pettway odum narvaez moultrie
montemayor merrell lees keyser hoke hardaway hannan gilbertson fogg dumont deberry coggins carrera buxton
bucher broadnax beeson araujo appleton amundson aguayo ackley yocum worsham shivers shelly sanches sacco robey
rhoden pender ochs mccurry madera luong luis knotts jackman heinrich hargrave gault forest comeaux chitwood
child caraway boettcher bernhardt barrientos zink wickham whiteman thorp stillman settles schoonover roque
riddell rey pilcher phifer novotny maple macleod hardee haase grider fredrick earnest doucette clausen
christmas bevins beamon badillo tolley tindall soule snook sebastian seale pitcher pinkney pellegrino nowell
nemeth nail mondragon mclane lundgren ingalls hudspeth hixson gearhart furlong downes dionne dibble deyoung
cornejo camara brookshire boyette wolcott tracey surratt sellars segal salyer reeve rausch philips labonte
haro gower freeland fawcett eads driggers donley collett cage bromley boatman ballinger baldridge volz
trombley stonge silas shanahan rivard rhyne pedroza matias mallard jamieson hedgepeth hartnett estevez
eskridge denman chiu chinn catlett carmack buie book bechtel beardsley bard ballou windsor ulmer storm skeen
robledo rincon reitz piazza pearl munger moten mcmichael loftus ledet kersey groff fowlkes folk crumpton
collette clouse bettis villagomez timmerman strom saul santoro roddy phillip penrod musselman macpherson
leboeuf harless haddad guido golding fulkerson fannin dulaney dowdell deane cottle ceja cate bosley benge
albritton voigt trowbridge soileau seely rome rohde pearsall paulk orth nason mota mcmullin marquardt madigan
hoag gillum gayle gabbard fenwick fender eck danforth cushing cress creed cazares casanova bey bettencourt
barringer baber stansberry schramm rutter rivero race oquendo necaise mouton montenegro miley mcgough marra
macmillan lock lamontagne jasso jaime horst hetrick heilman gaytan gall fried fortney eden dingle desjardins
dabbs burbank brigham breland beaman banner arriola yarborough wallin treat toscano stowers reiss pichardo
orton mitchel michels mcnamee mccrory leatherman kell keister jerome horning hargett guay friday ferro deboer
dagostino clemente christ carper bowler blanks beaudry willie towle tafoya stricklin strader soper sonnier
sigmon schenk saddler rodman pedigo mendes lunn lohr lahr kingsbury jarman hume holliman hofmann haworth
harrelson hambrick flick edmunds dacosta crossman colston chaplin carrell budd weiler waits viola valentino
trantham tarr straight solorio roebuck powe plank pettus palm pagano mink luker leathers joslin hartzell
gambrell fears deutsch cepeda carty caputo brewington bedell ballew applewhite warnock walz urena tudor reel
pigg parton mickelson meagher mclellan mcculley mandel leech lavallee kraemer kling kipp kingston kehoe
hochstetler harriman gregoire grabowski gosselin gammon fancher edens desai butt brannan armendariz woolsey
whitehouse whetstone ussery towne tower testa tallman studer strait steinmetz sorrells sauceda rolfe rae
paddock mitchem mcginn mccrea luck lovato ling hazen gilpin gaynor fike devoe delrio curiel burkhardt bristol
bode backus alton zinn watanabe wachter vanpelt turnage shaner schroder sato riordan quimby portis natale
mckoy mccown marker lucio kilmer karl hotchkiss hesse halbert gwinn godsey desmond delisle chrisman canter
brook arbogast angell acree yancy woolley wesson weatherspoon trainor stockman spiller sipe rooks reavis
propst porras neilson mullens loucks llewellyn lamont kumar koester klingensmith kirsch kester honaker hodson
hennessy helmick garrity garibay fee drain casarez callis botello bay aycock avant angle wingard wayman tully
theisen szymanski stansbury segovia rudy rainwater preece pirtle padron mincey mckelvey mathes marty larrabee
kornegay klug judy ingersoll hecht germain eggers dykstra denis deering decoteau deason dearing cofield
carrigan brush bonham bahr aucoin appleby almonte yager womble wimmer weimer vanderpool stancil sprinkle
romine remington pfaff peckham olivera meraz maze lathrop koehn jonas hazelton halvorson hallock haddock
ducharme dehaven colton caruthers brehm bosworth bost blow bias beeman basile bane aikens zachary wold walther
tabb suber strawn stocks stocker shirey schlosser salvador riedel rembert reimer pyles pickle peele
merriweather letourneau latta kidder hixon hillis hight herbst henriquez haygood hamill gabel fritts eubank
duty dawes correll coffee cha bushey buchholz brotherton bridge botts barnwell auger atchley westphal veilleux
ulloa truman stutzman shriver ryals prior pilkington newport moyers miracle marrs mangrum maddux lockard laing
kuhl harney hammock hamlett felker doerr depriest carrasquillo carothers bogle blood bischoff bergen albanese
wyckoff vermillion vansickle thibault tetreault stickney shoemake ruggiero rawson racine philpot paschal
mcelhaney mathison legrand lapierre kwan kremer jiles hilbert geyer faircloth ehlers egbert desrosiers
dalrymple cotten cashman cadena breeding boardman alcaraz ahn wyrick therrien tankersley strickler puryear
plourde pattison pardue milan mcginty mcevoy landreth kuhns koon hewett giddens everette emerick eades
deangelis cosme ceballos birdsong benham bemis armour anguiano angeles welborn tsosie storms shoup sessoms
samaniego rood rojo rhinehart raby northcutt myer munguia morehouse more mcdevitt mateo mallett lozada lemoine
kuehn hallett grim gillard gaylor garman gallaher feaster faris darrow dardar coney carreon byron braithwaite
boylan boyett born bixler bigham benford barragan barnum zuber wyche westcott vining stoltzfus simonds shupe
sabin ruble rittenhouse richman perrone mulholland millan meister mathew lomeli kite jemison hulett holler
hickerson herold hazelwood griffen gause forde eisenberg dilworth charron chaisson brodie bristow breunig
brace boutwell bentz belk bayless batchelder baran baeza zimmermann weathersby volk toole theis tedesco shine
searle schenck satterwhite sandy ruelas royce rankins partida nesbit morel menchaca levasseur kaylor johnstone
hulse hollar hersey harrigan harbison guyer gish giese gerlach geller geisler falcone ernest elwell doucet
deese darr corder chafin byler bussell burdett brasher bowe bellinger bastian barner alleyne wilborn weil
wegner wales tatro spitzer smithers schoen resendez pete parisi overman obrian mudd moy mclaren mahler maggio
lindner lalonde lacasse laboy killion kahl jessen jamerson houk henshaw gustin groom graber durst duenas davey
cundiff conlon colunga coakley chiles capers buell bricker bissonnette birmingham bartz bagby zayas volpe
treece toombs thom terrazas swinney skiles silveira shouse senn rambo ramage nez moua marlin malik langham
kyles holston hoagland herd hector feller emory denison corliss carraway burford bickel ambriz abercrombie
yamada winner weidner waddle verduzco thurmond swindle schrock sanabria rosenberger probst peabody olinger
neighbors nazario mccafferty mcbroom mcabee mazur matherne mapes leverett killingsworth heisler griego grande
gosnell frankel franke ferrante fenn elmer ehrlich christopherso chick chasse chancellor caton brunelle bly
bloomfield babbitt azevedo abramson ables abeyta youmans wozniak wainwright summer stowell smitherman sites
samuelson runge rule rothman rosenfeld quan peake oxford owings olmos munro moreira leatherwood larkins krantz
kovacs kizer kindred karnes jaffe hubbell hosey hauck harold goodell favors erdman dvorak doane cureton cofer
buehler bierman berndt banta annis abram abdullah warwick waltz turcotte trinh torrey stith seger sachs
quesada pinder peppers pascual paschall parkhurst ozuna oster nicholls mortimer lheureux lavalley kimura
jablonski haun gourley gilligan fix derby croy cotto cargill burwell burgett buckman brett booher adorno wrenn
whittemore urias szabo sayles saiz rutland rael plant pharr penney pelkey ogrady nickell musick moats mather
massa laurent kirschner kieffer kellar hendershot gott godoy gadson furtado fiedler erskine edison dutcher
dever daggett chevalier chao brake ballesteros amerson alejandro wingo waldon trott spikes silvey showers
schlegel rue ritz pepin pelayo parsley palermo moorehead mchale lett kocher kilburn iglesias humble hulbert
huckaby hix haven hartford hardiman gurney grigg grasso goings fillmore farber depew dandrea dame cowen
covarrubias cory burrus bracy ardoin thompkins suzuki standley russel radcliffe pohl persaud percy parenteau
pabon newson newhouse napolitano mulcahy maya malave keim hooten hernandes heffernan hearne greenleaf glick
fuhrman fetter faria dishman dickenson crites criss clapper chenault castor casto bugg bove bonney blessing
ard anderton allgood alderson woodman wisdom warrick toomey tooley tarrant summerville stebbins sokol sink
searles schutz schumann scheer remillard raper proulx palmore monroy miguel messier melo melanson mashburn
manzano lussier lovely lien jenks huneycutt hartwig grimsley fulk fielding fidler engstrom eldred dantzler
crandell ching calder brumley breton brann bramlett boykins bianco bancroft almaraz alcantar whitmer whitener
welton vineyard su rahn paquin mizell mix mcmillin mckean marston maciel lundquist louie liggins lampkin kranz
koski kirkham jiminez hazzard harrod graziano grammer gendron garrido fordham englert elwood dryden demoss
deluna crabb comeau claudio brummett blume benally wessel vanbuskirk thorson stumpf stockwell rocco reams
radtke rackley pelton niemi newland nelsen morrissette miramontes mcginley mccluskey marley marchant luevano
lampe lail jeffcoat infante hu hinman gaona erb eady desmarais decosta dansby cisco choe breckenridge bostwick
borg bianchi beer alberts adrian wilkie whorton vargo tait sylvia soucy schuman ousley mumford lum lippert
leath lavergne laliberte kirksey kenner johnsen izzo hiles gullett greenwell gaspar galbreath gaitan ericson
duck delapaz croom cottingham clift bushnell boozer bice bernardo beason arrowood waring voorhees truax shreve
shockey schatz sandifer rubino rozier roseberry roll player pieper peden nester nave murphey malinowski
macgregor liang lafrance kunkle kirkman jorge hipp hasty haddix gervais gerdes garfield gamache fouts
fitzwater dillingham deming deanda cedeno cannady burson bouldin arceneaux woodhouse whitford wescott welty
weigel torgerson toms surber sunderland sterner setzer salvatore riojas pumphrey puga pedro patch metts
mcgarry mccandless magill lupo loveland llamas leclerc koons kahler huss holbert heintz haupt grimmett gaskill
flower ellingson dorr dingess deweese desilva crossley cordeiro converse conde cheeks caldera cairns
burmeister burkhalter brawner bott youngs vierra valladares tiffany shrum shropshire sevilla rusk roof rodarte
pedraza nino montana merino mcminn markle mapp lucia lajoie koerner kittrell kato hyder hollifield heiser
hazlett greenwald fant eldredge dreher delafuente cravens claypool beecher aronson alanis worthen wojcik
winger whitacre wellington valverde valdivia troupe thrower swindell suttles suh stroman spires slate shealy
sarver sartin sadowski rondeau rolon rick rex rascon priddy pine paulino nolte munroe molloy mellon mciver
lykins loggins lillie lenoir klotz kempf jone hupp hollowell hollander haynie hassan harkness harker gottlieb
frith eddins driskell doggett densmore charette cassady carrol byrum burcham buggs benn whitted warrington
vandusen vaillancourt steger spell siebert scofield quirk purser plumb orcutt northern nordstrom mosely
michalski mcphail mcdavid mccraw martini marchese mannino leo lefevre largent lanza kress isham hunsaker hoch
hildebrandt guarino grijalva graybill fick ewell ewald deangelo cusick crumley coston cathcart carruthers
bullington brian bowes blain blackford barboza yingling woodland wert weiland varga silverstein sievers
shuster shumway scudder runnels rumsey renfroe provencher polley mohler middlebrooks kutz koster korn grow
groth glidden fazio deen corn copper chipman chenoweth champlin cedillo carrero carmody buckles brien boutin
bosch bill berkowitz altamirano wilfong wiegand waites truesdale toussaint tobey tedder steelman sirois
schnell robichaud ridge richburg pray plumley pizarro piercy ortego oberg neace music mickey mertz mcnew matta
lawyer lapp lair kibler jessie howlett hollister hofer hatten hagler germany falgoust engelhardt eberle
eastwood dombrowski dinsmore daye cool casares capone braud balch autrey wendel tyndall toy strobel stoltz
spinelli serrato rochester reber real rathbone palomino noah nickels mayle mathers mach loeffler littrell
levinson leong lemire lejeune lazo lasley koller kennard jester hoelscher hintz hagerman greaves fore eudy
engler corrales cordes brunet bidwell bennet bare tyrrell tharpe swinton stribling steven southworth sisneros
shane savoie samons ruvalcaba roscoe ries ramer omara mosqueda millar mcpeak macomber luckey litton lehr lavin
hubbs hoard hibbs hagans futrell exum evenson dicks culler chou carbaugh callen brashear bloomer blakeney
bigler addington woodford witter unruh tolentino sumrall stgermain smock sherer salem rochelle rayner pooler
oquinn nero milano mcglothlin mars linden kowal kerrigan ibrahim harvell hanrahan goodall geist fussell fung
ferebee federico eley eggert dorsett dingman destefano colucci clemmer caesar burnell brumbaugh boddie
berryhill avelar alcantara abbey winder winchell vandenberg trotman thurber thibeault stlouis stilwell
sperling shattuck sarmiento ruppert rumph renaud randazzo rademacher quiles pearman palomo mercurio lowrey
lindeman lawlor larosa lander labrecque kimber hovis holifield henninger hawkes hartfield hann hague genovese
garrick fudge frink eddings dinh dear cutter cribbs constant calvillo bunton brodeur bolding blanding agosto
zahn wiener trussell tew tello teixeira stephan speck sharma shanklin sealy scanlan santamaria roundy
robichaux ringer rigney prevost polson philip pass nord moxley mohammed medford mccaslin mcardle macarthur
lewin lasher ketcham keiser heine hackworth grose grizzle grass gillman gartner garth frazee fleury fast edson
edmonson derry deck cronk conant burress burgin broom brockington bolick boger birchfield billington baily
bahena armbruster anson yoho wilcher tinney timberlake thoma thielen sutphin stultz sikora serra schulman
scheffler santillan robin rego preciado pinkham monday mickle luu lomas lizotte lent lenard kellerman keil
juan johanson hernadez hartsfield hang haber gorski farkas eberhardt duquette delano cropper cozart cockerham
chamblee cartagena cahoon buzzell brister brewton blackshear benfield aston ashburn arruda wetmore weise
vaccaro tucci sudduth stromberg stoops showalter shears runion rowden rosenblum riffle renfrow peres obryant
nicolas leftwich lark landeros kistler killough kerley kastner hoggard hartung guertin govan gatling gailey
fullmer fulford flatt esquibel endicott edmiston edelstein dufresne dressler dickman chee busse bonnett bogart
berard barrington arena anton yoshida velarde veach vanhouten vachon tolson tolman tennyson stites soler shutt
ruggles rhone pegues ong neese muro moncrief mefford mcphee mcmorris mceachern mcclurg mansour mai mader leija
lecompte lafountain labrie jaquez heald hash hartle gainer frisby farina eidson edgerton dyke durrett duhon
cuomo cobos cervantez bybee brockway borowski binion beery arguello amaro acton yuen winton wigfall weekley
vidrine vannoy tardiff shoop shilling schick sand safford prendergast pilgrim pellerin osuna nissen nalley
moritz moller messner messick merry merrifield mcguinness matherly marcano mahone lemos lebrun jara hoffer
hewlett herren hecker haws haug hack gwin gober gilliard fredette favela echeverria downer donofrio desrochers
dee crozier corson clyde bechtold argueta aparicio zamudio willette westover westerman utter troyer thies
tapley slavin shirk sandler roop rimmer raymer range radcliff otten moorer millet mckibben mccutchen mcavoy
mcadoo mayorga mastin martineau marek madore leflore kroeger kennon jimerson javier hostetter hornback hendley
hance guardado granado gowen goodale flinn fleetwood fitz durkee duprey dipietro dilley clyburn brawley
beckley arana weatherby vollmer victoria vestal tunnell trigg tingle takahashi sweatt storer snapp shiver
rooker red rathbun poisson perrine perri pastor parmer parke pare papa palmieri nottingham midkiff mecham
mccomas mcalpine lovelady lillard lally knopp kile kiger haile gupta goldsberry gilreath fulks friesen franzen
flack findlay ferland dreyer dore dennard deckard debose crim coulombe cork chancey cantor branton bissell
barns woolard witham wasserman waldo spiegel shoffner scholz ruch rossman ready petry palacio paez neary
mortenson millsap miele mick menke mckim mcanally martines manor malcom lemley larochelle klaus klatt kaufmann
kapp helmer hedge halloran glisson frechette fontana enoch eagan drum distefano danley creekmore chartier
chaffee carillo burg bolinger berkley benz basso bash barrier zelaya woodring witkowski wilmot wilkens wieland
virgil verdugo urquhart tsai timms swiger swaim sussman scarlett pires molnar mcatee maurice lowder loos
linker landes kingery keeley hufford higa hendren hammack hamann gillam gerhardt fell eugene edelman eby delk
deans curl constantine cleaver claar casiano carruth carlyle bump brophy bolanos bibbs bessette beggs baugher
bartel averill andresen amin alden adames wildman via valente turnbow tse swink sublett stroh stringfellow
ridgway pugliese poteat pang ohare neubauer murchison mohamed mingo lucky lemmons kwon kellam kean jarmon
hyden hudak hollinger henkel hemingway hasson hansel halter haire goodnight ginsberg gillispie fogel flory
etter elledge eckman deas currin crafton coomer colter claxton bulter braddock bowyer blizzard binns bing
bellows baskerville barros ansley woolf wight waldman wadley tull trull tesch struck stouffer stadler slay
shubert sedillo santacruz reinke raleigh poynter neri neale natividad mowry moralez monger mitchum merryman
manion macdougall lux litchfield ley levitt lepage lasalle laine khoury kavanagh karns ivie huebner hodgkins
halpin garica eversole dutra dunagan duffey dillman dillion deville dearborn damato courson coulson burdine
bryce bousquet bonin bish atencio westbrooks wages vaca tye toner tomas tillis swett surface struble stanfill
son solorzano slusher sipple sim silvas shults schexnayder saez rodas rager pulver plaza penton paniagua
meneses mcfarlin mcauley matz maloy magruder lohman landa lacombe jaimes hom holzer holst heil hackler grundy
gregor gilkey farnham durfee dunton dunston duda dews dana craver corriveau conwell colella chambless bremer
boutte bourassa blaisdell backman babineaux audette alleman towner taveras tarango sullins suiter stallard
solberg schlueter poulos pimental owsley olivier okelley nations moffatt metcalfe meekins medellin mcglynn
mccowan marriott marable lennox lamoureux koss kerby karp jason isenberg howze hockenberry highsmith harbour
hallmark gusman greeley giddings gaudet gallup fleenor eicher edington dimaggio dement demello decastro cruise
bushman brundage brooker brooke bourg board blackstock bergmann beaton banister argo appling wortman watterson
villalpando tillotson tighe sundberg sternberg stamey speaks shipe seeger scarberry sattler sain rothstein
poteet plowman pettiford penland peach partain pankey oyler ogletree ogburn moton million merkel mask markus
lucier lazarus lavelle lakey kratz kinser kershaw josephson jesse imhoff ibanez hendry hammon frisbie
friedrich frawley fraga forester eskew emmert drennan doyon dominick dandridge cumming cawley carvajal bracey
belisle batey ahner wysocki weiser veliz tincher sherlock santo sansone sankey sandstrom sale rohrer risner
pridemore pfeffer persinger peery oubre orange nowicki musgrave murdoch mullinax mccary mathieu livengood
leonardo kyser klink kimes kellner kavanaugh kasten imes hoey hinshaw halley hake gurule grube grillo geter
gatto garver garretson farwell eiland dunford decarlo corso core colman collard cleghorn chasteen cavender
carlile calvo byerly brogdon broadwater breault bono bergin behr ballenger amick yan vice tamez stiffler
steinke simmon shankle schaller salmons sackett saad rideout reader ratcliffe rao ranson randell plascencia
petterson olszewski olney olguin nilsson nevels morelli montiel monge michell michaelson mertens mcchesney
mcalpin mathewson lower loudermilk lineberry liggett lamp kinlaw kight just jost hereford hardeman halpern
halliday hafer gaul friel freitag frances forsberg evangelista doering dicarlo dendy delp deguzman dameron
curtiss cousin cosper charley cauthen cao camper bradberry bouton bonnell bixby bieber beveridge belle bedwell
barhorst bannon baltazar baier ayotte attaway arenas alex abrego watford valley turgeon tunstall thaxton thai
tenorio stotts sthilaire spiker shedd seng seabolt scalf salyers ruhl rowlett robinett pfister perlman pepe
parkman paradise olin nunnally norvell napper modlin mckellar mcclean mascarenas manchester leibowitz ledezma
kuhlman kobayashi hunley holmquist hinkley hazard hartsell gribble gravely fifield eliason doctor doak
crossland cover clair carleton butters bridgeman bojorquez boggess banker auten woosley wine whiteley wexler
twomey tullis townley to standridge stamp springs santoyo rueda riendeau revell pless ottinger nigro nickles
mulvey menefee mcshane mcloughlin mckinzie marrow markey mariano lockridge lipsey knisley knepper kitts kiel
jinks hathcock godin gallego fikes fecteau estabrook ellinger dustin dunlop dudek diego countryman chauvin
chatham bullins brownfield boughton bloodworth bibb baucom barbieri aubin armitage alessi absher abbate zito
woolery wiggs wacker violette tynes tolle telles tarter swarey strode stockdale stella stalnaker spina schiff
saari risley reading rameriz rakes pettaway penner paulus palladino omeara montelongo melnick mehta mcgary
mccourt mccollough marchetti manzanares lowther leiva lauderdale lafontaine kowalczyk knighton joubert
jaworski ide huth hurdle hung housley hackman gulick gordy gilstrap gehrke gebhart gaudette foxworth finger
essex endres dunkle clare cimino cardinal caddell brauer braley bodine blackmore belden backer ayer andress
alva wisner walk vuong valliere twigg tso tavarez strahan steib staub sowder shoulders seiber schutt scharf
schade rodriques risinger renshaw rath rahman presnell pillow piatt pasquale nieman nicol nevins milford
mcilwain mcgaha mccully mccomb maye massengale macedo lines lesher leland kearse jauregui husted hudnall
holmberg hertel hershey hardie glidewell frausto fassett dash dalessandro dahlgren corum constantino conlin
colquitt colombo claycomb carley cardin cancel buller boring boney bocanegra blazer biggers benedetto araiza
andino albin zorn werth weisman walley vanegas ulibarri towers towe tedford teasley suttle steffens stcyr
squire smythe singley sifuentes shuck session schram sass rieger ridenhour rickert richerson rayborn rabe raab
pendley pastore ordway moynihan mellott mckissick mcgann mccready mauney marrufo list lenhart lazar lafave
keele kautz jardine jahnke jacobo hord hardcastle hageman griffey giglio gehring fortson duque duplessis
donner dicken derosier deitz dalessio cyrus cram chi center castleman candelario callison caceres bozarth
biles bejarano beech bashaw avina armentrout angus alverez acord zack waterhouse vereen vanlandingham uhl
strawser shotwell severance seltzer schoonmaker schock schaub schaffner roeder rodrigez riffe rhine rasberry
rancourt railey quade pursley prouty perdomo oxley osterman nickens murphree mounts monte merida maus mattern
masse martinelli mangan lutes ludwick loney laureano lasater knighten kissinger kimsey kessinger honea
hollingshead hockett heyer heron gurrola gove glasscock gillett galan featherstone eckhardt duron dunson
dasher culbreth cowden cowans claypoole churchwell chabot caviness cater caston callan byington burkey boden
beckford atwater arms archambault alvey alsup yon whisenant weese voyles verret tsang tessier sweitzer sherwin
shaughnessy revis remy prine philpott peavy paynter parmenter ovalle offutt nightingale newlin nakano myatt
muth mohan mcmillon mccarley mccaleb maxson marinelli maley macy liston letendre kain huntsman hirst hagerty
gulledge greenway grajeda gorton goines gittens frederickson fanelli embree eichelberger dunkin dull dixson
dillow defelice chumley burleigh borkowski binette biggerstaff berglund beller audet arbuckle allain alfano
zander youngman wittman weintraub vanzant vaden twitty trader toon till stollings standifer spinner sines
shope scalise saville romans posada pisano otte nolasco napoli mier merkle mendiola melcher mejias mcmurry
mccalla markowitz marine manis mallette macfarlane lough looper landin kittle kinsella kinnard hobart herald
helman hellman hartsock halford hage gordan glasser gayton gattis gastelum gaspard frisch force fitzhugh
eckstein eberly dowden despain crumpler crotty cornelison collin colin chouinard chamness catlin cann
bumgardner budde branum bradfield braddy borst birdwell bent bazan bank banas bade aubrey arango ahearn addis
zumwalt wurth wilk widener wagstaff vella urrutia terwilliger tart steinman staats sloat rives riggle revels
reichard prickett poff pitzer petro pell northrup nicks moline mielke maynor mallon magness lingle lindell
lieb lesko lebeau lammers lafond kiernan ketron jurado holmgren hilburn hayashi hashimoto harbaugh hans
guillot gard froehlich felipe feinberg falco dufour drees doney diep delao daves dail cutting crowson coss
congdon carner camarena butterworth burlingame bouffard bloch bilyeu barta bakke baillargeon avent aquilar ake
aho zeringue yeh yarber wolfson wendell vogler voelker truss troxell thrift strouse spielman sistrunk shows
sevigny schuller schaaf ruffner routh roseman ricciardi peraza pegram overturf olander odaniel neu millner
melchor maxie marvel maroney machuca macaluso livesay layfield laskowski kwiatkowski ko kiley kilby julien
hovey heywood hayman havard harville haigh hagood grieco glassman gebhardt garry freeze fleischer fann elson
eccles cunha crumb crew blakley bardwell abshire woodham wines welter wargo varnado tutt traynor swaney
svoboda stricker stoffel stambaugh sickler shackleford selman seaver sansom sanmiguel royston rourke rockett
rioux puleo pitchford persons normand nardi mulvaney middaugh manners malek lodge leos lathan kujawa kimbro
killebrew joshua houlihan hobby hinckley herod hepler hamner hammel hallowell gonsalez gingerich gambill
funkhouser fricke fewell falkner endsley dulin drennen deaver dambrosio clover chadwell ceasar castanon canon
burkes brune brisco brinker bowker boldt berner bee beaumont beaird bazemore barrick arnette albano younts
wunderlich weidman vanness tu toland theobald stickler steiger stanger spies spector sollars smedley seibel
scoville saito rye rummel rude rowles rouleau roos rogan roemer ream raya purkey priester perreira penick
paulin parkins overcash oleson nicely neves muldrow minard midgett michalak melgar mcentire mcauliffe marti
marte lydon lindholm leyba leader langevin lagasse lafayette kesler kelton kao kaminsky jump jaggers humbert
huck howarth hinrichs higley gupton guimond gravois giguere fretwell fontes feeley faucher fall evan eichhorn
ecker earp dole dinger derryberry demars deel copenhaver collinsworth colangelo cloyd claiborne caulfield
carlsen calzada caffey broadus brenneman bouie bodnar blaney blanc blades beltz behling begin barahona yun
yockey winkle windom wimer wilford wash villatoro trexler teran taliaferro sydnor swinson snelling smtih siu
simonton simoneaux simoneau sherrer seavey scheel rushton rupe ruano rodney rippy reiner reiff rabinowitz
quach penley odle nock minnich mckown mccarver mcandrew longley laux lamothe lafreniere kropp krick kates
jepson huie howse howie henriques haydon haught hatter hartzog harkey grimaldo goshorn gormley gluck gilroy
gillenwater giffin folks fluker feder eyre eshelman eakins dryer disney detwiler delrosario davisson celestine
catalan canning calton buster brammer botelho blakney bartell averett askins aker zak worcester witmer wiser
winkelman widmer whittier western weitzel wardell wagers ullman tupper tingley tilghman talton simard seda
scheller sala rundell rost roa ribeiro rabideau primm porch polite pinon peart ostrom ober nystrom nussbaum
nurse naughton murr moorhead monti monteiro melson meissner mclin mcgruder marotta makowski majewski madewell
lunt lukens leininger lebel lakin laguna kepler jaques hunnicutt hungerford hoopes hertz heins hammers
halliburton grosso gravitt glasper gideon gallman gallaway funke fulbright falgout eakin dostie dorado
dewberry derose cutshall crampton costanzo colletti cloninger claytor chiang canterbury campagna burd brokaw
broaddus bretz brainard binford bilbrey alpert aitken ahlers zajac yale woolfolk witten windle wayland tramel
tittle talavera suter straley stetson specht sommerville soloman so skeens sigman sibert shavers schuck schmit
sartain sabol rosenblatt rollo rashid rabb province polston nyberg northrop navarra muldoon mulder mikesell
mcdougald mcburney mauricio mariscal lui lozier lingerfelt legere latour lagunas lacour kurth ku killen kiely
kayser kahle julius isley huertas hower hinz haugh gumm given galicia fortunato flake dunleavy duggins doby
digiovanni devaney deltoro cribb crank corpuz coronel comfort coen charbonneau caine burchette blakey
blakemore bergquist beene beaudette bayles ballance bakker bailes asberry arwood zucker willman whitesell wald
walcott vancleave trump trail strasser simas shorts shick schleicher schaal saleh rotz resnick raphael rainer
partee ollis oller oday noles munday mountain mong millican merwin mazzola mansell magallanes llanes lewellen
lepore kisner keesee jim jeanlouis ingham hornbeck hermes hawn hartz harber haffner gutshall guth grays grams
gowan finlay finkelstein eyler enloe dungan diez dearman dann cull crosson creek chronister cassity campion
callihan butz breazeale blumenthal billy berkey batty batton barge arvizu alexis alderete aldana albaugh
abernethy work wolter wille tweed tollefson thomasson teter testerman sproul spates southwick soukup skelly
senter sealey sawicki sargeant rossiter rosemond repp pound pink pifer ormsby nickelson naumann morabito
monzon millsaps millen mcelrath marcoux mantooth madson macneil mackinnon louque leister lampley kushner
krouse kirwan june jessee janson jahn jacquez islas hutt holladay hillyer hepburn hensel harrold guadalupe
gingrich geis gales fults finnell ferri featherston epley ebersole eames dunigan drye dismuke devaughn
delorenzo damiano confer collum clower clow claussen clack caylor cawthon casias carreno carlo bluhm bingaman
bewley belew beckner beamer barefoot auld amey wolfenbarger wilkey wicklund waltman villalba valero valdovinos
ung ullrich tyus twyman trost tardif tanguay stripling steinbach shumpert sasaki sappington sandusky reinhold
reinert quijano pye poor placencia pinkard phinney perrotta pernell parrett oxendine owensby orman nuno mori
mcroberts mcneese mckamey mccullum markel mardis maines lueck lubin lefler leffler lavery larios labarbera
kershner josey jeanbaptiste izaguirre hermosillo haviland hartshorn hamlet hafner ginter getty franck fiske
emmett dufrene doody davie dangerfield dahlberg cuthbertson crone coffelt claus chidester chesson cauley
caudell cantara campo caines bullis bucci brochu bosco bogard bickerstaff benning arzola antonelli adkinson
zellers wulf worsley woolridge whitton westerfield walczak vassar truett trueblood trawick townsley topping
tobar telford sung steverson stagg sitton sill sherrell sergent schoenfeld sarabia rutkowski rubenstein rigdon
prentiss pomerleau plumlee phoenix philbrick peer patty patnode oloughlin obregon nuss napoleon morell moose
mikell mele mcinerney mcguigan mcbrayer lore lor look lollar lakes kuehl kinzer kamp joplin jacobi howells
holstein hedden hassler harty halle greig granville gouge goodrum gerhart geier geddes gast forehand ferree
fendley feltner fang esqueda encarnacion eichler egger edmundson eatmon dragon doud donohoe donelson dilorenzo
digiacomo diggins delozier dejong danford crippen coppage cogswell clardy cioffi cabe brunette bresnahan
bramble blomquist blackstone biller bevis bevan bethune benbow baty basinger balcom andes aman aguero adkisson
yandell wilds whisenhunt weigand weeden voight villar trottier tillett suazo setser scurry schuh schreck
schauer samora roane rinker reimers reason ratchford popovich parkin nichol natal melville mcbryde magdaleno
loehr lockman lingo leduc larocca lao lamere laclair krall korte koger jumper jalbert hughs higbee henton
heaney haith gump greeson goodloe gholston gasper gagliardi fregoso farthing fabrizio ensor elswick elgin
eklund eaddy drouin dorton dizon derouen delia deherrera davy dark dampier cullum culley cowgill cardoso
cardinale brodsky broadbent brimmer briceno branscum bolyard boley bennington beadle baur ballentine azure
aultman augustus asuncion arciniega aguila aceves yepez yap woodrum wethington weissman veloz trusty troup
trammel theodore tarpley stivers steck sprayberry spraggins spitler spiers sohn seagraves schiffman rudnick
rizo riccio rennie quinton quackenbush puma plott pearcy parada paiz munford moskowitz mease mcnary mccusker
matt lozoya longmire loesch lasky kuhlmann krieg koziol kowalewski konrad kindle jowers jolin jaco hua horgan
hine hileman hepner heise heady hawkinson hannigan haberman guilford grimaldi gilles garton gagliano fruge
follett fiscus ferretti ebner easterday eanes dirks dimarco depalma deforest dance cruce craighead christner
candler cadwell burchell buettner brinton breed brazier brannen brame bova bomar blakeslee belknap bangs
balzer athey armes alvis alverson alvardo alter zhao yeung yen wheelock westlund wessels volkman threadgill
thelen tandy tague ta symons swinford sturtevant straka stier stagner segarra seawright sack rutan roux
ringler riker ramsdell quattlebaum purifoy poulson permenter peloquin pasley pagel osman obannon nygaard
nipper newcomer munos motta meadors mcquiston mcniel mcmann mccrae mayne matte martine lucy legault lechner
lack kucera krohn kratzer koopman judson jeske horrocks homes hock hibbler hesson hersh harvin halvorsen
griner grindle glen gladstone garofalo frampton forbis fernando eddington diorio dingus dewar desalvo curcio
creasy cortese cordoba connally cluff cascio capuano canaday calabro bussard brayton borja bigley arnone
arguelles acuff zamarripa wooton wolfgang widner wideman threatt thiele templin teeters synder swint swick
sturges stogner stedman spratt six siegfried shetler scull savino sather rothwell rook rone rolf rhee quevedo
privett pouliot poche pickel petrillo pellegrini peaslee partlow otey nunnery morelock morello meunier
messinger mckie mccubbin mccarron maria lerch lavine laverty lariviere lamkin kugler krol kissel keeter hummer
hubble hickox hetzel hayner hagy hadlock groh gregorio gottschalk goodsell gloria gerry gassaway garrard
galligan fye firth fenderson feinstein etienne engleman emrick ellender drews doiron degraw deegan dart
crissman corr cookson coil cleaves charest chapple chaparro castano carpio byer bufford bridgewater bridgers
brandes borrero bonanno aube ancheta abarca abad yung yim wooster woodrow wimbush willhite willams wigley
weisberg wardlaw vigue vanhook unknow torre tasker tarbox strachan standard slover shamblin semple schuyler
schrimsher sayer salzman salomon rubalcava riles rickey reneau reichel rayfield rabon pyatt prindle poss
polito plemmons pesce perrault pereyra ostrowski nilsen niemeyer nick munsey mundell moncada miceli meader
mcmasters mckeehan matsumoto marron marden lizarraga lingenfelter lewallen laurence langan lamanna kovac
kinsler kephart keown kass kammerer jeffreys hysell householder hosmer hardnett hanner guyette greening glazer
ginder fromm fortuna fluellen finkle fey fessler essary eisele duren dittmer crochet cosentino cogan coelho
cavin carrizales campuzano brough bow bopp bookman bobb blouin beesley battista bascom bakken badgett arneson
anselmo albino ahumada agustin woodyard wolters wireman wilton willison warman wan waldrup vowell vantassel
vale twombly toomer tennison teets tedeschi swanner swallow stutz stelly sheehy schermerhorn scala sandidge
salters salo saechao roseboro rolle ressler renz renn redford raposa rainbolt pompey pelfrey orndorff oney
nolin nimmons ney nardone myhre morman mines menjivar mcglone mccammon maxon maris marciano manus maiden
lowrance lorenzen lonergan lollis littles lindahl lansing lamas lach kuster krawczyk knuth knecht kirkendall
keitt keever kantor jarboe hoye houchens holter holsinger hickok herb helwig helgeson heater hassett harner
hamman hames hadfield goree goldfarb gaughan gaudreau gantz gallion frady foti flesher ferrin faught engram
elbert donegan desouza degroot cutright crowl criner coke coan clinkscales chewning chavira catchings carlock
bye bulger buenrostro bramblett brack boulware bordeaux bookout bitner birt baranowski baisden augustin allmon
alberto acklin yoakum wilbourn whisler weinberger washer vasques vanzandt vanatta troxler tomes tindle tims
throckmorton thach stpeter stlaurent stenson spry spitz songer snavely sly sleeper shroyer shortridge shenk
sevier seabrook scrivner saltzman rosenberry rockwood robeson roan reiser redwine ramires raber profit posner
popham pipes piotrowski pinard peterkin pelham peiffer peay peavey nadler musso milo millett mestas mcgowen
marques marasco manriquez manos mair lipps lesser leiker leeds krumm knorr kinslow kessel kendricks kelm ito
irick ickes hurlburt horta hoekstra heuer helmuth heatherly hampson hagar haga greenlaw grau godbey gingras
gillies gibb gayden gauvin garrow fontanez florio fleischman finke fasano fan faith ezzell ewers eveland
eckenrode duclos drumm dimmick delancey defazio deacon dashiell damian cusack crowther crigger cray coolidge
coldiron cleland chalfant cassel cape camire cabrales broomfield brittingham brisson brickey braziel brazell
bragdon boulanger bos boman bohannan beem barto barre barley baptist azar ashbaugh armistead almazan adamski
zendejas winburn willaims wilhoit westberry wentzel wendling wager visser vanscoy vankirk vallee tweedy
thornberry sweeny stalker spradling spano smelser shim sechrist schall scaife rugg ruben rothrock roesler
riehl ridings render ransdell radke pinero petree pendergast peluso pecoraro pascoe panek oshiro noon
navarrette murguia moores moberg mike michaelis mcwhirter mcsweeney mcquade mccay mauk mariani marceau
mandeville maeda lunde ludlow loeb lindo linderman leveille leith larock lambrecht kulp kinsley kimberlin
kesterson jacinto ice hui hoyos helfrich hanke hail guillermo grisby goyette gouveia glazier gile gerena
gelinas gasaway garden funches fujimoto flynt fenske fellers fehr eslinger escalera enciso duley dittman
dineen diller devault dao collings clymer clowers chavers charland castorena castello camargo bunce bullen
boyes borchers borchardt birnbaum birdsall billman benites bankhead ange ammerman adkison yuan winegar wickman
wear warr warnke villeneuve veasey vassallo vannatta vadnais twilley truelove towery tomblin tippett theiss
talkington talamantes swart swanger streit straw stines stabler spurling sobel sine simmers shippy shiflett
shearin sauter sanderlin rusch runkle ruckman rorie roesch roberto richert rehm randel ragin quesenberry
puentes plyler plotkin paugh oshaughnessy ohalloran norsworthy niemann nader moorefield mooneyham modica
miyamoto mickel mebane mckinnie mazurek mancilla lukas lovins loughlin lotz lindsley liddle levan lederman
leclaire lasseter lapoint lamoreaux lafollette kubiak kirtley keffer kaczmarek jennette housman honey hiers
hibbert herrod hegarty hathorn harsh greenhaw grafton govea gardener futch furst frisbee fred franko forcier
foran flickinger fairfield eure emrich embrey edgington ecklund eckard durante deyo delvecchio deeds dade
currey cuff creswell cottrill casavant cartier cargile capel cammack calfee buzzard burse burruss brust
brousseau bridwell braaten borkholder bloomquist bjork bartelt arp amburgey yeary yao whitefield vinyard
vicente vanvalkenburg twitchell timmins tester tapper stringham starcher spotts slaugh simonsen sheffer
sequeira rosati rode rhymes reza record quint pollak peirce patillo parkerson paiva nilson nice nevin narcisse
nair mitton merriam merced meiners mckain mcelveen mcbeth marsden marez manke mahurin mabrey luper krull kees
iles hunsicker hornbuckle holtzclaw hirt hinnant heston hering hemenway hegwood hearns halterman halls
guiterrez grote granillo grainger glasco gilder garren garlock garey fu fryar fredricks fraizer foxx foshee
ferrel felty feathers everitt evens esser elkin eberhart durso duguay driskill doster dewall deveau demps
demaio delreal deleo delay deem darrah cumberbatch culberson cranmer cordle colgan chesley cavallo castellon
castelli carreras carnell carmon carmen carlucci bottom bontrager blumberg blasingame becton ayon artrip
arline andujar alkire alder agan zukowski zuckerman zehr wroblewski wrigley woodside wigginton westman
westgate werts washam wardlow walser waiters teller tadlock stuck stringfield stimpson stickley starbuck
standish spurlin spindler speller spaeth sotomayor sok sluder shryock shepardson shatley scannell santistevan
rosner rolland rhode resto reinhard rathburn prisco poulsen pinney phares pennock pastrana oviedo ostler noto
nauman mulford moise moberly mirabal ming metoyer metheny mentzer meldrum mcinturff mcelyea mcdougle massaro
lumpkins loveday lofgren loe lirette lesperance lefkowitz ledger lauzon lain lachapelle kurz klassen keough
kempton kaelin jeffords im huot hsieh hoyer horwitz hopp hoeft hennig haskin grill gourdine golightly girouard
fulgham fritsch freer frasher foulk firestone fiorentino fedor feather ensley englehart eells ebel dunphy
donahoe dimas dileo dibenedetto dabrowski crick coonrod conder coddington chunn choy chaput cerna carreiro
calahan braggs bourdon boner bollman bittle ben behm bauder batt barreras aubuchon anzalone adamo zhou zerbe
zachery witty wirt willcox westberg weikel waymire vroman vinci vallejos tutor truesdell troutt trotta
tollison toles tichenor tai symonds surles sunday strayer stgeorge sroka sorrentino solares snelson silvestri
sikorski shawver schumaker schorr schooley scates satterlee satchell sacks rymer roselli robitaille riegel
richer regis reames provenzano proper priestley plaisance pettey palomares oman nowakowski nace monette
minyard mclamb mchone mccarroll masson marco magoon maddy lundin loza licata lesley leonhardt lema landwehr
kircher kinch karpinski johannsen hussain houghtaling hoskinson hollaway holeman hobgood hilt hiebert gros
gram goggin gentle geissler gadbois gabaldon fleshman flannigan files fairman epp eilers dycus dunmire
duffield dowler ditto deloatch dehaan deemer corner clayborn christofferso chilson chesney chatfield charlie
caster carron canale camden buff brigman branstetter bosse borton bonar blau biron beagle barroso arvin arispe
zacharias zabel yaeger works woolford whetzel weakley veatch vandeusen tufts troxel troche traver townsel tosh
talarico swilley sterrett stenger springfield speakman sowards sours souders souder soles sobers snoddy
smither sias shute shoaf shahan schuetz scaggs santini rosson rolen robidoux rentas recio pixley pawlowski
pawlak paull pascal overbey orear oliveri oldenburg nutting naugle mote mossman moor misner milazzo michelson
mei mcentee mccullar mccree mcaleer mazzone maxim marshal mandell manahan malott maisonet mailloux lumley
lowrie louviere lipinski lindemann leppert leopold leasure leaf labarge kubik knisely knepp kenworthy kennelly
kelch karg kanter ignacio hyer houchin hosley hosler hollon holleman heitman hebb haggins gwaltney guin
greenman goulding gorden goodyear geraci georges gathers frison feagin falconer espada erving erikson
eisenhauer eder ebeling durgin drown dowdle dinwiddie delcastillo dedrick crimmins covell cournoyer coria
cohan cataldo carpentier canas campa brode brashears blaser bicknell berk bednar barwick ascencio althoff
almodovar alamo zirkle zabala xu wolverton winebrenner wetherell westlake wegener weddington vong tuten
trosclair trim tressler theroux teske sword swinehart swensen sundquist southall socha sizer silverberg shortt
shimizu sherrard shen shaeffer seth scheid scheetz saravia sanner rubinstein rozell romer ringo rheaume
reisinger raven randles pullum petrella payan papp pablo nordin norcross nicoletti nicholes newbold nakagawa
mraz monteith milstead milliner mellen mccardle matthias marcy luft loo locker liptak lipp leitch latimore
larrison landau laborde koval izquierdo hymel hoskin holte hoefer hayworth hausman harrill harrel hardt gully
groover grinnell greenspan graver grandberry gorrell goldenberg goguen gilleland garr fuson foye felt feldmann
everly dyess dyal dunnigan downie dolby divine deatherage dates danna cosey corrado cheever celaya caver
cashion caplinger cansler byrge bruder brew breuer breslin brazelton botkin bonneau bones bondurant bohanan
bogue boes bodner boatner blatt bickley belliveau beiler beier beckstead bart bang bachmann atkin aron andreas
altizer alloway allaire albro abron zellmer yetter yelverton wiltshire wiens whidden wait viramontes vanwormer
topper tarantino tanksley sumlin strauch strang stice spahn sosebee sigala shrout seamon schrum schneck
schantz said ruddy romig roehl renninger reding pyne polak pohlman pasillas oldfield oldaker ohanlon ogilvie
norberg nolette nies neufeld nellis mummert mulvihill mullaney monteleone mendonca meisner mcmullan mccluney
mattis massengill manfredi luedtke lounsbury lora liberatore leek lease lazaro lamphere laforge kuo koo
jourdan ismail iorio iniguez ikeda hubler hodgdon hocking heacock haslam haralson hanshaw hannum hallam haden
garnes garces gammage gambino finkel faucett fahy esteban ehrhardt eggen dusek durrant dubay dones dey
depasquale delucia degraff deer decamp davalos darwin dan cullins conard clouser clontz cifuentes chico
chappel chaffins celis carwile byram bruggeman brick bressler brathwaite brasfield bradburn boose boon bodie
blosser blas bise bertsch bernardi bernabe bengtson barrette astorga armand antone alday albee abrahamson
yarnell wiltse wile wiebe waguespack vasser upham tyre turek tune traxler torain tomaszewski tinnin tiner
tindell teed styron stahlman staab spoon spells skiba shih sheperd seidl secor schutte sanfilippo ruder rondon
reina rearick rank procter prochaska pettengill pauly neilsen nally mutter mullenax morano meads mcnaughton
mcmurtry mcmath mckinsey matthes massenburg marlar margolis marcos malin magallon mackin lovette loughran
loring longstreet loiselle lenihan laub kunze kull koepke knights kerwin kalinowski kagan innis innes husband
holtzman heinemann harshman haider haack guss grondin grissett greenawalt gravel goudy goodlett goldston gokey
goin gardea galaviz gafford gabrielson furlow fritch fordyce folger elizalde ehlert eckhoff eccleston ealey
dubin dolphin dieter diemer deschamps delapena decicco debolt daum cullinan crittendon crase cossey coppock
coots colyer columbus cluck chamberland cane burkhead bumpus buchan borman bork boe birkholz berardi benda
behnke barter auer amezquita wotring wirtz wingert wiesner whitesides weyant wainscott vivian venezia varnell
tussey trainer toll thurlow tack tabares stiver stell starke stanhope stanek sisler sinnott sidney siciliano
shehan selph seager scurlock scranton santucci santangelo saltsman ruel ropp rolling rogge rettig renwick
reidy reider redfield quam premo port pier peet parente paolucci pan palmquist orme ohler ogg netherton
mutchler morita mistretta minnis middendorf menzel mendosa mendelson meaux mcspadden mcquaid mcnatt manigault
maney mager lung lukes lopresti liriano lipton letson lechuga lazenby lauria larimore kwok kwak krupp krupa
krum kopec kinchen kifer kerney kerner kennison kegley kays karcher justis johson jellison janke isabell
huskins holzman hollie hinojos highland hefley he hatmaker harte halloway hallenbeck goodwyn glaspie gillian
geise fullwood fryman frew frakes fraire farrer enlow engen ellzey eckles earles ealy dunkley drinkard
dreiling draeger dinardo dills desroches desantiago current curlee crumbley critchlow coury courtright
coffield cleek christen charpentier cardone caples cantin buntin bugbee brinkerhoff brackin bourland bohl
bogdan blassingame beacham banning auguste andreasen amann almon alejo adelman abston zeno yerger wymer
woodberry windley whiteaker westfield weibel wanner waldrep vital villani vanarsdale utterback updike triggs
topete tolar tigner thoms tauber tarvin tally swiney sweatman studebaker streets stennett states starrett
stannard stalvey sonnenberg smithey sieber sickles shinault segars sanger salmeron rothe rizzi rine ricard
restrepo ralls ragusa quiroga ping phung pero pegg pavlik papenfuss oropeza omar okane neer nee nathaniel
mudge mozingo molinaro mikel mcvicker mcgarvey mcfalls mccraney matus magers llanos livermore liss linehan
leto leitner laymon lawing lawerence lacourse kwong kollar kneeland keo kennett kellett kangas janzen hutter
huse huling hoss hohn hofmeister hewes hern harjo habib gust guice grullon greggs grayer granier grable gowdy
giannini getchell gartman garnica ganey gallimore fray fetters fergerson farlow fagundes exley esteves enders
edenfield easterwood drakeford dipasquale desousa deshields deeter dedmon debord daughtery cutts courtemanche
coursey copple coomes collis coll cogburn clopton choquette chaidez castrejon calhoon burbach bulloch buchman
bruhn bohon blough bien belmont baynes barstow zeman zackery yardley yamashita wulff wilken wiliams wickersham
wible whipkey wedgeworth walmsley walkup vreeland verrill valera umana traub timothy swingle swing summey
stroupe stockstill steffey stefanski statler stapp speights sons solari soderberg slick shunk shorey shewmaker
sheilds schiffer schank schaff sagers rodger rochon riser rickett reale raglin poon polly polen plata pitcock
percival palen pahl orona oberle nocera navas nault mullings mouser moos montejano monreal minick middlebrook
meece mcmillion mccullen mauck marshburn maillet mahaney magner maclin lucey litteral lippincott leite leis
leaks laurie lamarre kost jurgens jesus jerkins jager hurwitz hughley hotaling horstman hohman hocker hively
hipps hile hessler hermanson hepworth henn helland hedlund harkless haigler gutierez gum grindstaff glantz
giardina gerken gadsden freda finnerty feld farnum encinas elton eager drakes dennie cutlip curtsinger couto
cortinas corby choice chiasson carle carballo brindle borum bober blagg birk berthiaume beahm batres basnight
barbara backes axtell aust au atterberry alvares alt alegria abe yow yip woodell wojciechowski winfree winbush
wiest wesner wax wamsley wakeman verner truex trafton toman thorsen thor theus tellier tallant szeto strope
stills stage sorg simkins shuey shaul servin serio serafin senior sebring salguero saba ryerson rudder ruark
rother rohrbaugh rohrbach rohan rogerson risher rigg reeser pryce prokop prins priebe prejean pinheiro petrone
petri penson pearlman parikh pal pair natoli murakami mullikin mullane motes morningstar monks mcveigh mcgrady
mcgaughey mccurley masi marchan manske maine maez lusby linde lile likens licon leroux lemaire legette lax
laskey laprade laplant lady kolar kittredge kinley kerber kanagy johannes jetton jayne january janik ippolito
inouye hunsinger howley howery horrell hoosier holthaus hiner hilson hilderbrand hasan hartzler harnish harada
hansford halligan hagedorn gwynn gudino greenstein greear gracey goudeau gose goodner ginsburg gerth gerner
fyfe fujii frier frenette folmar fleisher fleischmann fetzer fern eisenman earhart dupuy dunkelberger drummer
drexler dillinger dilbeck diana dewald demby deford daniell dake craine como clever chesnut casady carstens
carrick carino carignan canchola cale bushong burman buono brownlow broach britten brickhouse boyden boulton
borne borland bohrer blubaugh bever berggren benevides arocho arends amezcua almendarez zalewski witzel
winkfield wilhoite vara vangundy vanfleet vanetten vandergriff urbanski tyrell troiano tickle thibodaux straus
stoneking stjean stillings stiff stange square speicher speegle sowa smeltzer slawson simmonds shuttleworth
serpa senger seidman schweiger schloss schimmel schechter sayler sabb sabatini ronan rodiguez riggleman
richins reep reamer prunty porath plunk piland philbrook pettitt perna peralez pascale padula oboyle nivens
nickols murph mundt munden montijo mcmanis mcgrane mccrimmon manzi mangold malick mahar maddock lust losey
loop litten liner leff leedy leavell ladue krahn kluge junker iversen imler hurtt huizar hubbert howington
hollomon holdren hoisington hise heiden hauge hartigan gutirrez griffie greenhill gratton granata gottfried
gertz gautreaux furry furey funderburg flippen fitzgibbon fergus felice eye dyar drucker donoghue dildy devers
detweiler despres denby degeorge cueto cranston courville clukey cirillo chon chivers caudillo catt butera
bulluck buckmaster braunstein bracamonte bourdeau border bonnette bobadilla boaz blackledge beshears bernhard
bergeson baver barthel balsamo bak aziz awad authement altom altieri abels zigler zhu younker yeomans yearwood
wurster winget whitsett wechsler weatherwax wathen warriner wanamaker walraven viens vandemark vancamp uchida
triana tinoco terpstra tellis tarin taranto takacs studdard struthers strout stiller spataro soderquist sliger
silberman shurtleff sheetz schillinger ritch reif raybon ratzlaff radley putt putney prime press pinette piner
petrin parise osbourne nyman northington noblitt nishimura nell neher nalls naccarato mucha mounce miron
millis meaney mcnichols mckinnis mcjunkin mcduffy max marcello manrique mannion mangual malveaux mains lumsden
lucien lohmann lipe lightsey lemasters leist laxton laverriere latorre lamons kral kopf knauer kitt kaul karas
kamps jusino janis islam hullinger huges hornung hiser hempel helsel hassinger hargraves hammes hallberg
gutman gumbs gruver graddy gonsales goncalves glennon gilford geno freshour flippo fifer few fermin fason
farrish fallin ewert estepp escudero ensminger emmanuel emberton elms ellerbe eide dysart dougan dierking
dicus detrick deroche depue demartino delosreyes dalke culbreath crownover crisler crass corsi chagnon centers
cavanagh casson carollo cadwallader burnley burciaga burchard broadhead boris booze bolte body berens bellman
bellard baril arden antonucci amado allie wolfgram winsor wimbish wilbert wier wallach viveros vento varley
vanslyke vangorder touchstone tomko tiemann throop tamura talmadge swayze sturdevant strauser stolz stenberg
stayton spohn spillers spillane sluss sloane slavens simonetti shofner shead senecal seales schueler schley
schacht sauve sarno salsbury rothschild rosier rines reveles rein redus redfern reck ranney raggs prout prill
preble prager plemons pippen pilon piccirillo pewitt pesina pecora otani orsini ollie oestreich odea
ocallaghan northup niehaus newberg nasser narron monarrez mishler mcsherry mcelfresh mayon mauer mattice mash
marrone marmolejo marini marie mara malm machen lunceford loewen liverman litwin linscott levins lenox legaspi
leeman leavy lannon lamson lambdin labarre knouse klemm kleinschmidt kirklin keels juliano howser hott hosier
hosea hopwood holyfield hodnett hirsh heimann height heckel harger hamil hajek gurganus gunning grange
gonzalas goggins gerow gaydos garduno ganley galey farner ester engles emond emert ellenburg edick duell
dublin dorazio dong dimond diederich dewalt depuy dempster demaria dehoyos dearth dealba dane czech crose
crespin cogdill clinard cipriano chretien chalk cerny ceniceros celestin caple cacho burrill buhr buckland
branam boysen bovee boos boler blom blasko beyers belz belmonte bednarz beckmann beaudin bazile barbeau
balentine abrahams able zielke yunker yeates wrobel wike whisnant wherry wagnon vogan vansant vannest vallo
ullery towles towell tiger thill taormina tannehill taing storrs stickles stetler sparling solt silcox sheard
shadle seman selleck schlemmer scher sapien sainz rumble roye rosamond romain rizzuto resch rentz rather rasch
ranieri purtell primmer portwood pontius pons pletcher pledger pirkle pillsbury pentecost peng paxson ortez
organ oles newborn mullett muirhead mouzon mork mollett mohn mitcham melillo mee medders mcmiller mccleery
mccaughey manders mak maciejewski macaulay lute lipman lewter larocque langton kriner knipp killeen karn
kalish kaczor jonson jerez jarrard janda hymes hollman hollandsworth holl hobdy hitch hennen hemmer hagins
haddox guitierrez guernsey gorsuch gholson genova gazaway gauna gammons freels fonville fly florian fleet
fetterman fava farquhar farish fabela escoto eisen dossett dority dorfman demmer dehn dawley darbonne damore
damm crosley cron crompton crichton cotner cordon conerly colvard clauson chess cheeseman charity cavallaro
castille cabello burgan buffum bruss brassfield bowerman bothwell borgen bonaparte bombard boivin
boissonneault bogner bodden boan blanche bittinger bickham bedolla bale bainbridge aybar avendano ashlock
amidon almanzar akridge ackermann zager yong xavier worrall winans wilsey wightman westrick wenner warne
warford verville utecht upson tuma tseng troncoso trollinger torbert taulbee sutterfield stough storch
stonebraker stolle stilson stiefel steptoe stepney stender stemple staggers spurrier spray spinney spengler
smartt skoog silvis sieg shuford selfridge seguin sedgwick sease scotti schroer schlenker schill savarese
sapienza sanson sandefur salamone rusnak rudisill royalty rothermel roca resendiz reliford rasco raiford
quisenberry quijada pullins puccio postell poppe pinter piche petrucci pellegrin pelaez patti paton pasco
parkes paden pabst orchard olmsted newlon mynatt mustafa mower morrone moree moffat mixson minner min millette
mederos mcgahan mcconville maughan massingill marano macri lovern lichtenstein leonetti lehner lawley laramie
lappin lahti lago lacayo kuester knee kincade junior juhl joslyn jiron jessop jerry jarosz jain hults hoge
hodgins hoban hinkson hillyard herzig hervey henriksen hawker hause hard hankerson gregson golliday gilcrease
gessner gerace garwood garst gaillard flinchum fishel fishback filkins fentress fabre ethier espana eisner
ehrhart efird drennon dominy dominique domingue dipaolo dinan dimartino deskins dengler defreitas defranco
dancer dahlin cutshaw cuthbert croyle crothers critchfield cowie costner coppedge copes ciccone champ cesar
caufield capo cambron cambridge buser burnes buhl buendia brindley brecht bourgoin boomer blackshire birge
benninger bembry beil begaye barrentine barks banton balmer baity auerbach ambler alexandre ackerson zurcher
zell wynkoop wallick waid vos vizcaino vester veale vandermark vanderford tuthill trivette thiessen tewksbury
tao tabron swim swasey swanigan stoughton stoudt stimson stecker stead stall spady souther smoak sklar simcox
sidwell sharon seybert sesco seeman seaborn schwenk schmeling rossignol robillard robicheaux riveria rippeon
ridgley remaley rehkop reddish reach rauscher rachel quirion pusey pruden pressler potvin pospisil paradiso
pangburn palmateer ownby otwell osterberg osmond olsson old oberlander nusbaum novack nokes nicastro nehls nay
naber mulhern motter moretz milian mercedes mckeel mcclay mccart matsuda mary martucci marple marko marciniak
manes mancia maker macrae lybarger lint lineberger levingston lecroy lattimer laseter kulick krier knutsen
klem kinne kinkade ketterman kerstetter kersten karam jury joshi jin jent jefcoat hillier hillhouse hettinger
henthorn henline helzer heitzman heineman heenan haughton haris harbert haman grinstead gremillion gorby
giraldo gioia gerardi geraghty gaunt gatson gardin gans gammill games gain friedlander frahm fossett fosdick
forth forbush fondren fleckenstein fitchett filer feliz feist ewart evelyn esters elsner edgin eddie easterly
dussault durazo don devereaux deshotel deckert dargan dare cornman conkle condit commander claunch clabaugh
chute cheesman chea charney charleston casella carone carbonell canipe campana calles cabezas cabell buttram
bustillos buskirk boyland bourke blakeley big berumen berrier bench belli behrendt baumbach bartsch baney
arambula alldredge allbritton ziemba zanders youngquist yoshioka yohe wunder woodfin wojtowicz winkel wilmore
willbanks wesolowski wendland walko votaw vanek uriarte urbano turnipseed triche trautman towler tokarz
temples tefft teegarden syed swigart stryker stoller stapler stansfield smit smelley sicard shulman shew shear
sheahan sharpton selvidge schlesinger savell sandford sabatino rosenbloom roepke rish rhames renken reger
rappaport quarterman puig prasad poplar pizano pigott pick phair petrick patt pascua paramore papineau
olivieri ogren norden noga nisbet munk munch mui morvant moro moloney merz meng meltzer mellinger mehl mcnealy
mckernan mchaney mccleskey mcandrews mayton mayor markert maresca marcellus maner mandujano malpass macintyre
lytton lyall lummus longshore longfellow lokey locher leverette lepe lefever leeson lederer lampert lagrone la
kreider korth knopf kleist kiss keltner kelling kaspar kappler justin josephs jiang huckins horace holub
hofstetter hoehn higginson hennings heid havel hauer harnden hargreaves hanger guild guidi grate grandy
grandstaff goza goodridge goodfellow goggans godley giusti gilyard geoghegan galyon gaeta funes font flor
flanary fales erlandson ellett elia edinger dziedzic duerr draughn donoho dimatteo devos dematteo degnan
darlington danis dam dahlstrom dahlke czajkowski cumbie culbert crosier croley corry clinger cheshire chalker
cephas caywood cavalier capehart cales cadiz bussiere burriss burkart brundidge bronstein breeze bradt
boydston bostrom borel bolles blay blackwelder bissett bevers bester bernardino benefiel belote beedle beckles
baysinger bassler bartee barlett bargas barefield baptista arterburn armas apperson amoroso amedee zullo
zellner yelton willems wilkin wiggin widman welk weingarten walla viers vess verdi veazey vannote tullos
trudell trower trosper trimm trew tousignant topp tocco thoreson terhune tatom suniga sumter steeves stansell
soltis sloss slaven sing shisler sheriff shanley servantes selders segrest seese seeber schaible savala sartor
rutt rumbaugh ruis roten roessler ritenour riney restivo rene renard rakestraw rake rachal quiros pullin
prudhomme primeaux prestridge presswood ponte polzin poarch pittenger piggott pickell phaneuf parvin parmley
palmeri paisley ozment ormond ordaz ono olea obanion oakman novick nicklas nemec nappi mund morfin mera
melgoza melby mcgoldrick mcelwain mcchristian mccaw marquart marlatt markovich mahr lupton lucus lorusso
lerman leddy leaman leachman lavalle laduke kummer koury konopka koh koepp kloss klock khalil kernan kappel
jakes inoue hutsell howle honore hole hockman hockaday hiltz hetherington hesser hershman heng heffron headen
haskett hartline harned guillemette guglielmo guercio greenbaum goris glines gilmour gardella gadd gabler
gabbert fuselier freudenburg fragoso follis flemings feltman febus farren fallis evert ekstrom eastridge dyck
dufault dubreuil dresser drapeau domingues dolezal dinkel didonato devitt devane demott daughtrey daubert das
darrell creason crary costilla chipps cheatwood carmean canton caffrey burgher buker brunk brodbeck brantner
brandy bolivar boerner bodkin biel betty bencomo bellino beliveau beauvais beaupre baylis baskett barcus
barbera baltz asay arney arcuri ankney agostini addy zwilling zubia zollinger zeitz yard yanes winship
winningham wickline webre waddington vosburgh vessels verrett vedder varnum vandeventer vacca usry towry
touchet tookes tonkin timko tibbitts thedford tarleton talty talamantez tafolla sugg strecker stirling steffan
spiva slape siemens shatzer seyler seamans schmaltz schipper sasso sailor ruppe runner royals roudebush ripple
riemer richarson revilla reichenbach ratley railsback quayle poplin poorman ponton polo pollitt poitras
piscitelli piedra pickles pew perera people penwell pelt pauline parkhill paladino ore oram olmo oliveras
olivarria ogorman near naron na muncie mowbray morones moretti monn mitts minks minarik mimms milliron
millington millhouse messersmith mcnett mckinstry mcgeorge mcdill mcateer mazzeo matchett mahood mabery
lundell louden losoya lisk lezama leib lebo lanoue lanford lafortune kump krone kreps kott kopecky kolodziej
knuckles kinman kimmons kelty kaster karlson kania jules joyal job jenner jasinski jandreau isenhour hunziker
huhn houde houchins holtman hodo heyman hentges hedberg hayne haycraft harshbarger harshaw harriss haring
hansell hanford handler hamburg hamblen gunnell groat gorecki gochenour gleeson genest geiser gabriele fulghum
friese fridley freeborn frailey flaugher fiala ettinger etheredge espitia eriksen engelbrecht engebretson elie
eickhoff edney edelen eberhard eastin eakes driggs doner donaghy disalvo deshong dahms dahlquist curren cripe
cree creager corle conatser commons coggin coder coaxum closson clodfelter classen chittenden castilleja
casale cartee carriere canup canizales burgoon bunger bugarin buchanon bruning bruck brookes broadwell brier
brekke breese bracero bowley bowersox bose bogar blossom blauser blacker bjorklund belair baumer basler barb
baltimore baize baden auman amundsen amore alvarenga adan adamczyk yerkes yerby yawn yamaguchi worthey wolk
wixom wiersma wieczorek whiddon weyer wetherington wein watchman warf wansley vesely velazco vannorman
valasquez utz urso turco turbeville trivett torrance toothaker toohey tondreau thaler sylvain swindler swigert
swider stiner stever steffes stampley stair smidt skeete silvestre shy shutts shock shealey seigler schweizer
schuldt schlichting scherr saulsberry saner rosin rosato roling rohn rix rister remley remick recinos ramm
raabe pursell poythress poli pokorny plum pettry petrey petitt penman payson paquet pappalardo outland oscar
orenstein nuttall nuckols nott nimmo murtagh mousseau moulder mooneyhan moak minch miera mercuri meighan
mcnelly mcguffin mccreery mcclaskey man mainor luongo lundstrom loughman loose lobo lobb linhart liberty lever
leu leiter lehoux lehn lares lapan langhorne lamon ladwig ladson kuzma kreitzer knop keech kea kadlec jo
jhonson jantz inglis husk hulme housel hofman hillery heidenreich heaps haslett harting hartig hamler halton
hallum gutierres guida guerrier grossi gress greenhalgh gravelle gow goslin gonyea gipe gerstner gasser
garceau gannaway gama gallop gaiser fullilove foutz fossum flannagan farrior faller ericksen entrekin enochs
englund ellenberger eastland earwood dudash du drozd desoto delph dekker dejohn degarmo defeo defalco deblois
dacus cudd crossen crooms cronan costin costanza cordray comerford collie colegrove coldwell claassen
chartrand castiglione carte cardella carberry capp capobianco cangelosi buch brunell brucker brockett
brizendine brinegar brimer brase bosque bonk bolger bohanon bohan blazek berning bergan bennette beauchemin
battiste barra balogh avis avallone aubry ashcroft asencio arledge anchondo amy alvord acheson zaleski yonker
wyss wycoff woodburn wininger winders willmon wiechmann westley weatherholt warnick wardle warburton volkert
virgin villanveva veit vass vanallen tung toribio toothman tiggs thornsberry thome tepper teeple tebo tassone
tann sultan stucker stotler stoneman stehle stanback stallcup spurr speers spada solum smolen sinn silvernail
sholes shives shain secrest seagle schuette schoch schnieders schild schiavone schiavo scharff santee sandell
salvo rollings rollin rivenburg ritzman rist rio ricardo reynosa retana reiber regnier rarick ransome rall
propes prall poyner ponds poitra plaster pippins pinion piccolo phu perillo penrose pendergraft pelchat peed
patenaude palko odoms oddo novoa noone newburn negri nantz mosser moshier molter molinari moler millman meurer
mendel mcray mcnicholas mcnerney mckillip mcilvain mcadory matter master marmol marinez manzer mankin makris
majeski magnus maffei luoma luman luebke luby lomonaco loar litchford lintz licht levenson legge laughter
lanigan krom kreger koop kober klima kitterman kinkead kimbell kilian kibbe kendig kemmer kash jenkin inniss
hurlbut hunsucker hugo huckabee hoxie hoglund hockensmith hoadley hinkel higuera herrman heiner hausmann
haubrich hassen hanlin hallinan haglund hagberg gullo gullion groner greenwalt grand goodwill gong gobert
glowacki glessner gines gildersleeve gildea gerke gerhard gebhard gatton gately galasso fralick fouse fluharty
faucette fairfax evanoff elser ellard egerton edie ector ebling dunkel duhart drysdale dostal dorey dolph
doles dismukes digregorio digby dewees deramus denniston dennett deloney delaughter darcy cuneo cumberland
crotts crosswhite cremeans creasey cottman cothern costales cosner corpus cora constable colligan cobble
clutter chupp chevez chatmon chaires caplan caffee cabana burrough burditt buckler brunswick brouillard broady
bowlby bouley borgman boltz boddy blackston birdsell bedgood bate basil bartos barriga barrie barna barcenas
banach baccus auclair ashman arter arendt ansell allums allsop allender alber albarran adelson zoll wysong
wimbley wildes whitis whitehill whicker weymouth well weldy wark wareham waddy viveiros vito vides vecchio
vath vandoren vanderhoof unrein uecker tsan trepanier tregre torkelson ton tobler tineo timmer swopes swofford
sweeten swarts summerfield sumler stucky strozier stigall stickel stennis stelzer steely solar slayden
skillern shurtz shelor shellenbarger shand shabazz seo scroggs schwandt schrecengost schoenrock schirmer
sandridge ruzicka rozek rowlands roser rosendahl romanowski romaine rolston rink riggio reichman redondo reay
rawlinson raskin raine quandt purpura purdue pruneda prevatte prettyman pinedo pierro pidgeon phillippi pfeil
penix peasley paro overall ospina ortegon ogata ogara normandin nordman nims nassar motz morlan mooring moles
moir mizrahi mire minaya millwood mikula messmer meikle mctaggart mcgonagle mcewan mccasland mccane mccaffery
mcalexander mattocks mattie matranga martone markland maravilla manno manly mancha mallery magno lorentz
locklin livingstone lipford lininger line liao lepley leming lemelin leadbetter lawhon lattin langworthy
lampman lambeth lamarr lahey krajewski klopp kinnison kestner kerry kennell karim jozwiak jakubowski jagger
ivery ishmael iliff iddings hudkins houseman holz holderman hoehne highfill hiett heskett heldt hedman
hayslett hatchell hasse hamon hamada hakala haislip haffey hackbarth guo gullickson guerrette guan greenblatt
goudreau gongora godbout glaude gills gillison gigliotti gargano gallucci galli galante frasure fodor fizer
fishburn finkbeiner finck fager estey espiritu eppinger epperly emig eckley dray dorsch dille devita
deslauriers demery delorme delbosque dauphin dantonio curd crume crown cozad cossette comacho climer
chadbourne cespedes cayton castaldo carpino carls capozzi canela cadet buzard busick burlison brinkmann
bridgeforth bourbeau bornstein boots bonfiglio boice boese biondi bilski betton berwick berlanga behan becraft
barrientez banh balke balderrama bahe bachand atlas armer arceo aliff alatorre zermeno zane younce you yeoman
yamasaki wroten worm woodby winer wilmer willits wilcoxon wehmeyer waterbury wass wann wake wachtel vizcarra
vince victory veitch vanderbilt vallone vallery ureno tyer tipps tiedeman theberge texeira taub tapscott
stutts stults stukes staff spink sottile smithwick slane simeone silvester siegrist shiffer sheedy sheaffer
severin sellman scotto schupp schueller schreier schoolcraft schoenberger schnabel sangster samford saliba
ryles ryans rossetti rodriguz risch riel rezendes rester rencher recker rathjen profitt poteete polizzi
perrigo patridge osby orvis opperman oppenheim onorato olaughlin ohagan ogles oehler obyrne nuzzo nickle nease
neagle navarette nagata musto morning morison montz mogensen mizer miraglia mingus migliore merideth menges
mellor mcnear mcnab mcloud mcelligott mccollom maynes marquette markowski marcantonio mar maldanado makin
macey lundeen lovin longino lisle linthicum limones lesure lesage leisure lauver laubach latshaw lary lapham
lacoste lacher kutcher knickerbocker klos klingler kleiman kittleson kimbrel kimberly kemmerer kelson keese
kam kallas jurgensen junkins juneau juergens jolliff jelks janicki jang innocent ingles inge huguley huggard
howton hone holford holding hogle hipple heimbach heider heidel havener hattaway harrah hanscom hankinson
hamdan gridley goulette goulart goodspeed goodrow go girardi gent gautreau ganz gandara gamblin galipeau fyffe
furrow fulp fricks frase frandsen fout foulks fouche foskey forgey foor fobbs finklea fincham figueiredo festa
ferrier fellman eslick eilerman eckart eaglin dunfee dumond drewry douse domino dimick diener dickert deines
degree declue daw dattilo danko custodio cuccia crunk crispin corp cornwall corea coppin considine coniglio
conboy collar cockrum clute clewis claude christiano channell channel cerrato cecere catoe castillon castile
carstarphen carmouche caperton buteau bury bumpers brey brenton brazeal brassard brass braga bradham bourget
borrelli borba boothby bohr bohm boehme bodin bloss blocher bizzell bieker berthelot bernardini berends benard
belser baze bartling barrientes barras barcia banfield aurand artman arnott arend ardis amon almaguer allee
albarado alameda abdo zuehlke zoeller yokoyama yocom wyllie woolum wint winland wink wilner wilmes whitlatch
westervelt walthall walkowiak walburn viviano vanderhoff valez ugalde trumbull todaro tilford tidd tibbits
terranova templeman tannenbaum talmage tabarez swearengin swartwood svendsen strum strack storie stockard
steinbeck starns stanko stankiewicz stacks stach sproles spenser smotherman slusser sinha silber siefert
siddiqui shuff sherburne seldon seddon schweigert schroeter schmucker saffold rutz rundle rosinski rosenow
rogalski ridout rhymer replogle regina reda raygoza ratner rascoe rahm quincy quast pry pressnell predmore pou
porto pleasants pigford pavone patnaude parramore papadopoulos palmatier ouzts oshields ortis olmeda olden
okamoto norby nitz niebuhr nevius neiman neidig neece murawski mroz moylan moultry mosteller moring morganti
mook moffet mettler merlo mengel mendelsohn meli melchior mcmeans mcfaddin mccullers mccollister mccloy
mcclaine maury maser martelli manthey malkin maio magwood maginnis mabon luton lusher lucht lobato levis
letellier legendre laurel latson larmon largo landreneau landgraf lamberson kurland kresge korman korando
klapper kitson kinyon kincheloe kawamoto kawakami jenney jeanpierre ivers issa ince hugh hug honda hollier
hollars hoerner hodgkinson hiott hibbitts herlihy henricks heavner hayhurst harvill harewood hanselman hanning
gwyn gustavson grounds grizzard grinder graybeal gravley gorney goll goehring godines gobeil glickman giuliano
gimbel gift geib gayhart gatti gains gadberry frei fraise fouch forst forsman folden fogleman figaro fetty
feely fabry eury estill epling elamin echavarria dutil duryea dumais drago downard douthit doolin dobos dison
dinges diebold desilets deshazo depaz degennaro dall cyphers cryer croce crisman credle coriell copp coop
compos colmenero cogar cliff chapel carnevale campanella caley calderone burtch brouwer brehmer brassell
brafford bourquin bourn bohnert blewett blass blakes bhakta besser berge bellis balfour avera austria applin
ammon alsop aleshire akbar zoller zapien wymore wyble wolken wix wickstrom whobrey whigham westerlund welsch
weisser weisner weinstock wehner watlington wakeland wafer virgen victorino veltri veith urich uresti umberger
twedt tuohy tschida trumble troia tristan trimmer topps tonn tiernan threet thrall thetford teneyck tartaglia
swords strohl streater strausbaugh stradley stonecipher steadham stansel stalcup stabile sprenger spradley
speier southwood sorrels slezak skow sirmans simental silk sifford sievert shover sheley selzer scriven
schwindt schwan schroth saylors saragosa sant salaam saephan routt rousey ros rolfes rieke rieder richeson
redinger rasnick rapoza rambert rafael quist pyron punch pullman przybylski pridmore pooley pines perkinson
perine perham pecor peavler partington panton oliverio olague ohman ohearn noyola nicolai nebel murtha muff
mowrey moroney morgenstern morant monty monsour mohammad moffit mijares meriwether mendieta melendrez mejorado
mckittrick mckey mckenny mckelvy mckechnie mcelvain mccoin mazzarella mazon maurin matthies maston maske
marzano marmon marburger mangus mangino mallet luo losada londono lobdell lipson lesniak leighty lei league
lavallie lareau laperle lape laforce laffey kuehner kravitz kowalsky kohr kinsman keppler kennemer keiper
keely kaler jun jelinek jarnagin issac isakson hypes hutzler huls horak hitz hice herrell henslee heitz heiss
heiman hasting hartwick harmer harland hammontree haldeman hakes guse guillotte guard groleau greve greenough
golub golson goldschmidt golder godbolt gilmartin gies gibby geren genthner gendreau gemmill gaymon galyean
galeano friar folkerts fleeman fitzgibbons ferranti felan farrand eoff enger engels ducksworth duby dry
drumheller douthitt doris donis dixion dittrich dials dessert descoteaux depaul denker demuth demelo delacerda
deforge danos dalley daigneault cybulski crystal cristobal cothren corns corkery copas coco clubb clore chitty
chichester chery charon chamber chace catanzaro castonguay cassella caroll carlberg cammarata calle cajigas
byas buzbee busey burling bufkin brzezinski brun brickner brabham boller bodily bockman bleich blakeman bisbee
bier bezanson bevilacqua besaw berrian berkeley bequette beauford baumgarten baudoin batie basaldua bardin
bangert banes backlund avitia artz archey apel amico alam aden zebrowski yokota wormley wootton woodie womac
wiltz wigington whitehorn whisman weisgerber weigle weedman watkin wasilewski wadlington wadkins viverette
vidaurri vidales vezina vanleer vanhoy vanguilder vanbrunt uy updegraff tylor trinkle touchette tilson tilman
tengan tarkington surrett super summy streetman straughter steere stalling spruell spadaro solley smathers
silvera siems shreffler sholar selden schaper samayoa ruggeri rowen rosso rosenbalm roosevelt roose ronquillo
rogowski rexford repass renzi renick renda rehberg reaper ranck raffa rackers raap pugsley puglisi prinz
primus pounders pon pompa plasencia pipkins pillar petrosky pelley pauls pauli parkison parisien pangle
pancoast palazzolo owenby overbay orris orlowski nipp newbern nedd nealon najar mysliwiec myron myres musson
murrieta munsell mumma muldowney moyle mowen mose morejon moodie monier mikkelsen miers metzinger melin mcquay
mcpeek mcneeley mcglothin mcghie mcdonell mccumber mccranie mcbean mayhugh marts marenco manges lynam lupien
luff luebbert loh loflin lococo loch lis linke lightle lewellyn leishman lebow lebouef leanos lanz landy
landaverde lacefield kyler kuebler kropf kroeker kluesner klass kimberling kilkenny kiker ketter kelemen
keasler kawamura karst kardos jeremiah jared igo huseman huseby hurlbert huard hottinger hornberger hopps
holdsworth hensen heilig heeter harpole haak gutowski gunnels grimmer grieve gravatt granderson gotcher
gleaves genao garfinkel frerichs foushee flanery finnie feldt fagin ewalt ellefson eiler eckhart eastep dwight
digirolamo didomenico devera delavega defilippo debusk daub damiani cupples cuddy crofoot courter coto
costigan corning corman corlett cooperman collison coghlan cobbins coady coachman clothier client clear
cipolla chmielewski chiodo chatterton chappelle chairez ceron casperson casler casados carrow carolina carlino
carico cardillo caouette canto canavan cambra byard buterbaugh buse bucy buckwalter bubb bryd brissette brault
bradwell boshears borchert blansett blanch blade biondo bilbo biehl bessey berta belles bella beeks beekman
beaufort bayliss bardsley avilla astudillo ardito anwar antunez amen aderholt abate yowell yin yearby ye wurst
woolverton woolbright wildermuth whittenburg whitely wetter wetherbee wenz welliver welling welcome wason
warrior warlick voorhies vivier villines vida verde veiga varghese vanwyk vanwingerden vanhorne umstead twiggs
tusing trego tompson tinkle thoman thole tatman tartt suda studley strock strawbridge stokely stec stang
stalter speidel spafford spade sontag sokolowski skillman skelley skalski sison sippel sinquefield sin siegle
sher sharrow setliff sera sellner selig seibold seery scriber schull schrupp schippers say saulsbury sao
santillo sanor sancho rufus rubalcaba roosa ronk robbs roache river riebe reinoso quin prude preuss pottorff
pontiff plouffe picou picklesimer pettyjohn petti penaloza parmelee pardee palazzo overholt ogawa ofarrell
nova nolting noda nicola nickson nevitt neveu navarre nam murrow munz mulloy monzo milliman metivier merlino
mcpeters mckissack mckeen mcgurk mcfee mcfarren mcelwee mceachin mcdonagh mccarville mayhall mattoon martello
marconi marbury mao manzella maly malec maitland maheu maclennan lyke luera loyola lowenstein losh lopiccolo
longacre loman loden loaiza lieber libbey lenhardt lefebre lauterbach lauritsen lass larocco larimer lansford
lanclos lamay lal kulikowski kriebel kosinski kleinman kleiner kleckner kistner kissner kissell kilroy kenna
keisler keeble keaney kale joly jimison jeans ikner hursey hruska hove hou host hosking hoose holle hoeppner
hittle hitchens hirth hinerman hilario higby hertzog hentz hensler heist heier hegg hassel harpe hara hank
hain hagopian grimshaw grado gowin gowans googe goodlow goering gleaton gidley giannone gascon garneau gambrel
galaz fuentez frisina fresquez fraher fitting feuerstein felten everman estell ertel erazo ensign endo
ellerman eichorn edgell ebron eaker dundas duncanson duchene ducan dombroski doman dock dickison dewoody
deloera delahoussaye dejean degroat decaro dearmond dashner dales crossett cressey cowger courts court
cornette corbo coplin coover condie cokley cicero ceaser cannaday callanan cadle buscher bullion bucklin
bruening bruckner brose branan bradway botsford bortz borelli bonetti bolan boerger bloomberg bingman bilger
berns beringer beres beets beede beaudet beachum baughn bator bastien basquez barreiro barga baratta balser
baillie axford attebery arakaki annunziata andrzejewski ament amendola adcox abril zenon zeitler zang zambrana
ybanez yagi wolak wilcoxson whitesel whitehair weyand westendorf welke weinmann wei weesner weekes wedel
wedding weatherall warthen vose villalta vila viator vaz valtierra urbanek tulley trojanowski trapani toups
torpey tomita tindal tieman tevis tedrow taul tash tammaro sylva swiderski sweeting sund stutler stocking
stich sterns stegner stalder splawn speirs southwell soltys smead slye skipworth sipos simmerman sigmund sidhu
shuffler shingleton shadwick sermons seefeldt scipio schwanke schreffler schiro scheiber sandoz samsel ruddell
royse rouillard rotella rosalez romriell rommel rizer riner rickards rhoton rhem reppert rayl raulston raposo
rapier rainville radel quinney purdie puffer pizzo pincus petrus pendelton pendarvis peltz peguero peete
patricio patchett parrino papke pam palafox ottley ostby oritz oren ogan odegaard oatman noell nida nicoll
newhall newbill netzer nettleton neblett murley mungo mulhall mosca morissette morford montag monsen mitzel
miskell minder mehaffey mcquillen mclennan mcgrail mccreight mayville maysonet maust mathieson mastrangelo
maskell martina manz malmberg makela madruga luz lotts longnecker logston littell liska lindauer lillibridge
levron letchworth lesh leffel leday leamon laura kulas kula kucharski kromer kraatz konieczny konen komar
kivett kirts kinnear kersh keithley keifer judah jimenes jeppesen jasmin jansson huntsberry hund huitt huffine
hosford hopes holmstrom hollen hodgin hirschman hiltner hilliker hibner hennis helt heidelberg heger heer
hartness hardrick halladay gula guillaume guerriero grunewald grosse griffeth grenz grassi grandison ginther
gimenez gillingham gillham gess gelman gearheart gaskell gariepy gamino gallien galentine fuquay froman
froelich friedel foos fomby focht flythe fiqueroa filson filip fierros fett fedele fasching farney fargo
everts even etzel elzey eichner eger eatman ducker duchesne donati domenech dollard dodrill dinapoli denn
delfino delcid delaune delatte deems daluz cusson cullison cue cuadrado crumrine cruickshank crosland croll
criddle crepeau coutu couey cort coppinger collman cockburn coca clayborne claflin cissell chowdhury chicoine
chenier causby caulder cassano casner cardiel burner brunton bruch broxton brosius brooking branco bracco
bourgault bosserman books bonet bolds bolander bohman boelter blohm blea blaise bischof billie beus bellew
bastarache bast bartolome bark barcomb barco balls balk balas bakos avey atnip ashbrook arno arbour aquirre
appell aldaco alcazar alban ahlstrom abadie zylstra zick zheng yother wyse wunsch whitty weist vrooman vine
villalon vidrio vavra vasbinder vanmatre vandorn ugarte turberville tuel trogdon town toupin toone tolleson
tinkham tinch tiano teston teer tea tawney taplin tant tansey swayne sutcliffe sunderman suits strothers
stromain stork stoneburner stolte stolp stoehr stingley stegman stangl spinella spier soules sommerfield sipp
simek siders shufelt shue shor shires shellenberger sheely service sepe seaberg schwing scherrer scalzo saver
sasse sarvis santora sansbury salls saleem ryland rybicki ruggieri rothenberg rosenstein roquemore rollison
rodden rivet rita ridlon riche riccardi reiley regner rech rayo rawley ranger raff radabaugh quon quill
privette prange pickrell perino penning pankratz orlandi nyquist norrell noren naples nale nakashima
musselwhite murrin murch mullinix mullican mullan morneau mondor molinar mo minjares minix mingle minchew mill
milewski mikkelson mifflin messing merkley meis meas mcroy mcphearson mcneel mcmunn mcmorrow mcdorman
mccroskey mccoll mcclusky mcclaran mccampbell mazzariello mauzy mauch mastro martinek marsala marcantel mahle
lyda lucius luciani lubbers louder lobel linsey linch liller legros layden lapine lansberry lage laforest
labriola koga knupp klimek kittinger kirchoff kinzel killinger kilbourne ketner kepley kemble kells kear kaya
karsten kaneshiro kamm joines joachim janelle jacobus iler holgate hoar hisey hird hilyard heslin herzberg
hennigan hegland hartl haner handel gualtieri greenly grasser gran goetsch godbold gilland gidney gibney
giancola gettinger garzon garret galle galgano gaier gaertner fuston freel fortes flock fiorillo figgs
fenstermacher fedler facer fabiano evins eusebio euler esquer enyeart elem eisenhower eich edgerly durocher
durgan duffin drolet drewes dotts dossantos dolly dockins dirksen difiore dierks dickerman dice dery denault
demaree delmonte delcambre days daulton darst dahle curnutt cully culligan cueva crosslin croskey cromartie
crofts covin coutee countess cost coppa coogan condrey concannon coger cloer clatterbuck cieslak chumbley
choudhury chiaramonte charboneau chai carneal cappello campisi callicoat burgoyne bucholz brumback brosnan
brogden broder brendle breece bown bou boser bondy bolster boll bluford blandon biscoe bevill bence battin
basel bartram barnaby barmore balbuena badgley backstrom auyeung ater arrellano arant ansari alling alejandre
alcock alaimo aguinaldo aarons zurita zeiger zawacki yutzy yarger wygant wurm wuest wolfram witherell wisneski
whitby whelchel weisz weisinger weishaar wehr wedge waxman waldschmidt walck waggener vosburg vita villela
vercher venters vanscyoc vandyne valenza utt urick ungar ulm tumlin tsao tryon trudel treiber tow tober tipler
tillson tiedemann thornley tetrault temme tarrance tackitt sykora sweetman swatzell sutliff suhr sturtz strub
strayhorn stormer steveson stengel steinfeldt spiro spieker speth spero soza souliere soucie snedeker slifer
skillings situ siniard simeon signorelli siggers shultis shrewsbury shippee shimp sherron shepler sharpless
shadrick severt severs semon semmes seiter segers sclafani sciortino schroyer schrack schoenberg schober
scheidt scheele satter sartori sarris sarratt salvaggio saladino sakamoto saine ryman rumley ruggerio rucks
roughton room robards ricca rexroad resler reny rentschler redrick redick reagle raymo rape raker racette
pyburn pritt presson pressman pough plain pisani perz perras pelzer pedrosa palos palmisano paille orem
orbison oliveros nourse nordquist newbury nelligan nawrocki myler mumaw morphis moldenhauer miyashiro mignone
mickelsen michalec mesta mcree mcqueary mcninch mcneilly mclelland mclawhorn mcgreevy mcconkey mattes maselli
marten mart marcucci manseau manjarrez malbrough machin mabie lynde lykes lueras lokken loken linzy lillis
lilienthal levey legler leedom lebowitz lazzaro larabee lapinski langner langenfeld lampkins lamotte lambright
lagarde ladouceur labrador labounty lablanc laberge kyte kroon kron kraker kouba kirwin kincer kimbler kegler
keach katzman katzer kalman journey jimmerson jenning janus iacovelli hust huson husby humphery hufnagel honig
holsey holoman hohl hogge hinderliter hildebrant hick hey hemby helle heintzelman heidrick hearon heap hazelip
hauk hasbrouck harton hartin harpster hansley hanchett haar guthridge gulbranson guill guerrera grund
grosvenor grist grell grear granberry gonser giunta giuliani gillon gillmore gillan gibbon gettys gelb gano
galliher fullen frese frates foxwell fleishman fleener fielden ferrera feng fells feemster fauntleroy fails
evatt espy eno emmerich edwin edler eastham dunavant duca drinnon dowe dorgan dollinger divers dipalma
difranco dietrick denzer demarest delee delariva delany decesare debellis deavers deardorff dawe darosa darley
dalzell dahlen curto cupps cunniff cude crivello cripps cresswell cousar cotta compo colorado clyne clayson
cearley catania carini cargo cantero cali buttrey buttler burpee bulkley buitron buda bublitz bryer bryden
brouillette brott brookman bronk breshears brennen brannum brandl braman bracewell boyter bomberger bold bogen
boeding bob blauvelt blandford bigger biermann bielecki bibby berthold berkman belvin bellomy beland behne
beecham becher beams bax bassham barret baley bacchus auxier atkison ary arocha arechiga anspach an algarin
alcott alberty ager adolph ackman abdul abdallah zwick ziemer zastrow zajicek yokum yokley wittrock winebarger
wilker wilham whitham wetzler westling westbury wendler wellborn weitzman weitz weight wallner waldroup vrabel
vowels volker vitiello visconti villicana vibbert vesey vannatter vangilder vandervort vandegrift vanalstyne
vallecillo usrey tynan turpen tuller trisler townson tillmon threlkeld thornell terrio taunton tarry tardy
swoboda swihart sustaita suitt stuber strine stookey stmartin stiger stainbrook solem smail sligh siple sieben
shumake shriner showman shiner sheen sheckler seim secrist scoggin schultheis schmalz schendel schacher savard
saulter santillanes sandiford sande salzer salvato saltz sakai ryckman ryant ruck ronald rocker rittenberry
ristau risk richart rhynes reyer reulet reser redington reddington rebello reasor raftery rabago raasch
quintanar pylant purington provencal prom prioleau prestwood pothier popa polster politte poffenberger pinner
pietrzak pettie penaflor pellot pellham paylor payeur papas paik oyola osbourn orzechowski oppenheimer olesen
oja ohl nuckolls nordberg noonkester nold nitta niblett neuhaus nesler ned nanney myrie mutch motto mosquera
morena montalto montagna mizelle mincy millikan millay miler milbourn mikels migues miesner mershon merrow
merlin melia meigs mealey mcraney mcmartin mclachlan mcgeehan mcferren mcdole mccaulley mcanulty maziarz maul
mateer martinsen marson mariotti manna mang mance malbon mah magnusson maclachlan macek lurie luc lown
loranger lonon lisenby linsley linger lenk leavens learned lauritzen lathem lashbrook landman lamarche
lamantia laguerre lagrange kogan klingbeil kist kimpel kime kier kerfoot kennamer kellems kammer kamen jess
jepsen jarnigan isler ishee isabel hux hungate hummell hultgren huffaker hruby hover hornick hooser hooley
hoggan hirano hilley higham heuser henrickson henegar hellwig heide hedley hasegawa hartt hambright halfacre
hafley guion guinan grunwald grothe gries greaney granda grabill gothard gossman gosser gossard gosha goldner
gobin gloss ginyard gilkes gilden gerson gephart gengler gautier gassett garon gandhi galusha gallager
galdamez fulmore fritsche fowles foutch forward footman fludd flakes ferriera ferrero ferreri fenimore fegley
fegan fearn farrier fansler fane falzone fairweather etherton elsberry dykema duppstadt dunnam dunklin duet
due dudgeon dubuc doxey dory donmoyer dodgen disanto dingler dimattia dilday digennaro diedrich derossett
deputy depp demasi degraffenreid deakins deady davin daigre daddario czerwinski cullens cubbage cracraft
constance comes combest coletti coghill clerk claybrooks class christofferse chiesa chason chamorro cessna
celentano cayer carolan carnegie capetillo callier cadogan caba byrom byrns burrowes burket burdge burbage
bukowski buchholtz brunt brungardt brunetti brumbelow brugger broadhurst brigance brandow bouknight bottorff
bottomley bosarge borger bona bombardier bologna boggan blumer blecha birney birkland betances beran benny
benes belin belgrave bealer bauch bath bashir bartow baro barnhouse barile ballweg baisley bains baehr badilla
bachus bacher bachelder auzenne aten astle allis agarwal adger adamek ziolkowski zinke zazueta zamorano
younkin won wittig witman winsett winkles wiedman whitner whitcher wetherby westra westhoff wehrle wee wagaman
voris vicknair vegas veasley vaugh vanish vanderburg valletta tunney trumbo truluck trueman truby trombly
trojan tourville tostado tone titcomb timpson tignor thrush thresher thiede tews tamplin taff tacker syverson
sylvestre summerall stumbaugh strouth straker stradford stoney stokley steinhoff steinberger stairs spigner
soltero snively sletten sinkler sinegal simoes siller sigel shoe shire shinkle shellman sheller sheats sharer
selvage sedlak sea schriver schimke scheuerman schanz savory saulters sauers sais rusin rumfelt ruhland rozar
rosborough ronning rolph roloff rogue robie riviera rimer riehle ricco rhein retzlaff reisman reimann re rayes
raub raminez quesinberry pua procopio priolo printz prewett preas prahl portugal poovey ploof platz plaisted
pinzon pineiro pickney petrovich perl pehrson peets pavon pautz pascarella paras paolini pals pafford oyer
ovellette outten outen ours orduna odriscoll oberlin nosal niven nisbett nevers nathanson mule mukai mozee
mowers motyka morency montford mollica molden mitten miser mina millender midgette messerly melendy meisel
meidinger meany mcnitt mcnemar mcmakin mcgaugh mccaa mauriello maudlin matzke mattia matteo matsumura masuda
mangels maloof malizia mahmoud maglione maddix lucchesi lochner linquist lino lietz leventhal leopard lemanski
leiser laury lauber lamberth kuss kung kulik kuiper krout kotter kort kohlmeier koffler koeller knipe knauss
kleiber kissee kirst kirch kilgo kerlin kellison kehl kalb jorden jantzen jamar inabinet ikard husman
hunsberger hundt hucks houtz houseknecht hoots hogsett hogans hintze hession henault hemming helsley heinen
heffington heberling heasley heal hazley hazeltine hayton hayse hawke haston harward harvard harrow hanneman
hafford hadnot guerro graig grahm gowins gordillo goosby glatt gibbens ghent gerrard germann geil gebo gean
garling gardenhire garbutt gagner furguson funchess fujiwara fujita friley frigo forshee folkes filler fernald
ferber feingold favorite faul farrelly fairbank failla estelle espey eshleman ertl erhart erhardt erbe elsea
ells ellman eisenhart ehmann earnhardt duplantis dulac ducote draves dosch dolce divito ditch dimauro
derringer demeo demartini delima dehner degen defrancisco defoor dedeaux debnam cypert cutrer cusumano custis
croker courtois costantino cormack corbeil copher conlan conkling cogdell cilley chapdelaine cendejas
castiglia cassette cashin carstensen carol caprio calcote calaway byfield butner bushway burritt browner
brobst briner brighton bridger brickley brendel bratten bratt brainerd brackman bowne bouck borunda bordner
bonenfant boer boehmer bodiford bleau blankinship blane blaha bitting bissonette bigby bibeau beverage
bermudes berke bergevin bergerson bendel belville bechard bearce beadles batz bartlow barren ayoub avans
aumiller arviso arpin arnwine armwood arent arehart arcand antle ambrosino alongi alm allshouse ahart aguon
ziebarth zeledon zakrzewski yuhas yingst yedinak wommack winnett wingler wilcoxen whitmarsh whistler wayt
watley wasser warkentin voll vogelsang voegele vivanco vinton villafane viles versace ver venne vanwagoner
vanwagenen vanleuven vanauken uselton uren trumbauer tritt treadaway tozier tope tomczak tomberlin tomasini
tollett toller titsworth tirrell tilly tavera tarnowski tanouye tall swarthout sutera surette styers styer
stipe stickland steve stembridge stearn starkes stanberry stahr spino spicher sperber speece soo sonntag
sneller smalling slowik slocumb sliva slemp slama sitz sisto sisemore sindelar shipton shillings sheeley
sharber shaddix severns severino sever sensabaugh seder seawell seamons schrantz schooler scheffer scheerer
scalia saum santibanez sano sanjuan sampley sailer sabella sabbagh royall rottman rivenbark rikard ricketson
rickel rethman reily reddin reasoner reade rast ranallo rana quintal pung pucci proto prosperie prim preusser
preslar powley postma pinnix pilla pietsch pickerel pica pharris petway petillo perin pereda pennypacker
pennebaker pedrick patin patchell parodi parman pantano padua padro osterhout orner opp olivar ohlson
odonoghue oceguera oberry novello noguera newquist newcombe neihoff nehring nees nebeker nau mundo mullenix
morrisey moronta morillo morefield mongillo molino minto midgley michie menzies medved mechling mealy mcshan
mcquaig mcnees mcglade mcgarity mcgahey mcduff mayweather mastropietro masten maranto maniscalco maize mahmood
maddocks maday macha maag luken lopp lolley llanas litz litherland lindenberg lieu letcher lentini lemelle
leet lecuyer leber laursen latch larrick lantigua langlinais lalli lafever labat labadie kurt krogman kohut
knarr klimas klar kittelson kirschbaum kintzel kincannon kimmell killgore kettner kelsch karle kapoor
johansson jock jenkinson janney isabelle iraheta insley hyslop hy human huckstep holleran hoerr hinze
hinnenkamp hilger higgin hicklin heroux henkle helfer heikkinen heckstall heckler heavener haydel haveman
haubert harrop harnois hansard hanover hammitt haliburton haefner hadsell haakenson guynn guizar grout grosz
goo gomer golla godby glanz glancy givan giesen gerst gayman garraway gabor furness frisk fremont frary forand
fessenden ferrigno fearon favreau faulks falbo ewen everton eurich etchison esterly entwistle ellingsworth
elders ek eisenbarth edelson eckel earnshaw dunneback doyal donnellan dolin dibiase deschenes dermody denmark
degregorio darnall dant dansereau danaher dammann dames czarnecki cuyler custard cummingham cuffie cuffee
cudney cuadra crigler creger coughlan corvin cortright corchado connery conforti condron colosimo colclough
cola cohee claire ciotti chill chien check chacko cevallos cavitt cavins castagna cashwell carrozza carrara
capra campas callas caison cai caggiano cabot bynoe buswell burpo burnam burges buerger buelow bueche buckle
bruni brummitt brodersen briese breit brakebill braatz boyers boughner borror borquez bonelli bohner blaze
blaker blackmer bissette bibbins bhatt bhatia bessler bergh beresford bensen benningfield benito bellantoni
behler beehler beazley beauchesne bargo bannerman baltes balog ballantyne bad axelson apgar aoki anstett
alejos alcocer albury aichele ahl ackles zerangue zehner zank zacarias youngberg yorke yarbro xie wydra
worthley wolbert wittmer witherington wishart wire winnie winkleman willilams willer wiedeman whittingham
whitbeck whetsel wheless westerberg welcher wegman waterfield wasinger warfel wannamaker walborn wada vogl
vizcarrondo vitela villeda veras venuti veney ulrey uhlig turcios tremper torian torbett thrailkill terrones
teitelbaum teems tay swoope sunseri stutes stthomas strohm stroble striegel streicher stodola stinchcomb
steves steppe stem steller staudt starner stamant stam stackpole sprankle speciale spahr sowders sova soluri
soderlund slinkard skates sjogren sirianni siewert sickels sica shugart shoults shive shimer shier shield
shepley sheeran sharper sevin severe seto segundo sedlacek scuderi schurman schuelke scholten schlater
schisler schiefelbein schalk sanon sae sabala ruyle ruybal ruf rueb rowsey rosol rocheleau rishel rippey
ringgold rieves ridinger rew retherford rempe reith rafter raffaele quinto putz purdom puls pulaski propp
principato preiss prada polansky poch plath pittard pinnock pfarr pfannenstiel penniman pauling patchen
paschke parkey pando overly ouimet ottman otter ostlund ormiston occhipinti nowacki norred noack nishida
nilles nicodemus neth nealey myricks murff mungia mullet motsinger moscato mort morado moors monnier molyneux
modzelewski miura minich militello milbrandt michalik meserve merle mendivil melara meadow mcnish mcelhannon
mccroy mccrady mazzella maule mattera mathena matas mass mascorro marone marinello marguez marcell manwaring
manhart mangano maggi lymon luter luse lukasik luiz ludlum luczak lowenthal lossett lorentzen loredo longworth
lomanto lisi lish lipsky linck liedtke levering lessman lemond lembo ledonne leatham laufer lanphear langlais
lando lamphear lamberton lafon lade lacross kyzer krok kring krell krehbiel kratochvil krach kovar kostka
knudtson knaack kliebert klahn kirkley kimzey kettle kerrick kennerson keesler karlin kan jenny janousek jan
imel icenhour hyler hunger hudock houpt hopping hoops holquin holiman holahan hodapp hires hillen hickmon
hersom henrich helvey heidt heideman hedstrom hedin hebron hayter harn hardage harbor halsted hahne hagemann
guzik guel groesbeck gritton grego graziani grasty graney gouin gossage golston goheen godina glade giorgi
giambrone gerrity gerrish gero gerling gaulke garlick galiano gaiter gahagan gagnier friddle fredericksen
franqui follansbee foerster flury fitzmaurice fiorini finlayson fiecke fickes fichter ferron ferdinand farrel
fackler eyman escarcega errico erler erby engman engelmann elsass elliston eddleman eadie dummer drost
dorrough dorrance doolan donalson domenico ditullio dittmar dishon dionisio dike devinney desir deschamp
derrickson delamora deitch dechant dave danek dahmen curci cudjoe crumble croxton creasman craney crader
cowling coulston cortina corlew corl copland convery cohrs clune clausing cipriani cinnamon cianciolo chubb
chittum chenard charlesworth charlebois champine chamlee chagoya casselman cardello capasso cannella
calderwood byford buttars bushee burrage buentello brzozowski bryner brumit brookover bronner bromberg brixey
brinn briganti bremner brawn branscome brannigan bradsher bozek boulay bormann bongiorno bollin bohler bogert
bodenhamer blose blind bivona bitter billips bibler benfer benedetti belue bellanger belford behn beerman
barnhardt baltzell balling balducci bainter babineau babich baade attwood asmus asaro artiaga april applebaum
ang anding amar amaker allsup alligood alers agin agar achenbach abramowitz abbas aasen zehnder yopp yelle
yeldell wynter woodmansee wooding woll winborne willsey willeford widger whiten whitchurch whang wen
weissinger weinman weingartner weidler waltrip walt wagar wafford vitagliano villalvazo villacorta vigna
vickrey vicini ventimiglia vandenbosch valvo valazquez utsey urbaniak unzueta trombetta trevizo trembley
tremaine traverso tores tolan tillison tietjen tee teachout taube tatham tarwater tarbell sydow sy swims
swader striplin stops stoltenberg steinhauer steil steigerwald starkweather stallman squier sparacino span
spadafora shiflet shibata shevlin sherrick shake sessums servais senters seevers seelye searfoss seabrooks
scoles schwager schrom schmeltzer scheffel sax sawin saterfiel sardina sanroman sane sandin salamanca saladin
sak sabia rustin rushin ruley rueter row rotter rosenzweig roles rohe roder rockey ro riter rieth ried riding
riddles ridder rennick remmers remer relyea reilley reder rasheed rakowski rabin queener pursel prue prowell
pritts primo presler pouncy porche porcaro pollman pleas planas pinkley pinegar pilger philson petties
perrodin pendergrast patao pasternak passarelli pasko parshall panos panella palombo padillo oyama overlock
overbeck otterson orrell ornellas opitz okelly officer obando noggle nicosia netto negrin natali nakayama
nagao nadel musial murrill murrah munsch mucci mrozek moyes mowrer moris morais moorhouse monico mone mondy
moncayo mole miltenberger milsap milone millikin milardo mika micheals micco meyerson mericle mendell
meinhardt meachum mcleroy mcgray mcgonigal maultsby matis matheney matamoros marro marcil marcial mantz
mannings maltby malchow maiorano mahn mahlum maglio mae maberry lustig luellen longwell longenecker lofland
locascio linney linneman lighty levell levay lenahan lemen lehto lebaron lanctot lamy lainez laffoon labombard
kujawski kroger kreutzer korhonen kondo kollman kohan kogut knaus kivi kittel kinner kindig kindel kiesel
kidney kibby khang kettler ketterer kepner kelliher keenum kanode kail july juhasz jowett jolicoeur jeon iser
ingrassia imai hutchcraft humiston hulings hukill huizenga hugley huddle hose hornyak hodder hisle hillenbrand
hille higuchi hertzler herdon heppner hepp heitmann heckart hazlewood hayles hayek hawthorn hawkin haugland
hasler harbuck happel hambly hambleton hagaman guzzi gullette guinyard grogg grise griffing goto gosney goods
goley goldblatt gledhill girton giltner gillock gilham gilfillan giblin gentner gehlert gehl garten garney
garlow garett galles galeana futral fuhr friedland franson fransen foulds follmer foland flax flavin firkins
fillion figueredo ferrill fenster fenley fauver farfan factor eustice eppler engelman engelke emmer elzy
ellwood ellerbee elks ehret ebbert durrah dupras dubuque dragoo donlon dolloff doi dibella derrico demko demar
darrington czapla crooker creagh cranor craner crafts crabill coyer cowman cowherd cottone costillo coster
costas cosenza corker collinson coello clingman clingerman claborn citizen chmura chausse chaudhry chapell
chancy cerrone caves caverly caulkins carn campfield campanelli callaham cadorette butkovich buske burrier
burkley bunyard budge buckelew buchheit broman brescia brasel brain boyster booe bonomo bonnet bondi bohnsack
bobby blomberg blanford bilderback biggins bently behrends beegle bedoya bechtol beaubien bayerl baumgart
baumeister barratt barlowe barkman barbagallo baldree baine bail baggs bacote aylward ashurst arvidson arthurs
arrieta arrey arreguin arrant arner armor arizmendi anker amis amend alphin allbright aikin acres zupan
zuchowski zeolla zanchez zahradnik zahler younan yeater yearta yarrington yantis woomer wollard wolfinger
woerner witek wishon wisener wingerter willet wilding wiedemann weisel wedeking weary waybright wardwell
walkins waldorf voth voit virden viloria villagran vasta vashon vaquera vantassell vanderlinden vandergrift
vancuren valenta underdahl tyra tygart twining twiford turlington tullius tubman trowell trieu transue tousant
torgersen tooker tony tome toma tocci tippins tinner timlin tillinghast tidmore teti tedrick tacey swanberg
sunde summitt summerford summa sue stratman strandberg storck stober steitz stayer stauber staiger sponaugle
spofford sparano spagnola sokoloski snay slough skowronski sieck shimkus sheth sherk shankles shakespeare
shahid sevy sergeant senegal seiden seidell searls searight schwalm schug schilke schier scheck sawtelle
santore santa sanks sandquist sanden saling sabine saathoff ryberg rustad ruffing rudnicki ruane rozzi rowse
rosenau rodes risser riggin riess riese rhoten reinecke reigle reichling redner rebelo raynes raimondi rahe
rada querry quellette pulsifer prochnow pretty prato poulton poudrier poll policastro polhemus polasek
poissant pohlmann plotner pitkin pita pio pinkett pilot piekarski pichon philippe pfau petroff petermann
peplinski peller pecinovsky pearse pattillo patague parlier parenti parchman pane paff ota ortner oros nolley
noakes nigh nicolosi nicolay newnam netter nass napoles nakata nakamoto muriel muck morlock moraga montilla
mongeau molitor mohney mitchener meyerhoff medel mcniff mcmonagle mcglown mcglinchey mcgarrity mccright
mccorvey mcconnel mccargo mazzei matula mastroianni massingale maring maricle marc mans mannon mannix manney
manger manalo malo malan mahony madril mackowiak macko macintosh lurry luczynski lucke lucarelli luca loud lou
losee lorence loiacono lohse loder lipari linebarger lindamood limbaugh letts leleux leep leeder leard laxson
lawry laverdiere laughton lastra kurek kriss krishnan kretschmer krebsbach kontos knobel knauf klick kleven
klawitter kitchin kirkendoll kinkel kingrey kilbourn kensinger kennerly kamin justiniano jurek junkin julia
judon jordahl jeanes jarrells jamal iwamoto isreal ishida ines immel iman ihle hyre hurn hunn hultman
huffstetler huffer hubner howey horney hooton holts holscher holen hoggatt hilaire herz henne helstrom
hellickson heinlein heckathorn heckard heather heart headlee hauptman haughey hatt harring harford hammill
hamed halperin haig hagwood hagstrom gunnells gundlach guardiola greeno greenland gonce goldsby gobel gisi
gillins gillie germano geibel gauger garriott garbarino gander gajewski funari fullbright fuell fritzler
freshwater freas fortino forbus fonda flohr flemister fisch finks fenstermaker feldstein faw farhat farah
fankhauser fagg fader exline emigh eguia edman eckler eastburn dy dunmore dubuisson dubinsky drayer doverspike
doubleday doten dorner dolson dohrmann disla direnzo dipaola dines dickie diblasi dewolf desanti dennehy
demming delker decola davilla davids daughtridge darville darland danzy dandy dagenais culotta cruzado crudup
croswell coverdale covelli couts corbell coplan coolbaugh conyer conlee conigliaro comiskey coberly clendening
clairmont cienfuegos chojnacki chilcote champney cassara casazza casado carew carbin carabajal calcagni cail
caddy busbee burts burbridge bunge bundick buhler bucker bucholtz bruen broce brite brignac brierly bridgman
braham bradish boyington borjas bonnie bonn bonhomme bohlen bogardus bockelman blick blackerby bizier biro
binney bertolini bertin berti bert bento beno belgarde belding beckel becerril bazaldua bayes bayard barrus
barris baros bara ballow balboa bakewell baginski badalamenti backhaus avilez auvil atteberry ardon anzaldua
anello amsler amo ambrosio althouse alles alix alberti alberson aitchison aguinaga ziemann zickefoose zerr zeh
zeck zartman zahm zabriskie yohn yellowhair yeaton yarnall yaple wolski wixon winford willner willms whitsitt
wheelwright weyandt wess wengerd weatherholtz wattenbarger walrath walpole waldrip voges violet vinzant viars
veres veneziano veillon vawter vaughns vanwart vanostrand valiente valderas uhrig tunison tulloch trostle
treaster traywick toye tomson tomasello tomasek tippit tinajero tift tienda thorington thierry thieme thibeau
thakkar tewell test telfer sweetser sum stratford stracener stoke stiverson stelling stefan stavros speaker
spatz spagnoli sorge sober slevin slabaugh simson shupp shoultz shotts shiroma shetley sherrow sheffey shawgo
shamburger sester segraves seelig seats scioneaux schwartzkopf schwabe scholes schmuck schluter schlecht
schillaci schildgen schieber schewe schecter scarpelli scaglione sautter santelli sandman salmi sabado ryer
rydberg ryba rushford running runk ruddick rotondo rote rosenfield roesner rocchio ritzer rippel rimes riffel
richison ribble reynold resh rehn ratti rasor rasnake rappold rando radosevich pulice puff prichett pribble
poynor plowden pitzen pittsley pitter pigeon philyaw philipps petite pestana perro perone pera peil pedone
pawlowicz pattee parten parlin pariseau paredez pardon panther paek pacifico otts ostrow osornio oslund orso
ooten onken oniel onan ollison ohlsen ohlinger odowd niemiec neubert nembhard neaves neathery nakasone myerson
muto muntz munez mumme mumm mujica muise muench morriss molock mishoe minier metzgar mero meiser meese meals
mcsween mcquire mcquinn mcpheeters mckeller mcilrath mcgown mcdavis mccuen mcclenton maxham matsui marriner
marlette mantle mansur mancino maland majka maisch maheux madry madriz mackley macke lydick lutterman luppino
lundahl lovingood loudon longmore lippman liefer leveque lescarbeau lemmer ledgerwood lawver lawrie lattea
lasko lahman kulpa kukowski kukla kubota kubala krizan kriz krikorian kravetz kramp kowaleski knobloch
klosterman kloster klepper kirven kinnaman kinnaird killam kiesling kesner keebler keagle karls kapinos
kantner kaba junious jefferys jacquet izzi ishii irion ifill hyun hotard horman hoppes hopkin hokanson hoda
hocutt hoaglin hites hirai hindle hinch hilty hild hier hickle hibler henrichs hempstead helmers hellard heims
heidler hearst hawbaker hau harkleroad harari hanney hannaford hamid hamburger haltom hallford guilliams
guerette gryder groseclose groen grimley greenidge greek graffam goucher goodenough goldsborough goldie
gloster glanton gladson gladding ghee gethers gerstein geesey geddie gayer gaw gaver gauntt gartland garriga
garoutte gao gan fronk fritze frenzel forgione fluitt flinchbaugh flach fiorito finan finamore fimbres fillman
file figeroa ficklin feher feddersen fambro fairbairn eves esperanza escalona elsey eisenstein ehrenberg
eargle dress drane dorothy doria dogan dively dewolfe dettman desiderio desch dennen denk demaris delsignore
dejarnette deere dedman daws dawn dauphinais danz dantin dannenberg dalby currence culwell cuesta croston
crossno cromley crisci craw coryell cooter condra columbia colpitts colas coach clink clevinger clermont
cistrunk cirilo chirico chiarello cephus cecena cavaliere caughey casimir carwell carlon carbonaro caraveo
cantley callejas cagney cadieux cabaniss bushard burlew buras budzinski bucklew bruneau brummer brueggemann
brotzman bross broad brittian brimage briles brickman breneman breitenstein brandel brackins boydstun botta
bosket boros borgmann bordeau bonifacio bolten boehman blundell bloodsaw bjerke biffle bickett bickers beville
bergren bergey benzing belfiore beirne beckert bebout baumert battey bartman barrs barriere barcelo barbe
balliet baham babst auton asper asbell arzate argento arel araki arai apo antley amodeo ammann allyn
allensworth aldape akey abeita zweifel zeng zeiler zamor zalenski yzaguirre yousef yetman yau wyer woolwine
wohlgemuth wohlers wittenberg wingrove wind wimsatt willimas wilkenson wildey wilderman wilczynski wigton
whorley wellons welles welle weirich weideman weide weekly weast wasmund warshaw walson waldner walch walberg
wagener wageman vrieze vossen vorce voorhis vonderheide viruet vicari verne velasques vautour vartanian varona
vankeuren vandine vandermeer ursery underdown uhrich uhlman tworek twine twellman tweedie tutino turmelle tubb
troop trivedi triano trevathan treese treanor treacy traina topham toenjes tippetts tieu thomure thatch than
tetzlaff tetterton tena tell teamer tappan tank talcott tagg szczepanski syring surace sulzer sugrue sugarman
suess styons stwart stupka strey straube strate stoddart stockbridge stjames stinger steimle steenberg start
stamand staller stahly stager spurgin sprow sponsler speas spainhour sones smits smelcer slovak slaten
singleterry simien sidebottom sibrian shellhammer shelburne shambo sepeda seigel scogin scianna schmoll
schmelzer scheu schachter savant sauseda satcher sandor sampsell rugh rufener rudolf rotenberry rossow
rossbach roots rollman rodrique rodreguez rodkey
"""
}
