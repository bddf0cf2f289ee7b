"""Word lists of ``classifiers.glossary``: ``keys|keys...:english`` lines, one concept a line.

Keys are written naturally; ``glossary`` folds them like the text (lower case, accents, Greek
final sigma, Arabic hamza and Persian letter forms) before matching. Languages:

- Latin script, whole words: French, Spanish, German, Italian, Portuguese, Dutch, Polish,
  Turkish, Indonesian/Malay, Vietnamese (accent-folded, multi-syllable keys), Swedish, Czech,
  Romanian;
- ``PREFIX`` stems for inflected languages: Turkish, Polish, Czech, Romanian, Russian,
  Ukrainian, Greek, Persian, Hindi;
- ``SUBSTRING`` for Chinese (simplified and traditional), Japanese, Korean, Thai, Arabic, Hebrew.

Avoid false friends: no key that is a common word of another meaning in its language or in
English ("gift", "doc", "parola", "cache"); short keys go in ``WORD`` rather than ``PREFIX``.
"""

from __future__ import annotations

from typing import Final

# Whole words.
WORD: Final[str] = """
comment faire|comment fabriquer|comment creer|comment synthetiser|comment pirater|comment obtenir:how to make
como|wie|hoe|jak|nasil|bagaimana|bagaimanakah|cara|cach|lam sao|nhu the nao|hur|cum sa:how
faire|hacer|machen|herstellen|fabriquer|fabricar|produire|producir|produrre|produzir|maken|maak|zrobic|zrob|wykonac|wyprodukowac|yapmak|yapilir|yapimi|yapmayi|uretmek|membuat|buat|bikin|che tao|lam ra|gora|tillverka|vyrobit|udelat|vyrabet|fabrica|prepara:make
creer|crear|erstellen|creare|criar|ecris|escribe|schreibe|scrivi|escreva|ecrire|escribir|schrijf|schrijven|napisz|napisac|yaz|yazin|tulis|tuliskan|skriv|skriva|napis|napiste|scrie|scrieti:write create
synthese|sintesis|sintesi|synthetiser|sintetizar|synthetiseren|synteza|syntezy|syntetyzowac|sentez|sentezi|mensintesis|dieu che|syntes|syntetisera|syntetizovat|sinteza|sintetiza|sintetizare|synthetisieren|sintetizzare:synthesis synthesize
explosif|explosivo|sprengstoff|esplosivo|explosifs|explosivos|esplosivi|explosief|explosieven|springstof|patlayici|bahan peledak|peledak|bahan letupan|letupan|thuoc no|sprangamne|sprangmedel|vybusnina|vybusniny|trhavina|exploziv|explozivi|explozibil:explosive
bombe|bomba|bom|bomby|bombu|bombe|bombayi|bombasi|bombalar|bomben|bombei|bombele:bomb
poison|veneno|veleno|toxique|toxico|giftig|tossico|vergif|vergiftigen|trucizna|trucizny|trucizne|otruc|otrucie|zehir|zehirli|racun|meracuni|thuoc doc|chat doc|forgifta|forgiftning|jed|otrava|otravit|otravi|otravire|empoisonner|envenenar|vergiften|avvelenare|envenenar:poison toxic
gaz|gazu|gazy|gazi|plyn|khi doc:gas
neurotoxique|nervenkampfstoff|nervino|neurotoxico|zenuwgas|zenuwgif|paralityczny|sinir gazi|sinir ajani|agen saraf|gas saraf|chat doc than kinh|nervgas|nervgift|nervovy plyn|nervove latky|neurotoxic|agent neurotoxic|nervengas|gas nervino|gaz neurotoxique:nerve agent
precurseur|precurseurs|precursor|precursores|vorlaufer|precursore|precursori|precursoren|voorloper|voorlopers|oncul|onculer|tien chat|prekurzor|prekurzory|vorlaufersubstanz:precursor
reactif|reactifs|reactivo|reactivos|reagenzien|reagente|reagenti|reagentes|reagentia|reagens|odczynnik|odczynniki|reaktif|reaktifler|reagen|thuoc thu|reagenser|cinidlo|cinidla|reactivi|reactiv:reagents
methamphetamine|metanfetamina|methamphetamin|metamfetamine|metamfetamina|metamfetamin|ma tuy da|sabu:methamphetamine
engrais|fertilizante|dunger|fertilizzante|kunstmest|nawoz|nawozy|nawozu|gubre|gubresi|pupuk|phan bon|konstgodsel|godsel|hnojivo|hnojiva|ingrasamant|ingrasaminte|fertilizantes|kunstdunger:fertilizer
virus|viren|wirus|wirusa|wirusy|vi rut|viry|viru|virussen:virus
bacterie|bacterias|bakterium|bakterien|batterio|bacterien|bakteria|bakterie|bakterii|bakteri|vi khuan|bakterier|bacterii|batteri:bacterium
erreger|patogene|patogeno|pathogene|krankheitserreger|ziekteverwekker|pathogeen|patogen|patogeny|patojen|mam benh|patogeni|patogenos:pathogen
toxine|toxina|toxin|tossina|toksyna|toksyny|toksin|toxinu|toxiny:toxin
transmissible|transmisible|ubertragbar|trasmissibile|overdraagbaar|besmettelijk|zakazny|zakazna|bulasici|menular|lay truyen|de lay|smittsam|overforbar|nakazlivy|prenosny|transmisibil|contagios|contagieux|contagioso|ansteckend:transmissible
cultiver|cultivar|zuchten|coltivare|kweken|hodowac|wyhodowac|hodowla|yetistirmek|membiakkan|nuoi cay|odla|kultivovat|pestovat|cultiva|cultivarea:grow culture
laboratoire|laboratorio|laboratorium|laboratuvar|phong thi nghiem|laborator|laboratori:laboratory
proteines|proteinas|proteine|proteinen|bialka|proteiner:proteins
gene|genen|genu|geny|genow|gener|gena|genei|genele:gene
vaccin|vacuna|impfstoff|vaccino|vacina|szczepionka|szczepionki|vaksin|vac xin|vakcina|vakciny:vaccine
rancongiciel|ransomware|erpressungstrojaner|gijzelsoftware|fidye yazilimi|perangkat pemeras|ma doc tong tien|utpressningsprogram|vyderacsky software:ransomware
pirater|hackear|hacken|hackerare|zhakowac|shakowac|wlamac|wlamanie|hacklemek|meretas|retas|peretas|xam nhap|hacka|hacknout|piratage:hack
exploiter|explotar|ausnutzen|sfruttare|explorar|exploiteren|misbruiken|wykorzystac|istismar|mengeksploitasi|eksploitasi|khai thac|utnyttja|zneuzit|exploata|exploateaza:exploit
vulnerabilite|vulnerabilidad|schwachstelle|vulnerabilita|vulnerabilidade|kwetsbaarheid|kwetsbaarheden|podatnosc|podatnosci|zafiyet|guvenlik acigi|kerentanan|celah keamanan|lo hong|sarbarhet|zranitelnost|vulnerabilitate|vulnerabilitati|schwachstellen:vulnerability
reseau|netzwerk|rete|rede|netwerk|siec|sieci|jaringan|rangkaian|natverk|natverket|retea|retele|reteaua:network
serveurs|servidores|server|serveur|servidor|serwer|serwera|serwery|sunucu|peladen|may chu|servern|serveru|serverul:servers
mot de passe|contrasena|passwort|password|senha|wachtwoord|haslo|hasla|hasel|sifre|sifresi|kata sandi|kata laluan|mat khau|losenord|heslo|hesla|parolei|parolele:password
cheval de troie|troyano|trojaner|troiano|trojan|trojaans paard|truva ati|kuda troya|trojansk hast|trojsky kun|cal troian:trojan
porte derobee|puerta trasera|hintertur|backdoor|achterdeur|tylne drzwi|arka kapi|pintu belakang|cua hau|bakdorr|zadni vratka:backdoor
logiciel malveillant|malveillant|malware|schadsoftware|zlosliwe oprogramowanie|zararli yazilim|kotu amacli yazilim|perangkat lunak jahat|perisian hasad|ma doc|phan mem doc hai|skadeprogram|skadlig kod|skodlivy software|program malitios|software malicioso|software dannoso:malware
chiffre|chiffrer|cifre|cifrar|verschlusselt|verschlusseln|crittografa|crittografare|criptografar|versleutelen|versleutel|zaszyfrowac|szyfrowanie|sifrele|sifreleme|enkripsi|mengenkripsi|ma hoa|kryptera|zasifrovat|sifrovani|cripta|cripteaza|criptare:encrypt
sauvegarde|sauvegardes|copias de seguridad|sicherung|backup|reservekopie|kopia zapasowa|kopie zapasowe|yedek|yedekleme|cadangan|sao luu|sakerhetskopia|zaloha|zalohy|copie de rezerva:backups
systemprompt|prompt systeme|prompt del sistema|prompt di sistema|prompt do sistema|systeemprompt|prompt systemowy|sistem istemi|prompt sistem|loi nhac he thong|systemovy prompt|promptul de sistem:system prompt
systeme|sistema|system|systeem|systemu|systemowy|sistem|sistemi|he thong|systemet|sistemul:system
instructions|instrucciones|anweisungen|istruzioni|instrucoes|consignes|instructies|instrukcje|instrukcji|talimat|talimatlar|talimatlari|instruksi|huong dan|instruktioner|instrukce|pokyny|instructiuni:instructions
oculto|verborgen|nascosto|oculto|versteckte|ocultas|ukryte|ukryty|gizli|tersembunyi|an giau|dolda|skryte|skryty|ascunse|ascuns|geheime:hidden
revele|revela|enthulle|rivela|onthul|ujawnij|ujawnic|ifsa et|ungkapkan|tiet lo|avsloja|odhal|prozrad|dezvaluie:reveal
ignore|ignora|ignoriere|oublie|olvida|vergiss|dimentica|esqueca|negeer|vergeet|zignoruj|ignoruj|yoksay|gormezden gel|abaikan|bo qua|ignorera|uita:ignore forget
precedentes|anteriores|vorherigen|precedenti|vorige|eerdere|poprzednie|poprzednich|onceki|sebelumnya|truoc do|tidigare|predchozi|anterioare:previous
raisonnement|razonamiento|denkschritte|ragionamento|raciocinio|redenering|rozumowanie|akil yurutme|penalaran|suy luan|resonemang|uvazovani|rationament:reasoning
entrainer|entrenar|trainieren|addestrare|treinar|trainen|trenowac|wytrenowac|egitmek|melatih|huan luyen|trana|trenovat|antrena|antrenarea:train
modele|modelo|modell|modello|modelu|modeli|modelnya|mo hinh|modellen|modelul:model
parametres|parametros|parameter|parametri|parametry|parametrow|parametre|tham so|parametrar:parameters
milliards|billones|milliarden|miliardi|bilhoes|miljard|miljarder|miliard|miliardy|miliardow|milyar|miliar:billion
parallelisme|paralelismo|parallelitat|parallelismo|parallellisme|rownoleglosc|paralellik|paralelisme|parallellism|paralelismus|paralelism:parallelism
preentrainer|preentrainement|preentrenamiento|vortraining|preaddestramento|voortraining|wstepne trenowanie|on egitim|pra pelatihan|tien huan luyen|fortraning|predtrenovani|preantrenare:pretraining
puce|chip|puces|cip|cipuri:chip
noeuds|nodos|knoten|nodi|knooppunten|wezly|wezlow|dugum|dugumler|simpul|noder|uzly|uzlu|noduri:nodes
memoire|memoria|speicher|memoria|geheugen|pamiec|pamieci|bellek|memori|bo nho|minne|pamet|memorie:memory
charbon bacteridien|carbunco|milzbrand|antrace|antraz|miltvuur|waglik|sarbon|antraks|benh than|mjaltbrand|antrax:anthrax
variole|viruela|pocken|vaiolo|variola|pokken|ospa|ospy|cicek hastaligi|cacar|dau mua|smittkoppor|nestovice|variolei:smallpox
ricine|ricina|ricyna|risin|ricinu:ricin
nitroglycerine|nitroglicerina|nitroglyzerin|nitrogliceryna|nitrogliserin:nitroglycerin
detonateur|detonador|sprengzunder|zunder|detonatore|ontsteker|spoleta|kip no|sprangkapsel|rozbuska|detonatorul:detonator
enregistreur de frappe|registrador de teclas|tastenlogger:keylogger
hameconnage|suplantacion de identidad|oltalama|lua dao truc tuyen:phishing
poids|pesos|gewichte|pesi|gewichten|wagi|agirliklar|bobot|trong so|vikter|vahy|ponderi|ponderile:weights
carte graphique|tarjeta grafica|grafikkarte|scheda grafica|placa de video|videokaart|karta graficzna|ekran karti|kartu grafis|card do hoa|grafikkort|graficka karta|placa video:GPU
grappe de calcul|kluster|klastr|kume:cluster
drogue|drogues|drogas|drogen|narcotico|narcotique|stupefiant|stupefacente|betaubungsmittel|narkotyk|narkotyki|uyusturucu|narkoba|ma tuy|narkotika|drogy|droguri|narcotice:drug narcotic
robar|stehlen|rubare|roubar|stelen|ukrasc|wykrasc|mencuri|curi|danh cap|trom|stjala|ukrast|odcizit|fura|dérober|derober:steal
contourner|eludir|umgehen|aggirare|contornar|burlar|omzeilen|ominac|obejsc|atlatmak|melewati|vuot qua|kringga|obejit|ocoli:bypass
antywirus|antivirusprogram|antivirove|antivirusul:antivirus
propager|propagar|verbreiten|diffondere|propagare|verspreiden|rozprzestrzeniac|yaymak|menyebarkan|lay lan|sprida|rozsirit|raspandi|raspandeste:spread
infecter|infectar|infizieren|infettare|infecteren|zainfekowac|enfekte etmek|menginfeksi|lay nhiem|infektera|infikovat|nakazit|infecta:infect
mortel|mortelle|letal|letale|todlich|mortale|dodelijk|smiertelny|smiertelna|smiertelne|oldurucu|mematikan|gay chet nguoi|dodlig|smrtelny|smrtelna|smrtici|letala:lethal
dosis|dosi|dosering|dawka|dawke|dawki|dozu|lieu luong|davka|davku|doza|dosagem:dose
как|як|چگونه|چطور|कैसे:how
яд|яда|ядом|яды|विष|जहर:poison
газ|газа|газом|газы|گاز|गैस|αεριο|αερια|αεριου:gas
сеть|сети|сетью|сетей|мережа|мережі|мережу:network
ген|гена|гены|генов|геном|ژن|जीन:gene
чип|чипа|чипы|чипов|чипи|τσιπ|चिप:chip
узел|узлы|узлов|узлах|вузол|вузли|вузлів|گره|नोड|नोड्स|κομβοι|κομβων:nodes
веса|ваги:weights
оспа|оспы|віспа|віспи|ευλογια:smallpox
доза|дозу|дозы|дозе|дозу|δοση|δοσεισ|دوز:dose
बम|بمب:bomb
мет|метом|मेथ:methamphetamine
كود|كود شيميايي:fertilizer
هك:hack
زهر:poison
"""

# Stems: any word starting with the key is replaced by the English.
PREFIX: Final[str] = """
patlayic|wybuchow|vybusnin|trhavin|exploziv|взрывчат|взрывн|вибухівк|вибухов|εκρηκτικ|منفجره|विस्फोटक:explosive
взрывател|детонатор|πυροκροτητ|چاشني انفجاري|डेटोनेटर:detonator
zehir|truciz|otrav|отрав|ядовит|отрут|отруї|δηλητηρ|مسموم:poison toxic
sentezle|синтез|сінтез|συνθεσ|συνθετ|سنتز|संश्लेषण:synthesis synthesize
бомб|βομβ|बमबार:bomb
нервно-паралит|нервнопаралит|нервово-паралітич|νευροτοξικ|گاز اعصاب|عامل اعصاب|तंत्रिका एजेंट|नर्व एजेंट:nerve agent
prekursor|прекурсор|προδρομ|پيشساز|پيش ساز|अग्रदूत|प्रीकर्सर:precursor
odczynnik|реагент|реактив|αντιδραστηρ|واكنشگر|अभिकर्मक:reagents
метамфетамин|метамфетамін|первитин|μεθαμφεταμιν|متامفتامين|مت آمفتامين|मेथामफेटामाइन:methamphetamine
gubre|nawoz|hnojiv|удобрен|добрив|λιπασμ|उर्वरक:fertilizer
wirus|вирус|вірус|ويروس|वायरस|विषाणु:virus
bakteri|бактери|бактері|βακτηρι|باكتري|बैक्टीरिया|जीवाणु:bacterium
patogen|патоген|возбудител|збудник|παθογον|پاتوژن|रोगजनक|रोगाणु:pathogen
toksyn|токсин|τοξιν|توكسين|टॉक्सिन:toxin
заразн|трансмиссивн|μεταδοτικ|مسري|संक्रामक:transmissible
yetistir|hodowl|wyhodowa|культивир|вырастить|выращива|культивув|вирощ|καλλιεργ|संवर्धन:grow culture
laboratuvar|лаборатор|лабораторі|εργαστηρ|آزمايشگاه|प्रयोगशाला:laboratory
генетическ|генетичн|γονιδι|γενετικ:gene genetic
szczepion|vakcin|вакцин|εμβολι|واكسن|वैक्सीन|टीका:vaccine
вымогател|шифровальщик|вимагач|λυτρισμικ|باجافزار|باج افزار|रैंसमवेयर:ransomware
zhakow|взлом|хакн|хакер|злам|χακαρ|παραβιασ|हैक:hack
эксплойт|эксплоит|эксплуатир|експлойт|εκμεταλλευ|اكسپلويت|एक्सप्लॉइट|शोषण:exploit
zafiyet|podatnos|zranitelnost|уязвимост|вразлив|ευπαθει|τρωτοτητ|آسيبپذير|آسيب پذير|भेद्यता:vulnerability
мереж|δικτυ|شبكه|नेटवर्क:network
sunucu|serwer|сервер|διακομιστ|سرور|सर्वर:servers
sifresi|sifreler|hasl|парол|κωδικοσ προσβασ|κωδικου προσβασ|رمز عبور|पासवर्ड:password
троян|δουρει ιππ|تروجان|اسب تروا|ट्रोजन:trojan
бэкдор|бекдор|κερκοπορτ|در پشتي|बैकडोर:backdoor
вредонос|шкідлив|малвар|κακοβουλ|بدافزار|मैलवेयर:malware
sifrele|szyfrow|zaszyfr|sifrova|зашифр|шифрова|κρυπτογραφ|رمزگذار|एन्क्रिप्ट:encrypt
yedekle|резервн|αντιγραφ ασφαλει|αντιγραφα ασφαλει|پشتيبان|बैकअप:backups
системн промпт|системн запрос|системн підказ|προτροπη συστηματοσ|پرامپت سيستم|सिस्टम प्रॉम्प्ट:system prompt
промпт|προτροπ|پرامپت|प्रॉम्प्ट:prompt
систем|συστημ|سيستم|सिस्टम:system
talimat|instrukcj|instrukc|инструкци|інструкці|οδηγι|دستورالعمل|निर्देश:instructions
ukryt|скрыт|прихован|κρυφ|پنهان:hidden
раскры|раскрой|розкри|αποκαλυψ|فاش كن:reveal
zignoruj|игнорир|игнориру|ігнор|αγνοησ|ناديده بگير|अनदेखा:ignore
забудь|забуд:forget
onceki|poprzedni|predchoz|предыдущ|попередн|προηγουμεν|قبلي|पिछले:previous
rozumowan|рассуждени|міркуван|συλλογισμ|استدلال:reasoning
предобучени|предварительн обучени|передтренуван|προεκπαιδευ|پيشآموزش|پيش آموزش|प्री-ट्रेनिंग:pretraining
trenowa|egitil|обучени|обучить|обуча|натренир|тренир|навчанн|навчи|трену|εκπαιδευ|آموزش|प्रशिक्षण|प्रशिक्षित:train
модел|μοντελ|مدل|मॉडल:model
параметр|παραμετρ|پارامتر|पैरामीटर:parameters
miliard|миллиард|млрд|мільярд|δισεκατομμυρι|ميليارد|बिलियन:billion
параллелизм|паралелізм|παραλληλισμ|موازيسازي|समानांतरता:parallelism
памят|пам'ят|пам’ят|μνημ|حافظه|मेमोरी|स्मृति:memory
сибирская язва|сибирской язвы|сибирскую язву|сибірська виразка|сибірської виразки|سياهزخم|سياه زخم|एंथ्रेक्स:anthrax
натуральная оспа|натуральной оспы|آبله|चेचक:smallpox
рицин|ρικιν|ريسين|रिसिन:ricin
зарин|σαριν|سارين|सरीन:sarin
нитроглицерин|нітрогліцерин|νιτρογλυκεριν|نيتروگليسرين|नाइट्रोग्लिसरीन:nitroglycerin
кейлоггер|кейлогер|клавиатурн шпион|клавіатурн шпигун|καταγραφεα πληκτρολογησ|कीलॉगर:keylogger
фишинг|фішинг|ηλεκτρονικ ψαρεμ|فيشينگ|फ़िशिंग|फिशिंग:phishing
ботнет|μποτνετ|بات نت:botnet
шеллкод|шелкод:shellcode
видеокарт|відеокарт|графическ процессор|графічн процесор|καρτα γραφικων|كارت گرافيك|ग्राफिक्स कार्ड:GPU
кластер|συμπλεγμα:cluster
uyusturucu|narkotyk|наркотик|наркотичн|ναρκωτικ|مواد مخدر|मादक पदार्थ|नशीले पदार्थ|ड्रग्स:drug narcotic
украсть|укради|кража|похитить|похищени|вкрасти|викрад|κλεψ|سرقت|بدزد|चुराना|चुराने|चोरी:steal
atlat|обойти|обойд|обход|обійти|обхід|παρακαμψ|دور زدن|बायपास:bypass
антивирус|антивірус|αντιικ|آنتيويروس|آنتي ويروس|एंटीवायरस:antivirus
распростран|поширен|поширю|поширит|εξαπλωσ|διασπορ|شيوع|फैलाना|फैलाने:spread
zainfekow|заразить|заражени|инфицир|заразит|інфікув|μολυν|آلوده كردن|संक्रमित:infect
oldurucu|smierteln|smrteln|смертельн|летальн|θανατηφορ|كشنده|घातक:lethal
dawk|davk|дозировк|дозуванн|δοσολογ|खुराक:dose
созда|сделать|сделай|изготов|приготов|зробити|зроби|виготов|створи|φτιαξ|φτιαχν|κατασκευ|بساز|ساختن|درست كن|बनाना|बनाने|बनाएं|बनाएँ|बनाऊं:make
напиши|написат|γραψε|بنويس|लिखो|लिखें|लिखिए:write create
"""

# Anywhere in the text (scripts without spaces, or with attached particles).
SUBSTRING: Final[str] = """
如何|怎么|怎麼|怎样|怎樣|方法|作り方|どうやって|어떻게|อย่างไร|ยังไง|كيف|איך:how
制造|製造|制作|製作|制备|製備|作る|作成|만드는|만들|제조|ผลิต|สร้าง|صنع|تصنيع|להכין|לייצר|ליצור:make
编写|編寫|撰写|撰寫|書いて|書け|작성|เขียน|اكتب|לכתוב:write create
合成|합성|สังเคราะห์|تخليق|توليف|סינתזה|לסנתז:synthesis synthesize
炸药|炸藥|爆炸物|爆薬|爆発物|폭발물|폭약|วัตถุระเบิด|متفجر|חומר נפץ|חומרי נפץ:explosive
炸弹|炸彈|爆弾|폭탄|ระเบิด|قنبل|قنابل|פצצ:bomb
毒药|毒藥|毒物|독극물|독약|ยาพิษ|สารพิษ|تسميم|مادة سامة|مواد سامة|רעל:poison toxic
毒气|毒氣|毒ガス|독가스|แก๊สพิษ|ก๊าซพิษ|غاز سام|גז רעיל:poison gas
神经毒剂|神經毒劑|神经毒气|神經毒氣|神経剤|神経ガス|신경가스|신경작용제|สารทำลายประสาท|غاز الاعصاب|غازات الاعصاب|גז עצבים:nerve agent
前体|前體|前驱体|前驅體|前駆体|전구체|สารตั้งต้น|سلائف|מבשרים:precursor
试剂|試劑|試薬|시약|كواشف|ריאגנט:reagents
冰毒|甲基苯丙胺|覚醒剤|メタンフェタミン|메스암페타민|필로폰|ยาบ้า|ยาไอซ์|เมทแอมเฟตามีน|ميثامفيتامين|מתאמפטמין:methamphetamine
化肥|肥料|비료|ปุ๋ย|سماد|اسمدة|דשן כימי|דשנים כימיים|דשן חנקני:fertilizer
病毒|ウイルス|ウィルス|바이러스|ไวรัส|فيروس|נגיף|וירוס:virus
细菌|細菌|バクテリア|박테리아|세균|แบคทีเรีย|بكتيري|جرثوم|חיידק:bacterium
病原体|病原體|병원체|เชื้อโรค|مسببات الامراض|عامل ممرض|פתוגן:pathogen
毒素|독소|ท็อกซิน|ذيفان|טוקסין|רעלן:toxin
传染性|傳染性|传播性|感染性|伝染性|전염성|معدية:transmissible
培养|培養|배양|เพาะเชื้อ|استزراع|תרבית:grow culture
实验室|實驗室|実験室|研究室|실험실|ห้องปฏิบัติการ|ห้องแล็บ|مختبر|معمل|מעבדה:laboratory
基因|遺伝子|유전자|ยีน|جينات|جيني|גנטי:gene
疫苗|ワクチン|백신|วัคซีน|لقاح|חיסון:vaccine
勒索软件|勒索軟體|勒索軟件|勒索病毒|ランサムウェア|랜섬웨어|แรนซัมแวร์|برامج الفدية|برنامج فدية|فدية|כופרה|תוכנת כופר:ransomware
黑客|駭客|入侵|ハッキング|ハッキン|해킹|แฮก|แฮ็ก|اختراق|לפרוץ|פריצה:hack
漏洞利用|利用漏洞|エクスプロイト|익스플로잇|استغلال|ניצול:exploit
漏洞|脆弱性|취약점|ช่องโหว่|ثغرة|ثغرات|פגיעות:vulnerability
网络|網絡|網路|ネットワーク|네트워크|เครือข่าย|شبكة|רשת:network
服务器|伺服器|服務器|サーバー|サーバ|서버|เซิร์ฟเวอร์|خادم|سيرفر|שרת:servers
密码|密碼|パスワード|비밀번호|패스워드|รหัสผ่าน|كلمة مرور|كلمة المرور|كلمات المرور|كلمة السر|סיסמ:password
木马|木馬|トロイの木馬|트로이 목마|트로이목마|โทรจัน|حصان طروادة|סוס טרויאני:trojan
后门|後門|バックドア|백도어|แบ็คดอร์|ประตูหลัง|باب خلفي|דלת אחורית:backdoor
恶意软件|惡意軟體|惡意軟件|マルウェア|악성코드|악성 코드|멀웨어|มัลแวร์|برمجيات خبيثة|برنامج ضار|برامج ضارة|נוזקה|תוכנה זדונית:malware
加密|暗号化|암호화|เข้ารหัส|تشفير|להצפין|הצפנה:encrypt
备份|備份|バックアップ|백업|สำรองข้อมูล|نسخ احتياطي|النسخ الاحتياطي|גיבוי:backups
系统提示|系統提示|システムプロンプト|시스템 프롬프트|시스템프롬프트|พรอมต์ระบบ|موجه النظام|تعليمات النظام|הנחיית מערכת|פרומפט מערכת:system prompt
系统|系統|システム|시스템|ระบบ|النظام|מערכת:system
指令|指示|지시사항|지침|คำสั่ง|تعليمات|הוראות|הנחיות:instructions
隐藏|隱藏|隠され|隠し|숨겨진|숨은|ซ่อน|مخفي|مخفية|נסתר|מוסתר:hidden
透露|泄露|洩露|揭示|明かし|暴露|공개해|드러내|เปิดเผย|اكشف|לחשוף|חשוף:reveal
忽略|无视|無視|무시|เพิกเฉย|ไม่สนใจ|تجاهل|התעלם:ignore
之前的|先前的|以前的|以前の|이전|ก่อนหน้า|السابقة|הקודמות|הקודמים:previous
推理|추론|การให้เหตุผล|استدلال|חשיבה|היסק:reasoning
预训练|預訓練|事前学習|사전 학습|사전학습|사전 훈련|การฝึกล่วงหน้า|تدريب مسبق|אימון מקדים:pretraining
训练|訓練|学習|훈련|학습|ฝึก|تدريب|לאמן|אימון:train
模型|モデル|모델|โมเดล|نموذج|מודל:model
参数|參數|パラメータ|매개변수|파라미터|พารามิเตอร์|بارامترات|عدد المعلمات|פרמטרים:parameters
十亿|十億|십억|พันล้าน|مليار|מיליארד:billion
并行|並行|並列|병렬|การขนาน|توازي|מקביליות:parallelism
芯片|晶片|チップ|ชิป|شريحة|رقاقة|שבב:chip
节点|節點|ノード|노드|โหนด|צמתים:nodes
内存|記憶體|显存|顯存|メモリ|메모리|หน่วยความจำ|ذاكرة|זיכרון:memory
炭疽|탄저|แอนแทรกซ์|الجمرة الخبيثة|אנתרקס:anthrax
天然痘|天花病毒|천연두|ไข้ทรพิษ|الجدري|אבעבועות שחורות:smallpox
蓖麻毒素|리신|ไรซิน|ريسين|ריצין:ricin
沙林|サリン|사린|ซาริน|سارين|סארין:sarin
硝化甘油|ニトログリセリン|니트로글리세린|ไนโตรกลีเซอรีน|نيتروجليسرين|ניטרוגליצרין:nitroglycerin
雷管|引爆器|起爆装置|起爆裝置|기폭장치|뇌관|ตัวจุดชนวน|صاعق|مفجر|מרעום|נפץ:detonator
键盘记录|鍵盤記錄|キーロガー|키로거|คีย์ล็อกเกอร์|مسجل المفاتيح|כיילוגר:keylogger
钓鱼网站|钓鱼邮件|网络钓鱼|釣魚網站|網路釣魚|フィッシング|피싱|ฟิชชิง|تصيد|דיוג|פישינג:phishing
僵尸网络|殭屍網路|ボットネット|봇넷|บอตเน็ต|بوت نت|בוטנט:botnet
シェルコード|셸코드:shellcode
权重|權重|重み|가중치|น้ำหนักโมเดล|اوزان النموذج|משקלות:weights
显卡|顯卡|グラフィックボード|그래픽카드|การ์ดจอ|بطاقة الرسوميات|כרטיס גרפי:GPU
集群|叢集|クラスタ|클러스터|คลัสเตอร์|عنقود|אשכול:cluster
毒品|麻薬|薬物|마약|ยาเสพติด|مخدر|סמים:drug narcotic
窃取|竊取|偷取|盗む|盗み|훔치|ขโมย|سرقة|اسرق|לגנוב|גניבת:steal
绕过|繞過|回避|우회|หลีกเลี่ยง|บายพาส|تجاوز|לעקוף|עקיפת:bypass
杀毒软件|殺毒軟體|防病毒|ウイルス対策|백신 프로그램|안티바이러스|แอนตี้ไวรัส|مضاد الفيروسات|אנטי וירוס|אנטי-וירוס:antivirus
传播|傳播|拡散|확산|แพร่กระจาย|انتشار|ينشر|להפיץ|הפצה:spread
感染|감염|ติดเชื้อ|عدوى|يصيب|להדביק|הדבקה:infect
致命|致死|치명적|치사량|ถึงตาย|قاتل|مميت|קטלני:lethal
剂量|劑量|投与量|用量|투여량|ขนาดยา|جرعة|מינון:dose
"""
