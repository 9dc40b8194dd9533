/**
 * Generic vocabularies of news prose (English and German). They describe the language and the page
 * format, never one article: verbs of saying, honorifics, role nouns, organisation words, months.
 * All entries are lower case; look-ups lower-case the word first.
 */

const set = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter((w) => w.length > 0));

export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTHS_DE = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];

/** Verbs (finite forms) that introduce direct speech or writing. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell added adds stated states explained explains noted notes
  warned warns argued argues insisted insists stressed stresses emphasized emphasised emphasizes
  emphasises claimed claims declared declares announced announces asked asks replied replies
  responded responds continued continues urged urges demanded demands vowed vows pledged pledges
  promised promises admitted admits acknowledged acknowledges commented comments remarked remarks
  observed observes suggested suggests posted posts tweeted tweets wrote writes recalled recalls
  conceded concedes countered counters complained complains cautioned cautions predicted predicts
  confirmed confirms denied denies reiterated reiterates underlined underlines assured assures
  boasted boasts lamented laments quipped quips exclaimed exclaims shouted shouts wondered
  concluded concludes affirmed affirms alleged alleges accused accuses criticized criticised
  criticizes criticises called calls ruled rules described describes
  sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
  schrieb schreibt warnte warnt forderte fordert kritisierte kritisiert berichtete berichtet
  unterstrich unterstreicht ergänzte ergänzt fragte fragt antwortete antwortet versprach verspricht
  bekräftigte bekräftigt sprach spricht mahnte mahnt bestätigte bestätigt hieß heißt verkündete verkündet bilanzierte resümierte
  appellierte appelliert beklagte beklagt versicherte versichert zitierte erinnerte erinnert
  erzählte erzählt nannte nennt bezeichnete bezeichnet schilderte schildert urteilte urteilt
  befand befindet hält hielt signalisierte signalisiert
  freute freut ärgerte ärgert wunderte wundert klagte klagt lobte lobt jubelte jubelt scherzte
  scherzt seufzte seufzt rief ruft entgegnete entgegnet widersprach widerspricht präzisierte
  joked jokes laughed laughs sighed sighs
  blamed blames dismissed dismisses branded brands labeled labelled labels praised praises
  regretted regrets bedauerte bedauert bedauerten
  gesagt betont angekündigt gefordert gewarnt mitgeteilt geschrieben gefragt geantwortet
  versprochen unterstrichen gemahnt geschildert genannt
  mitteilte mitteilt mitteilten ankündigte ankündigt einräumte einräumt hinzufügte hinzufügt
  klarstellte klarstellt bekanntgab bekanntgibt
`);

/** Participles that attribute speech to the subject of the clause they hang on. */
export const SPEECH_PARTICIPLES = set(`
  adding saying noting warning insisting stressing arguing explaining claiming declaring writing
  telling urging calling describing
`);

/** German verbs that only attribute speech together with a particle later in the clause. */
export const DE_SPLIT_VERBS = set(
  'räumte räumt kündigte kündigt teilte teilt fügte fügt stellte stellt machte macht gab gibt rechnete rechnet',
);

/** Words that stand between a subject and its verb of saying without changing who speaks. */
export const AUXILIARIES = set(`
  has have had was is were are be been will would could should may might also previously later
  earlier then again reportedly recently once repeatedly further already subsequently last yet
  still often frequently publicly separately privately initially finally now just even
  hat habe haben hatte hatten auch bereits zuvor noch zudem außerdem ebenfalls jedoch aber nun
  später früher einst gestern heute allerdings inzwischen mittlerweile bislang bisher erneut
  mehrfach wiederholt mehrmals stets long
  nochmals damals ebenso
`);

/** Words that end a noun phrase when walking away from a verb of saying. */
export const CLAUSE_BOUNDARY = set(`
  that which who whom whose and but while as when after before because since although though if
  where so than or nor whether until unless once instead
  dass und aber während als wie weil denn obwohl wenn wo sodass oder ob bis nachdem bevor
`);

export const PRONOUNS_PERSON = set('he she er sie');
export const PRONOUNS_THING = set('it es they');

export const DETERMINERS = set(`
  the a an this that these those his her its their our
  der die das den dem des ein eine einen einem einer eines dieser diese dieses diesem diesen
  ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner unser unsere unseren unserem
`);

/** Honorifics written before a name (lower case; multi-word ones joined by a space). */
export const TITLES = set(`
  mr mrs ms miss dr prof professor sir dame lord lady admiral general gen colonel col major
  captain capt lieutenant lt sergeant commander marshal brigadier president vice-president
  chancellor premier pope king queen prince princess emperor sheikh emir sultan cardinal bishop
  archbishop rabbi imam reverend rev father sister brother judge justice senator sen
  representative rep congressman congresswoman governor gov mayor ambassador minister
  secretary speaker chairman chairwoman saint
  herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin bundespräsident bundespräsidentin
  präsident präsidentin ministerpräsident ministerpräsidentin minister ministerin
  außenminister außenministerin innenminister innenministerin finanzminister finanzministerin
  verteidigungsminister verteidigungsministerin wirtschaftsminister wirtschaftsministerin
  gesundheitsminister gesundheitsministerin justizminister justizministerin
  bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin regierungschef
  regierungschefin staatschef staatschefin papst könig königin fürst fürstin professorin
  doktor pfarrer pfarrerin bischof bischöfin kardinal richter richterin senator senatorin
  generalsekretär generalsekretärin parteichef parteichefin
`);

/** Honorifics that are also given names: titles only before a full name ("Nana Kwabena Ofori"). */
export const HONORIFIC_GIVEN_NAMES = set('nana togbe');

/** Capitalised multi-word honorifics, matched before single ones. */
export const MULTI_TITLES = [
  'prime minister',
  'foreign minister',
  'defense minister',
  'defence minister',
  'interior minister',
  'finance minister',
  'vice president',
  'vice chancellor',
  'secretary general',
  'secretary of state',
  'supreme leader',
  'crown prince',
  'lieutenant general',
  'major general',
  'rear admiral',
  'vice admiral',
  'chief justice',
  'first lady',
  'health minister',
  'economy minister',
];

/** Nouns naming what a person does: heads of role phrases ("the party's leader"). */
export const ROLE_NOUNS = set(`
  minister head leader chief president spokesperson spokesman spokeswoman commander secretary
  official chancellor ambassador mayor director chairman chairwoman chair ceo founder expert
  analyst professor researcher lawyer attorney judge general envoy diplomat governor senator
  lawmaker legislator mp deputy member candidate activist correspondent economist coach captain
  player admiral premier king queen prince princess monarch president-elect politician
  negotiator adviser advisor aide manager executive owner editor author writer journalist
  reporter scientist doctor physician nurse officer soldier commissioner representative
  prosecutor investigator inspector superintendent sheriff priest bishop cleric imam rabbi
  pope general-secretary secretary-general boss counterpart successor predecessor rapporteur
  organizer organiser campaigner lobbyist strategist historian sociologist
  scientist founder co-founder vice-president vice-chancellor ruler dictator strongman chief
  farmer grower teacher engineer worker fisherman driver resident student runner athlete
  artist musician singer actor actress pilot firefighter volunteer protester climatologist
  biologist physicist chemist geologist businessman businesswoman entrepreneur miner winemaker
  baker shopkeeper employee designer architect photographer filmmaker director producer curator
  conductor composer dancer researcher psychologist epidemiologist virologist surgeon midwife
  paramedic mechanic farmer fishermen landlord tenant pensioner retiree veteran refugee migrant
  master councillor councilor skipper warden ranger keeper innkeeper publican coordinator
  landwirt landwirtin bauer bäuerin lehrer arzt ärztin pfleger anwohner bewohner winzer winzerin
  sprecher sprecherin chef chefin leiter leiterin vorsitzende vorsitzender präsident
  präsidentin minister ministerin kanzler kanzlerin bürgermeister bürgermeisterin experte
  expertin analyst analystin direktor direktorin botschafter botschafterin abgeordnete
  abgeordneter politiker politikerin richter richterin anwalt anwältin professor professorin
  generalsekretär generalsekretärin kommandeur befehlshaber oberbefehlshaber
  shepherd apprentice trainee intern carpenter plumber electrician weaver potter blacksmith
  butcher tailor chef waiter waitress caretaker janitor librarian pharmacist dentist
  veterinarian lifeguard beekeeper gardener forester hunter sailor ferryman boatman herder
  rancher pastor vicar headteacher headmaster headmistress principal lecturer tutor instructor
  accountant banker clerk courier carer caregiver hairdresser barber florist grocer brewer
  distiller cheesemaker glaciologist seismologist meteorologist hydrologist ecologist zoologist
  ornithologist botanist archaeologist anthropologist demographer statistician economist
  schäfer schäferin imker imkerin tischler tischlerin schreiner schreinerin bäcker bäckerin
  metzger metzgerin friseur friseurin gärtner gärtnerin jäger jägerin wirt kellner kellnerin
  pastor pastorin hebamme apotheker apothekerin tierarzt tierärztin zahnarzt zahnärztin
  lehrerin erzieher erzieherin azubi auszubildende auszubildender lehrling praktikant
  praktikantin handwerker handwerkerin mechaniker mechanikerin polizist polizistin
  sanitäter sanitäterin notarzt notärztin hausarzt hausärztin bergführer bergführerin hirte
  hirtin musiker musikerin geiger geigerin sänger sängerin künstler künstlerin autor autorin
  journalist journalistin fotograf fotografin unternehmer unternehmerin gastronom gastronomin
`);

/** Words that make a capitalised phrase an organisation, body or place rather than a person. */
export const ORG_WORDS = set(`
  ministry ministries government navy army air force forces military police office department
  agency service services press news party council committee commission union court parliament
  senate congress assembly bank fund institute institution university college school hospital
  company corporation group association federation foundation organization organisation league
  alliance coalition authority authorities administration embassy consulate cabinet
  presidency kremlin pentagon commission bureau network channel times post journal gazette
  tribune herald daily weekly magazine radio television tv broadcaster media fleet guard
  guards brigade battalion regiment division corps gulf sea ocean river lake mountain mountains
  island islands strait bay coast valley desert region province state states republic kingdom
  city town village district street square avenue airport station port harbor harbour bridge
  clinic
  palace hall house tower center centre museum stadium church cathedral mosque temple
  panel jury board tribunal prison camp base summit conference forum games cup championship olympics festival club team
  fc inc ltd llc ag gmbh co corp plc exchange market markets stock index holdings industries
  enterprises ventures logistics airlines airways motors insurer retailer carmaker automaker
  airline carrier lender manufacturer supplier publisher operator developer utility utilities
  storm hurricane typhoon cyclone sturm orkan sturmtief
  regierung ministerium bundesregierung bundestag bundesrat landtag polizei armee bundeswehr
  partei gericht verwaltung behörde amt bund stiftung verband verein universität hochschule
  krankenhaus klinik unternehmen konzern gruppe bank kommission rat senat parlament stadt
  kirche zeitung agentur sender
  charity ngo initiative campaign collective cooperative trust society
  reservoir dam canal pier marina quay dock docks shipyard lighthouse trophy derby arena glacier
  fjord peninsula cape beach tunnel railway motorway highway terminal hotel inn pub restaurant
  cafe brewery farm plant factory prize award marathon rally tournament
  talsperre stausee bahnhof hafen werk fabrik gasthof gasthaus wirtshaus pokal liga turnier
`);

/** Capitalised first words that mark a place: "North Korea", "New York", "San Francisco". */
export const PLACE_PREFIXES = set(`
  north south east west central northern southern eastern western new san santa saint st sankt
  los las upper lower greater middle far nord süd ost mittel
`);

/** Day names: capitalised, never people. */
export const DAYS = set(`
  monday tuesday wednesday thursday friday saturday sunday
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
`);

/** Particles inside names: "Van Acker", "de Boer", "von der Leyen". */
export const NAME_PARTICLES = set(
  'van von vom de der den del della di da du dos das le la ter ten zu bin ibn al el',
);

/**
 * Capitalised words that are not names: function words at a sentence start, pronouns, frequent
 * adverbs, and German function words (German capitalises nouns, so these must not start a name).
 */
export const STOPWORDS = set(`
  the a an and but or nor so yet for of in on at to by from with without about above below
  under over between among against during before after since until while when where why how
  what which who whom whose that this these those there here it its he she they we you i me
  him her them us my your our their his hers theirs ours mine yours
  is are was were be been being has have had do does did will would shall should can could may
  might must not no yes all any both each every few many more most other some such only own
  same than too very just also even still however meanwhile moreover furthermore therefore
  thus hence instead indeed according following despite although though because if unless
  whether as like unlike amid amidst toward towards upon within across along around behind
  beyond inside outside near next last first second third one two three four five several
  earlier later today yesterday tomorrow now then once again already soon recently
  mr mrs ms
  der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern
  nicht kein keine ist sind war waren wird werden wurde wurden hat haben hatte hatten sein
  im in am an auf aus bei mit nach von vor zu zum zur über unter durch für gegen ohne um
  als wie wenn weil dass ob bis seit während trotz wegen laut zufolge so auch noch schon nur
  er sie es wir ihr ich du man sich dies diese dieser dieses jene jener jedes jeder jede alle
  viele einige mehrere manche dort hier heute gestern morgen nun jetzt dann damals bereits
  zudem außerdem jedoch dennoch allerdings deshalb daher damit dabei dazu hierzu darauf
  mehr weniger etwa rund fast knapp beim vom ins ans
`);

/** Lines of page chrome (navigation, sharing, footers), compared lower-cased without final dot. */
export const CHROME_LINES = set(`
  advertisement anzeige werbung share teilen print drucken feedback facebook twitter x whatsapp
  telegram linkedin reddit e-mail email mail permalink menu menü search suche close schließen
  dw deutsche-welle newsletter
`);

export const CHROME_PHRASES = [
  'send us your feedback',
  'senden sie uns ihr feedback',
  'schicken sie uns ihr feedback',
  'copy link',
  'link kopieren',
  'share this article',
  'artikel teilen',
  'print this page',
  'seite drucken',
  'more dw sites',
  'weitere dw-angebote',
  'live tv',
  'privacy policy',
  'legal notice',
  'accessibility statement',
  'impressum',
  'datenschutz',
  'barrierefreiheit',
  'contact',
  'kontakt',
  'show more',
  'mehr anzeigen',
  'load more',
  'mehr laden',
];

/** Headings that open a list of links (topics, teasers) which is chrome up to its end. */
export const LIST_HEADINGS = [
  'related topics',
  'explore more',
  'more on this topic',
  'related content',
  'related articles',
  'mehr zum thema',
  'verwandte themen',
  'themenseiten',
  'mehr entdecken',
  'more stories',
  'weitere themen',
  'top stories',
  'top-themen',
  'recommended',
  'empfehlungen',
];

/** Capitalised modifiers inside institution names: "Minister of National Defence", "Foreign Office". */
export const INSTITUTION_WORDS = set(`
  defence defense national foreign interior finance financial economic economy health justice
  education affairs security public federal international european united nations human rights
  environment environmental energy trade development transport agriculture culture cultural labour
  labor social home internal external supreme constitutional naval armed border emergency
  intelligence science research technology digital climate communist democratic republican
  socialist liberal conservative green greens labour peoples people's revolutionary islamic
  royal imperial presidential parliamentary administrative statistical olympic world global
  watch amnesty crisis relief aid red cross crescent
  bundes landes staats auswärtige auswärtiges
`);

/** Lower-case words that may stand inside a role phrase: "the country's new foreign minister". */
export const ROLE_MODIFIERS = set(`
  new former top senior junior deputy acting chief then current outgoing incoming foreign prime
  vice first second assistant associate executive general special regional local state federal
  interim long-time longtime veteran fellow opposition ruling party government army navy military
  police defence defense interior finance economy health justice education security environment
  energy trade transport foreign home press media communications union club team company group
  ministry family rights campaign election
  neue neuer neuen ehemalige ehemaliger frühere früherer amtierende amtierender stellvertretende
  stellvertretender
`);

/** German role nouns are compounds: "Regierungssprecher", "Grünen-Chefin". */
export const DE_ROLE_SUFFIXES = [
  'sprecher',
  'sprecherin',
  'chef',
  'chefin',
  'minister',
  'ministerin',
  'präsident',
  'präsidentin',
  'politiker',
  'politikerin',
  'vorsitzende',
  'vorsitzender',
  'experte',
  'expertin',
  'leiter',
  'leiterin',
  'kanzler',
  'kanzlerin',
  'direktor',
  'direktorin',
  'botschafter',
  'botschafterin',
  'beauftragte',
  'beauftragter',
  'forscher',
  'forscherin',
  'sekretär',
  'sekretärin',
  'führer',
  'führerin',
  'kommandeur',
  'trainer',
  'trainerin',
  'bürgermeister',
  'bürgermeisterin',
  'dezernent',
  'dezernentin',
  'landrat',
  'landrätin',
  'stadtrat',
  'stadträtin',
  'landesrat',
  'landesrätin',
  'gemeinderat',
  'gemeinderätin',
  'referent',
  'referentin',
  'koordinator',
  'koordinatorin',
  'geschäftsführer',
  'geschäftsführerin',
  'intendant',
  'intendantin',
  'landwirt',
  'landwirtin',
  'gastwirt',
  'gastwirtin',
  'förster',
  'försterin',
  'vertreter',
  'vertreterin',
  'vorsteher',
  'vorsteherin',
  'mitarbeiter',
  'mitarbeiterin',
  'berater',
  'beraterin',
  'inhaber',
  'inhaberin',
  'betreiber',
  'betreiberin',
  'gründer',
  'gründerin',
  'wirtin',
  'pfleger',
  'pflegerin',
  'anwalt',
  'anwältin',
  'meister',
  'meisterin',
];

/** Multi-word place names that look like a first name and a surname. */
export const MULTI_WORD_PLACES = set(`
  hong_kong saudi_arabia sri_lanka costa_rica puerto_rico tel_aviv buenos_aires kuala_lumpur
  abu_dhabi addis_ababa sierra_leone burkina_faso el_salvador cape_verde cape_town phnom_penh
  los_angeles las_vegas sao_paulo são_paulo rio_de_janeiro dar_es_salaam wall_street
  silicon_valley capitol_hill gaza_strip west_bank nagorno_karabakh hong_kong macau
  costa_brava monte_carlo tierra_del_fuego latin_america
`);

/** Prepositions that end a speaker's noun phrase after the verb: "said Li on Monday". */
export const PREPOSITIONS = set(`
  on in at during after before from with to into about over under via through in per by
  am im an bei mit nach vor auf zu zum zur gegenüber über unter vom beim seit während
`);

/** Particles that complete a German split verb of saying: "fügte hinzu", "stellte klar". */
export const DE_VERB_PARTICLES = set('hinzu klar an ein mit fest zu deutlich bekannt vor');

/**
 * Frequent given names (European and international), lower case, by the gender they usually
 * carry. A given name is evidence that a capitalised run names a person, and it lets "she" and
 * "he" skip people of the other gender. Names used for both genders are left out.
 */
export const FEMALE_NAMES = set(`
  anna anne ana ann anja anke annette annegret andrea angela angelika antje astrid barbara beate
  bettina birgit brigitte britta carla carmen carola caroline catherine charlotte christina christine
  claudia cornelia dagmar daniela diana doris dorothea edith elena eleni elif elisabeth elizabeth
  elke ella ellen elsa emma erika eva franziska frauke gabriele gertrud gisela greta gudrun hanna
  hannah heike helena helga helen hildegard ines ingrid irene iris isabel isabella jana janina
  jennifer jessica johanna judith julia juliane julie karin katarina katharina kathrin katja
  katrin kerstin kirsten klara laura lea lena lisa luisa lucia lucy magdalena maria marie marina
  marion marta martha martina maya melanie michaela miriam monika nadia nadine natalia natalie
  nicole nina olga paula petra rachel renate rita rosa ruth sabine sandra sara sarah silke silvia
  simone sofia sophie stefanie susanne svenja tanja teresa theresa ulrike ursula ute vanessa
  verena veronika victoria yvonne zoe agnieszka aleksandra alicja beata ewa joanna katarzyna
  magda malgorzata marta zofia ingeborg sigrid solveig kari liv marit astrid aoife siobhan niamh
  sinead mary margaret patricia linda susan karen nancy betty helen sandra donna carol ruth sharon
  michelle amanda melissa deborah stephanie rebecca laura amy emily olivia ava grace chloe
  isabelle camille chantal nathalie sylvie valerie giulia francesca chiara federica alessandra
  elisa lucía pilar carmen dolores mercedes rocío beatriz inés ana isabel amina fatima aisha
  leila layla mariam noura zainab yasmin nour amal ayse fatma zeynep emine hatice irina svetlana
  tatiana natasha ekaterina yulia oksana daria nadezhda lyudmila mei ling yuki aiko priya anjali
  sunita adaeze ngozi chioma amara wanjiru akosua abena adjoa efua aminata mariama fatou awa
  carlota wiebke margarethe henrike friederike annika anika gesine wiebke imke maren
  adriana akinyi alba alessia alina alva amelie amira ananya anneliese annemarie anouk aurélie
  ayla ayşe beatrice birgitta birte birthe brunhilde bärbel büşra carina catarina catriona
  chiamaka chloé christa ciara claire clara corinna deepa derya dilara dorota ebba ebru edeltraud
  eilidh eleanor elfriede eliška ellie els emilia enya erna esra femke fernanda filipa finja fleur
  folake freja freya frieda funmilayo gabi gerda gertraud gesa grażyna griet gül hanne hannelore
  harriet hedwig heidi helene hester hilde ida ilaria ilse imogen ineke inge ingvild inken
  inmaculada insa inês irena irmgard iryna isla isobel iwona jadwiga jasmin joana jule juliette
  justyna jutta kateryna kavya kinga kirsty kristina krystyna lara lauren lenka leonie leonor
  lieke lieselotte lina linnea liselotte lotte luíza léa maartje maike maisie maja manon mareike
  margaux margot mariana marianne marieke marlene mathilda mathilde małgorzata megan meike melina
  merle merve mia mirjam montserrat morag nele nienke njeri nuria océane olena orla paulina
  pauline pia ragnhild randi rania regina remedios renata renske ronja roos rosemarie roswitha
  róisín saga salma samantha saoirse saskia sevgi sieglinde signe sigrun sina siri sophia sterre
  svitlana swantje telse tereza tess tetiana tina tjorven tomke tone tove tuva urszula uschi
  valentina waltraud wietske wilma yasemin zuzana élodie özlem
`);

export const MALE_NAMES = set(`
  adam alexander alfred andreas andrew anton antonio armin arne axel benedikt benjamin bernd
  bernhard bjorn björn boris bruno carl carlos christian christoph christopher claus daniel david
  dennis dieter dirk dominik edgar erich erik ernst felix florian frank franz friedrich fritz
  georg george gerhard gregor günter günther hans harald heiko heinz helmut henrik henry herbert
  holger horst hubert hugo ingo jakob jan jens jonas josef joseph jürgen karl kai klaus konrad
  kurt lars leon lorenz lothar louis lucas ludwig lukas lutz manfred marc marcel marco marcus
  mario markus martin matthias max maximilian michael moritz niklas nikolai nils norbert olaf
  oliver oskar otto pascal patrick paul peter philipp rainer ralf ralph reinhard richard robert
  roland rolf rudolf rüdiger sebastian simon stefan stephan sven thomas thorsten tim tobias tom
  torsten ulrich uwe volker walter werner wilhelm wolfgang john james william charles joseph
  thomas mark donald steven kevin brian edward ronald anthony jason jeffrey ryan gary timothy
  larry scott eric jonathan justin brandon gregory samuel raymond patrick jack dennis jerry
  tyler aaron henry douglas peter nathan zachary kyle noah ethan liam mason logan harry oscar
  sean seamus declan ciaran liam niall eoin padraig jean pierre jacques michel françois philippe
  alain bernard gilles olivier nicolas julien antoine giuseppe giovanni francesco luca marco
  alessandro andrea matteo lorenzo paolo roberto stefano josé jose juan luis miguel javier
  manuel pedro pablo rafael tomás tomas diego fernando sergio jorge alejandro francisco joão
  joao rui tiago nuno paulo ahmed mohammed muhammad mohamed ali hassan hussein omar khalid karim
  youssef yusuf ibrahim mustafa mehmet ahmet emre murat kemal ivan dmitry dmitri sergei sergey
  vladimir alexei alexey mikhail andrei andrey pavel piotr pawel tomasz krzysztof marek jakub
  wojciech lech jiri petr vaclav ondrej lars nils ole sven knut magnus erik henrik kwame kofi
  kojo yaw chukwuemeka emeka oluwaseun tunde babajide amadou moussa mamadou ousmane ibrahima
  wei jun hiroshi takeshi kenji rajesh amit rahul sanjay vikram konstantin valentin
  benedikt henning jannik malte ole jonte fiete hauke
  alasdair alois amir anders andriy andrés angus anselm arjun baraka bartosz ben benno bilal bjørn
  bohdan burkhard callum cathal cem charlie chidi cian colm conor daan dara davide deniz detlef
  dietmar dietrich dmytro duarte eberhard eckhard egon eirik ekkehard elias emil enrique ernesto
  espen ewald ewan ewout faisal federico femi fergus filippo finn fionn frans friedhelm frédéric
  gernot gerold gerrit gianluca gijs giorgio gottfried grzegorz guillaume gunnar hamish hamza
  hannes hartmut hasan heiner hendrik hidde hinnerk hinrich håkon hüseyin iain ignacio jacek jacob
  jan-ole janusz jarosław jean-luc jean-marc jean-pierre jelle jeroen jiří joachim joaquín jochen
  joost jorrit julian juma jörg jørgen kaan kai-uwe kalle kamil karel khaled kiprop kjell
  klaus-dieter koen korbinian laurent leif luke maarten maciej marcin mariusz massimo mathieu
  matthew meinrad michał miroslav morten musa nabil nicola nikolaus obinna odd oisín oleksandr
  ondřej ortwin otieno ottavio paweł pieter przemysław rafał ramón rashid reinhold riccardo rohan
  ronan ruaridh rune ruud salvatore samir santiago sepp serhiy serkan siegfried sigmar sigurd
  sjoerd stanisław stian stijn sébastien sönke sławomir tadeusz taras tariq teodoro terje theo
  theodor thierry thijs tommaso tomáš torben torstein trond ulf vasco vegard vittorio volkan
  volkmar volodymyr václav wafula walid wendelin wilfried willem winfried wolfram wouter yannick
  yuriy yves zbigniew álvaro étienne łukasz
`);
