"""Word lists of ``classifiers.glossary``: ``keys|keys...:english`` lines, one concept a line.

Keys are written naturally; ``glossary`` folds them like the text (lower case, accents, Greek
final sigma, Arabic hamza and Persian letter forms) before matching. Languages:

- Latin script, whole words: French, Spanish, German, Italian, Portuguese, Dutch, Polish,
  Turkish, Indonesian/Malay, Swahili, Vietnamese (accent-folded, multi-syllable keys), Swedish,
  Czech, Romanian;
- ``PREFIX`` stems for inflected languages: Turkish, Polish, Czech, Romanian, Swahili, Russian,
  Ukrainian, Greek, Persian, Hindi;
- ``SUBSTRING`` for Chinese (simplified and traditional), Japanese, Korean, Thai, Arabic, Hebrew.

Avoid false friends: no key that is a common word of another meaning in its language, in another
language of the tables, or in English ("gift", "doc", "parola", "cache"; "bom" is Portuguese
"good" and Vietnamese "pump", "puces" French fleas, "sentez" French "(you) feel", "drogen" Dutch
"to dry", "Mörtel" mortar, "haşlanmış" boiled, "троянда" a rose); short keys go in ``WORD``
rather than ``PREFIX``. A Latin-script reading needs two hits, and a "how" word or an everyday
word with a harmless reading ("fuel" for "gaz", "user manual", "contagious") often makes the
first: so a word whose everyday sense dominates is no bare key, only part of its risky phrases.
That covers a password (reset, forgotten), a dose (of syrup), a vaccine, a backup, an antivirus
(installed), hidden (fees), growing (tomatoes, children, dogs: bacteria and virus cultures stay),
bypass verbs that mean get around, handle, pass or get over ("umgehen", "melewati", "atlatmak";
security and antivirus phrases stay), reveal verbs of the news ("revela", "ungkap"; imperatives
stay), exploit verbs that mean use or abuse ("wykorzystać", "sfruttare", "istismar";
vulnerabilities stay), and the Romance "synthèse/síntesis/sintesi" (a summary).
Swahili is agglutinative: a verb is a ``PREFIX`` stem with its subject/tense marker ("aliduku",
"inaambukiz", "kutengenez"), never a bare root ("duku" would catch "dukuduku" = worry); nouns are
``WORD`` keys with their class plural and locative forms ("bomu|mabomu", "maabara|maabarani");
everyday words are left out or kept to a risky phrase ("mbolea" = fertilizer, "kukuza" = grow,
"siri" = secret, "gesi" = cooking gas, "simba"), and "bomba la maji" (water tap) overrides the
Spanish/Polish "bomba". A multi-word ``PREFIX`` key is tried before the ``WORD`` keys, so it
may start with one ("virusu yetistir" = grow a virus, before "virusu").

Text written mostly in a non-Latin script is read through its glossary reading alone, one key
sufficing, so an everyday sentence with one key reads as that key's English. There a key that is
also an everyday word is left out (bare "password", "チップ" = tip, "להדביק" = paste) or maps to
a harmless English word ("fuel" for газ, "get around" for обойти, "plant fertilizer"), and a
longer everyday compound overrides a shorter risky key (the longest key wins): "加密货币" ->
cryptocurrency before "加密" -> encrypt, "마약김밥" (a snack) before "마약", "照片合成" before
"合成", "光合成" before "合成".
"""

from __future__ import annotations

from typing import Final

# Whole words.
WORD: Final[str] = """
comment faire|comment fabriquer|comment creer|comment synthetiser|comment pirater|comment obtenir|jinsi ya kutengeneza|namna ya kutengeneza|jinsi ya kuunda|namna ya kuunda|jinsi ya kuzalisha|jinsi ya kutayarisha|namna ya kuzalisha|nasil yapilir|nasil yapabilirim|nasil uretilir|nasil sentezlenir|nasil hazirlanir|como hacer|como se hace|como fazer|como se faz|jak zrobic|hoe maak je|hoe maak ik|wie macht man|wie mache ich|wie stellt man|wie stelle ich|wie kann man herstellen:how to make
como|wie|hoe|jak|nasil|bagaimana|bagaimanakah|cara|cach|lam sao|nhu the nao|hur|cum sa|jinsi|jinsi ya|jinsi gani|namna ya|kwa namna gani|kwa jinsi gani|bagaimana cara|bagaimanakah cara|gimana cara|lam the nao|lam sao de|bang cach nao:how
faire|hacer|machen|herstellen|fabriquer|fabricar|produire|producir|produrre|produzir|maken|maak|zrobic|zrob|wykonac|wyprodukowac|yapmak|yapilir|yapimi|yapmayi|uretmek|membuat|buat|bikin|che tao|lam ra|gora|tillverka|vyrobit|udelat|vyrabet|fabrica|prepara|kutayarisha|tayarisha|nitayarishe|kuandaa|andaa|niandalie|kuunda|unda|niunde|tuunde|uunde|aliunda|waliunda|ameunda|wameunda|kuundwa|iliundwa|imeundwa|nitaunda|tutaunda|utaunda|kuzalisha|zalisha|wytworzyc|wytwarzac|wytworz|produkowac|wyprodukuj|przygotowac|przygotuj|stworzyc|stworz|zbudowac|zbuduj|otrzymac|uretim|uretimi|uretilir|uretilmesi|uretmeyi|uret|hazirlamak|hazirla|hazirlanir|pembuatan|dibuat|buatkan|membuatnya|merakit|dirakit|perakitan|memproduksi|diproduksi|meracik|diracik|racikan|herzustellen|selbst herstellen|zusammenmischen:make
creer|crear|erstellen|creare|criar|ecris|escribe|schreibe|scrivi|escreva|ecrire|escribir|schrijf|schrijven|napisz|napisac|yaz|yazin|tulis|tuliskan|skriv|skriva|napis|napiste|scrie|scrieti|andika|niandikie|tuandikie|menulis|ditulis|stworzcie:write create
synthetiseren|synteza|syntezy|syntetyzowac|sentezi|mensintesis|dieu che|syntes|syntetisera|syntetizovat|sinteza|sintetizare|synthetisieren|usanisi|kusanisi|sanisi|kusanisiwa|husanisiwa|inasanisiwa|usanisi wa kemikali|disintesis|sintesa|mensintesa|menyintesis|pensintesis|sintesisnya|synthese chimique|synthese organique|synthetiser du|synthetiser de la|sintesis quimica|sintesis organica|sintese quimica|sintese organica|sintesi chimica|sintesi organica|chemische synthese|organische synthese|sintetizar quimicamente|sintetizzare chimicamente|synthese von|synthese des:synthesis synthesize
explosif|explosivo|sprengstoff|esplosivo|explosifs|explosivos|esplosivi|explosief|explosieven|springstof|patlayici|bahan peledak|peledak|bahan letupan|letupan|thuoc no|sprangamne|sprangmedel|vybusnina|vybusniny|trhavina|exploziv|explozivi|explozibil|vilipuzi|kilipuzi|kilipukaji|vilipukaji|mada za kulipuka|vitu vya kulipuka|vifaa vya kulipuka|kemikali za kulipuka:explosive
bombe|bomba|bomby|bombu|bombe|bombayi|bombasi|bombalar|bomben|bombei|bombele|bomu|mabomu|bomuni|bombie|bombami|bombach|bom rakitan|bomnya|bom molotov|bom pipa|bom ikan|bom bunuh diri|bom waktu|bom mobil|bahan bom|qua bom|bom tu che|bom hen gio|bom nguyen tu|bommen|een bom:bomb
poison|veneno|veleno|toxique|toxico|giftig|tossico|vergif|vergiftigen|trucizna|trucizny|trucizne|otruc|otrucie|zehir|zehirli|racun|meracuni|thuoc doc|chat doc|forgifta|forgiftning|jed|otrava|otravit|otravi|otravire|empoisonner|envenenar|vergiften|avvelenare|envenenar|sumu|kutia sumu|kumtilia sumu|kuwatilia sumu|kutilia sumu|kuwekea sumu|ametiliwa sumu|kutiliwa sumu|yenye sumu|zenye sumu|lenye sumu|chenye sumu|vyenye sumu|wenye sumu|beracun|keracunan|diracun|racunnya|peracunan|diracuni:poison toxic
neurotoxique|nervenkampfstoff|nervino|neurotoxico|zenuwgas|zenuwgif|paralityczny|sinir gazi|sinir ajani|agen saraf|gas saraf|chat doc than kinh|nervgas|nervgift|nervovy plyn|nervove latky|neurotoxic|agent neurotoxic|nervengas|gas nervino|gaz neurotoxique|gesi ya neva|gesi ya mishipa ya fahamu|sumu ya neva|sumu ya mishipa ya fahamu|kemikali ya neva|kemikali za neva|wakala wa neva|sumu inayoshambulia neva|gaz bojowy|gazy bojowe|gazu bojowego|gazow bojowych|srodek paralityczny|srodki paralityczne|srodka paralitycznego|bojowe srodki trujace|bojowy srodek trujacy|zat saraf|racun saraf|gas sarin|agente nervoso|agentes nervosos|agente neurotoxico|gas nervoso|sarin gazi|sarin gazini|sarin gazı|तंत्रिका गैस:nerve agent
precurseur|precurseurs|precursor|precursores|vorlaufer|precursore|precursori|precursoren|voorloper|voorlopers|oncul|onculer|tien chat|prekurzor|prekurzory|vorlaufersubstanz|kitangulizi|vitangulizi|kemikali tangulizi|kemikali za awali|vorlauferstoffe|vorlauferstoff|vorlauferchemikalien:precursor
reactif|reactifs|reactivo|reactivos|reagenzien|reagente|reagenti|reagentes|reagentia|reagens|odczynnik|odczynniki|reaktif|reaktifler|reagen|thuoc thu|reagenser|cinidlo|cinidla|reactivi|reactiv|kitendanishi|vitendanishi:reagents
methamphetamine|metanfetamina|methamphetamin|metamfetamine|metamfetamina|metamfetamin|ma tuy da|sabu|methamfetamini|metamfetamini|methamfetamin|metamfetaminy:methamphetamine
engrais|fertilizante|dunger|fertilizzante|kunstmest|nawoz|nawozy|nawozu|gubre|gubresi|pupuk|phan bon|konstgodsel|godsel|hnojivo|hnojiva|ingrasamant|ingrasaminte|fertilizantes|kunstdunger:fertilizer
virus|viren|wirus|wirusa|wirusy|vi rut|viry|viru|virussen|virusi|kirusi|virusini|virusu|virusler|virusleri|virusun|viruse|virusten|viruslerin|virusnya|virusunu|virusune|virusunde|virusle:virus
bacterie|bacterias|bakterium|bakterien|batterio|bacterien|bakteria|bakterie|bakterii|bakteri|vi khuan|bakterier|bacterii|batteri|bakterinya:bacterium
erreger|patogene|patogeno|pathogene|krankheitserreger|ziekteverwekker|pathogeen|patogen|patogeny|patojen|mam benh|patogeni|patogenos|vimelea vya magonjwa|vimelea vya maradhi|kimelea cha magonjwa|vijidudu vya magonjwa|vijidudu vya maradhi|vijiumbe maradhi|vimelea maradhi|vijidudu hatari|patogennya:pathogen
toxine|toxina|toxin|tossina|toksyna|toksyny|toksin|toxinu|toxiny|toksinnya:toxin
transmissible|transmisible|ubertragbar|trasmissibile|overdraagbaar|lay truyen|overforbar|prenosny|transmisibil|piu trasmissibile|trasmissibili:transmissible
nuoi cay|odla|kultivovat|pestovat|cultivarea|kultur bakteri|kultur virus|mengkultur|menumbuhkan bakteri|menumbuhkan virus|biakan|culture bacterienne|culture de bacteries|culture cellulaire|cultures cellulaires|cultivo bacteriano|cultivo de bacterias|cultivo celular|cultura de bacterias|cultura bacteriana|cultura de celulas|cultura celular|coltura batterica|coltura cellulare|colture cellulari|bakterienkultur|zellkultur|zellkulturen|bacteriecultuur|celkweek|hodowla komorkowa|hodowli komorkowej|hodowle komorkowe|hucre kulturu|kultur sel|namnozyc|namnazac|namnazanie|namnozenie|namnozyc bakterie|rozmnozyc bakterie:grow culture
laboratoire|laboratorio|laboratorium|laboratuvar|phong thi nghiem|laborator|laboratori|maabara|maabarani|maabara ya siri|maabara ya nyumbani|laboratoriach|laboratoriow|laboratoryjny|laboratoryjne|laboratoryjnych|laboratoryjnie|laboratoryjnym|im labor|ins labor|einem labor|heimlabor|hauslabor|im heimlabor|labore|laboren:laboratory
gene|genen|genu|geny|genow|genei|genele|genler|genleri|genin|geni|جيني|الجيني|جينية|الجينية:gene
rancongiciel|ransomware|erpressungstrojaner|gijzelsoftware|fidye yazilimi|perangkat pemeras|ma doc tong tien|utpressningsprogram|vyderacsky software|programu ya fidia|programu za fidia|programu ya kudai fidia|programu za kudai fidia|programu ya kutaka fidia|programu ya utekaji nyara|programu ya kuteka nyara|oprogramowanie wymuszajace okup|oprogramowania wymuszajacego okup|perangkat lunak pemeras|program pemeras:ransomware
pirater|hackear|hacken|hackerare|zhakowac|shakowac|hacklemek|meretas|peretas|xam nhap|hacka|hacknout|piratage|dukua|dukueni|dukuliwa|kuhack|kuhackiwa|imehackiwa|amehackiwa|nimehackiwa|umehackiwa|zimehackiwa|amehack|wamehack|hakowanie|hakowania|haker|hakerzy|hakera|hakerow|hakerski|hakerska|hakerskie|hackerlar|hackerlarin|hackerin|hackerlik|bilgisayar korsani|bilgisayar korsanlari|bilgisayar korsanligi|siber korsan|peretasan|meretasnya|menyusup|penyusupan|disusupi|membobol akun|membobol sistem|membobol server|membobol jaringan|membobol wifi|membobol keamanan|membobol rekening|membobol data|membobol database|pembobolan data|pembobolan akun|pembobolan sistem|dibobol hacker|зламати чужий|зламати чужу|зламати чуже|зламати чужі:hack
exploiteren|mengeksploitasi|utnyttja|zneuzit|exploata|exploateaza:exploit
vulnerabilite|vulnerabilidad|schwachstelle|vulnerabilita|vulnerabilidade|kwetsbaarheid|kwetsbaarheden|podatnosc|podatnosci|zafiyet|guvenlik acigi|kerentanan|celah keamanan|lo hong|sarbarhet|zranitelnost|vulnerabilitate|vulnerabilitati|schwachstellen|udhaifu wa usalama|udhaifu wa kiusalama|udhaifu katika mfumo|udhaifu wa mfumo|udhaifu kwenye mfumo|udhaifu wa programu|mianya ya usalama|mwanya wa usalama|mwanya wa kiusalama|mianya ya kiusalama|dosari ya usalama|dosari za usalama|dosari za kiusalama|upenyo wa usalama|mapengo ya usalama|pengo la usalama|luka w zabezpieczeniach|luki w zabezpieczeniach|luke w zabezpieczeniach|luka bezpieczenstwa|luki bezpieczenstwa|luke bezpieczenstwa|kerentanannya|lubang keamanan|celah keamanannya:vulnerability
reseau|netzwerk|rete|rede|netwerk|siec|sieci|jaringan|rangkaian|natverk|natverket|retea|retele|reteaua|mtandao|mitandao:network
serveurs|servidores|server|serveur|servidor|serwer|serwera|serwery|sunucu|peladen|may chu|servern|serveru|serverul|seva|maseva:servers
cheval de troie|troyano|trojaner|troiano|trojan|trojaans paard|truva ati|kuda troya|trojansk hast|trojsky kun|cal troian|farasi wa trojan|farasi wa troya|farasi wa trojani|kon trojanski|konia trojanskiego|trojana|trojany|троян|трояна|трояны|троянов|трояном|трояну|трояни|троянів:trojan
porte derobee|backdoor|bakdorr|zadni vratka|mlango wa nyuma wa mfumo|mlango wa siri wa mfumo|mlango wa nyuma kwenye mfumo|mlango wa nyuma wa programu|mlango wa siri kwenye mfumo|hintertur einbauen|eine hintertur einbauen|hintertur im system|achterdeur inbouwen|achterdeur in de software|puerta trasera en el sistema|puerta trasera al sistema|instalar una puerta trasera|tylne drzwi w systemie|tylne drzwi do systemu|pintu belakang sistem|pintu belakang pada server|cua hau he thong:backdoor
logiciel malveillant|malveillant|malware|schadsoftware|zlosliwe oprogramowanie|zararli yazilim|kotu amacli yazilim|perangkat lunak jahat|perisian hasad|ma doc|phan mem doc hai|skadeprogram|skadlig kod|skodlivy software|program malitios|software malicioso|software dannoso|programu hasidi|programu-hasidi|programu za hasidi|programu ovu|programu za udukuzi|programu ya udukuzi|programu hatari|programu zenye madhara|programu yenye madhara|msimbo hasidi|msimbo mbaya|msimbo wa kudhuru|programu ya kudhuru|programu za kudhuru|programu ya kijasusi|programu za kijasusi|zlosliwego oprogramowania|zlosliwym oprogramowaniem|zlosliwy kod|zlosliwego kodu|szkodliwe oprogramowanie|szkodliwego oprogramowania|wirusa komputerowego|oprogramowanie szpiegujace|oprogramowania szpiegujacego|program jahat|kode jahat|perangkat lunak berbahaya|aplikasi jahat|шкідлива програма|шкідливі програми|шкідливу програму|шкідливих програм|шкідливої програми|шкідливе програмне забезпечення|шкідливого програмного забезпечення|шкідливе по|шкідливий код|шкідливого коду:malware
chiffrer|cifrar|verschlusselt|verschlusseln|crittografa|crittografare|criptografar|versleutelen|versleutel|zaszyfrowac|szyfrowanie|sifrele|sifreleme|enkripsi|mengenkripsi|ma hoa|kryptera|zasifrovat|sifrovani|cripteaza|criptare|usimbaji fiche|usimbaji|kusimba|kusimba fiche|kusimbwa|zilizosimbwa|iliyosimbwa|yaliyosimbwa|simba fiche|dienkripsi|terenkripsi|chiffrement|chiffrer les fichiers|chiffre les fichiers|criptografe|criptografa|criptografar os|criptografia dos arquivos|cifri|cifra i file|cifrare i file|cifrando|szyfruje|szyfrujacy|szyfrujace|szyfruja|zaszyfruje:encrypt
systemprompt|prompt systeme|prompt del sistema|prompt di sistema|prompt do sistema|systeemprompt|prompt systemowy|sistem istemi|prompt sistem|loi nhac he thong|systemovy prompt|promptul de sistem|maelekezo ya mfumo|maagizo ya mfumo|maelekezo ya kimfumo|maagizo ya kimfumo|kidokezo cha mfumo|vidokezo vya mfumo|agizo la mfumo|ujumbe wa mfumo|maelekezo ya mfumo wako|maagizo yako ya mfumo|maelekezo yako ya mfumo|prompt ya mfumo|maelekezo ya msingi ya mfumo|promptu systemowego|prompcie systemowym|monit systemowy|monitu systemowego|instrukcje systemowe|instrukcji systemowych|wiadomosc systemowa|wiadomosci systemowej|sistem istemini|sistem isteminizi|sistem istemin|sistem istemine|sistem komutu|sistem komutunu|sistem komutlari|sistem komutlarini|sistem talimati|sistem talimatlari|sistem talimatlarini|sistem mesaji|sistem mesajini|sistem promptu|sistem promptunu|sistem promptun|perintah sistem|instruksi sistem|pesan sistem|prompt sistemmu|prompt sistem anda:system prompt
systeme|sistema|system|systeem|systemu|systemowy|sistem|sistemi|he thong|systemet|sistemul|mfumo|mifumo|mfumoni:system
instructions|instrucciones|anweisungen|istruzioni|instrucoes|instructies|instrukcje|instrukcji|talimat|talimatlar|talimatlari|instruksi|instruktioner|instrukce|pokyny|instructiuni|maelekezo|maagizo|agizo|elekezo|instruksimu|instruksinya|consignes precedentes|tes consignes|consignes initiales|consignes systeme|निर्देश|निर्देशों|huong dan he thong|huong dan ban dau:instructions
dolda|skryte|skryty|ascunse|ascuns|yaliyofichwa|zilizofichwa|uliofichwa|iliyofichwa|lililofichwa|kilichofichwa|vilivyofichwa|yaliyofichika|iliyofichika|zilizofichika|yaliyojificha|iliyojificha|gizledigin:hidden
enthulle|onthul|ujawnij|ifsa et|avsloja|odhal|prozrad|dezvaluie|fichua|kufichua|ufichuzi|ifsa etmek|bocorkan|membocorkan|dibocorkan|revele-moi|revelez-moi|revele moi|revele tes|revelez vos|revela tu|revela tus|revelame|revelanos|revele seu|revele sua|revele suas|revele seus|revela o teu|revela a tua|revela as tuas|revela os teus|rivelami|rivela il tuo|rivela la tua|rivela le tue|rivela i tuoi|ungkapkan prompt|ungkapkan instruksi|tiet lo loi nhac|tiet lo huong dan|tiet lo prompt:reveal
ignore|ignora|ignoriere|oublie|olvida|vergiss|dimentica|esqueca|negeer|vergeet|zignoruj|ignoruj|yoksay|gormezden gel|abaikan|bo qua|ignorera|uita:ignore forget
precedentes|anteriores|vorherigen|precedenti|vorige|eerdere|poprzednie|poprzednich|onceki|sebelumnya|truoc do|tidigare|predchozi|anterioare|yaliyotangulia|zilizotangulia|iliyotangulia|wczesniejsze|wczesniejszych:previous
raisonnement|razonamiento|denkschritte|ragionamento|raciocinio|redenering|rozumowanie|akil yurutme|penalaran|suy luan|resonemang|uvazovani|rationament|ufikiriaji|hoja za kimantiki|kufikiri kimantiki:reasoning
entrainer|entrenar|trainieren|addestrare|treinar|trainen|trenowac|wytrenowac|egitmek|melatih|huan luyen|trana|trenovat|antrena|antrenarea|kufunza|funza|kuifunza|kuzifunza|kufunzwa|ufunzaji|mafunzo|kufunzia|nifunze|tufunze|wytrenuj|trening|treningu|treningi|pelatihan|dilatih|latih|wytrenuje|wytrenowania|wytrenowac wlasny|melatihnya:train
modele|modelo|modell|modello|modelu|modeli|modelnya|mo hinh|modellen|modelul|modeli yako|modeli ya lugha|modeli za lugha:model
parametres|parametros|parameter|parametri|parametry|parametrow|parametre|tham so|parametrar|vigezo|kigezo:parameters
milliards|billones|milliarden|miliardi|bilhoes|miljard|miljarder|miliard|miliardy|miliardow|milyar|miliar|bilioni|mabilioni:billion
parallelisme|paralelismo|parallelitat|parallelismo|parallellisme|rownoleglosc|paralellik|paralelisme|parallellism|paralelismus|paralelism|usambamba|usambamba wa data|usambamba wa modeli|usambamba wa tensa|uchakataji sambamba|tensor-parallelitat|pipeline-parallelitat|tensorparallelitat|modellparallelitat|datenparallelitat:parallelism
preentrainer|preentrainement|preentrenamiento|vortraining|preaddestramento|voortraining|wstepne trenowanie|on egitim|pra pelatihan|tien huan luyen|fortraning|predtrenovani|preantrenare|mafunzo ya awali|ufunzaji wa awali|kufunza awali|mafunzo awali|kufunzwa awali|wstepnego trenowania|pretrening|pretreningu|trening wstepny|treningu wstepnego|pra-pelatihan|prapelatihan|pralatih|pra-latih|pre-treinar|pre-treinamento|pre-treino|pretreinamento|pre-addestramento|preaddestrare|pre-addestrare|pretrenowanie|pretrenowaniu|pretrenowania|pretrenowac:pretraining
chip|cipuri:chip
noeuds|nodos|knoten|nodi|knooppunten|wezly|wezlow|dugum|dugumler|simpul|noder|uzly|uzlu|noduri:nodes
memoire|memoria|speicher|memoria|geheugen|pamiec|pamieci|bellek|memori|bo nho|minne|pamet|memorie|kumbukumbu ya gpu|kumbukumbu ya kadi:memory
charbon bacteridien|carbunco|milzbrand|antrace|antraz|miltvuur|waglik|sarbon|antraks|benh than|mjaltbrand|antrax|kimeta|waglika|waglikiem|wagliku|vi khuan than:anthrax
variole|viruela|pocken|vaiolo|variola|pokken|ospa|ospy|cicek hastaligi|dau mua|smittkoppor|nestovice|variolei|ndui:smallpox
ricine|ricina|ricyna|risin|ricinu|risini:ricin
nitroglycerine|nitroglicerina|nitroglyzerin|nitrogliceryna|nitrogliserin|nitroglyserini|nitroglisirini|nitroglaiserini:nitroglycerin
detonateur|detonador|sprengzunder|zunder|detonatore|ontsteker|spoleta|kip no|sprangkapsel|rozbuska|detonatorul|kifaa cha kulipua|vifaa vya kulipua|kiwasha bomu|kifyatulio cha bomu|detonatora|detonatory|detonatorow|zapalnik|zapalnika|zapalniki|zapalnikow|pemicu ledakan|sumbu ledak:detonator
enregistreur de frappe|registrador de teclas|tastenlogger|keyloggera|keyloggery|keylogger|keyloggerem|perekam ketikan|perekam tombol|pencatat ketikan|pencatat tombol|tus kaydedici|klavye kaydedici:keylogger
hameconnage|suplantacion de identidad|oltalama|lua dao truc tuyen|ulaghai wa mtandaoni|utapeli wa mtandaoni|ulaghai wa kimtandao|hadaa ya mtandaoni|barua pepe za kilaghai|barua pepe ya kilaghai|barua pepe bandia|ujumbe wa kilaghai|jumbe za kilaghai|tovuti ya kilaghai|tovuti bandia|ukurasa bandia wa kuingia|ukurasa wa kuingia bandia|uvuvi wa taarifa|uvuvi wa data|falszywa strona logowania|falszywe strony logowania|falszywej strony logowania|wyludzanie danych|wyludzania danych|wyludzic dane|wyludzac dane|pengelabuan|phising|penipuan daring|situs palsu|halaman login palsu:phishing
poids|pesos|gewichte|pesi|gewichten|wagi|agirliklar|bobot|trong so|vikter|vahy|ponderi|ponderile:weights
carte graphique|tarjeta grafica|grafikkarte|scheda grafica|placa de video|videokaart|karta graficzna|ekran karti|kartu grafis|card do hoa|grafikkort|graficka karta|placa video|kadi ya michoro|kadi za michoro|kadi ya grafiki|kadi za grafiki|kichakataji cha michoro|vichakataji vya michoro|kichakataji michoro|prosesa ya michoro|prosesa za michoro|kadi za video|kadi ya video|procesor graficzny|procesora graficznego|procesory graficzne|procesorow graficznych|karty graficzne|kart graficznych|karte graficzna|karty graficznej|ekran kartlari|ekran kartlarini|grafik islemci|grafik islemcisi|grafik islemciler|prosesor grafis|grafikkarten|grafikprozessoren|grafikprozessor|जीपीयू|ग्राफिक्स कार्ड्स:GPU
grappe de calcul|kluster|klastr|kume|klasta|klasta ya gpu|makundi ya gpu|kundi la gpu|kundi la kompyuta|mkusanyiko wa gpu|kikundi cha gpu|makundi ya kompyuta|klaster|klastra|klastrze|klastry|klastrow|gpu kumesi|gpu kumeleri|gpu kumesinde|hesaplama kumesi|klaster gpu|क्लस्टर|क्लस्टरों:cluster
drogue|drogues|drogas|narcotico|narcotique|stupefiant|stupefacente|betaubungsmittel|narkotyk|narkotyki|uyusturucu|narkoba|ma tuy|narkotika|drogy|droguri|narcotice|dawa za kulevya|dawa ya kulevya|madawa ya kulevya|mihadarati|obat terlarang|drogen nehmen|drogen kaufen|drogen herstellen|drogen verkaufen|drogen her|harte drogen|illegale drogen|synthetische drogen|drogen schmuggeln|drogen konsumieren:drug narcotic
robar|stehlen|rubare|roubar|stelen|ukrasc|wykrasc|mencuri|danh cap|trom|stjala|ukrast|odcizit|dérober|derober|kuiba|kuibia|aliiba|waliiba|ameiba|wameiba|anaiba|wanaiba|inaiba|kinaiba|huiba|niibe|tuibe|itaiba|nitaiba|tutaiba|inayoiba|kinachoiba|zinazoiba|vinavyoiba|mencurinya|kradnie|kradna|kradnacy|kradnace|krasc|kradl:steal
kringga|obejit|membypass|mem-bypass:bypass
propager|propagar|verbreiten|diffondere|propagare|verspreiden|rozprzestrzeniac|yaymak|menyebarkan|lay lan|sprida|rozsirit|raspandi|raspandeste|kueneza|kuenezwa|kuieneza|kuyaeneza|kuvieneza|kuzieneza|распространить|распространять|распространяет|распространяют:spread
infecter|infectar|infizieren|infettare|infecteren|zainfekowac|enfekte etmek|menginfeksi|lay nhiem|infektera|infikovat|nakazit|infecta|zakazenie|zakazenia|zakazeniu|zakazic|zakazony|zakazona|zakazone|zarazic|zarazenie|zarazenia|zarazony|enfekte|terinfeksi:infect
mortelle|letal|letale|todlich|mortale|dodelijk|smiertelny|smiertelna|smiertelne|oldurucu|gay chet nguoi|dodlig|smrtelny|smrtelna|smrtici|letala|racun mematikan|senjata mematikan|gas mematikan|قاتل|قاتلة|القاتل|القاتلة:lethal
dozi|madozi|dozi hatari|dozi ya kuua:dose
chaine de pensee|cadena de pensamiento|gedankenkette|catena di pensiero|cadeia de pensamento|gedachteketen|lancuch myslowy|lancuch rozumowania|dusunce zinciri|rantai pemikiran|chuoi suy nghi|tankekedja|retezec uvah|lantul de gandire|mnyororo wa mawazo|mnyororo wa fikra|mlolongo wa mawazo|mlolongo wa fikra|mfuatano wa mawazo|mfululizo wa mawazo|msururu wa mawazo|hatua zako za kufikiri|hatua za kufikiri|mnyororo wa hoja|mlolongo wa hoja|lancuch mysli|lancucha mysli|lancucha myslowego|tok rozumowania|toku rozumowania|tok myslenia|toku myslenia|rantai pikiran|proses berpikirmu|proses berpikir|alur pemikiran|alur berpikir:chain of thought
raisonnement interne|razonamiento interno|interne begrundung|internes denken|ragionamento interno|raciocinio interno|intern redeneren|wewnetrzne rozumowanie|ic akil yurutme|penalaran internal|suy luan noi bo|internt resonemang|vnitrni uvazovani|rationament intern|mawazo yako ya ndani|fikra zako za ndani|fikra za ndani|mawazo ya ndani|hoja zako za ndani|mchakato wako wa kufikiri|mchakato wa kufikiri|mchakato wa kufikiria:internal reasoning
mot pour mot|textuellement|palabra por palabra|textualmente|wortwortlich|wort fur wort|parola per parola|testualmente|palavra por palavra|woord voor woord|letterlijk|slowo w slowo|doslownie|kelimesi kelimesine|kata demi kata|tung chu|ordagrant|ord for ord|doslova|cuvant cu cuvant|neno kwa neno|herufi kwa herufi|kata per kata|nguyen van|tung chu mot:word for word
donnees d'entrainement|datos de entrenamiento|trainingsdaten|dati di addestramento|dados de treinamento|dados de treino|trainingsdata|dane treningowe|danych treningowych|egitim verisi|egitim verileri|data pelatihan|data latih|du lieu huan luyen|traningsdata|trenovaci data|date de antrenament|data ya mafunzo|data za mafunzo|data ya kufunza|data za kufunza|takwimu za mafunzo|data ya kufundishia|data za kufundishia|seti ya data ya mafunzo|data ya kufunzia|data za kufunzia|dane uczace|danych uczacych|zbior treningowy|zbioru treningowego|danych do trenowania|data latihan|dataset pelatihan:training data
jeu de donnees|conjunto de datos|datensatz|insieme di dati|conjunto de dados|gegevensverzameling|zbior danych|veri seti|kumpulan data|tap du lieu|datamangd|datova sada|set de date|seti ya data|seti za data|mkusanyiko wa data:dataset
distillation de modele|destilacion de modelos|destilacion del modelo|modelldestillation|wissensdestillation|distillazione del modello|destilacao de modelo|modeldistillatie|destylacja modelu|destylacja wiedzy|model damitma|distilasi model|chung cat mo hinh|modelldestillering|destilace modelu|distilarea modelului|unereshaji wa modeli|unereshaji wa maarifa|kunereka kwa modeli|ukamuaji wa maarifa|ukamuaji wa modeli|kukamua maarifa ya modeli|uhamishaji wa maarifa ya modeli|kuhamisha maarifa ya modeli|destylacji modelu|destylacji wiedzy|destylowac model|zdestylowac model|bilgi damitma|distillare il modello|distillare un modello|distillazione della conoscenza|destilar o modelo|destilar el modelo|destilar um modelo|distiller le modele:model distillation
cloner le modele|clonar el modelo|modell klonen|clonare il modello|clonar o modelo|model klonen|sklonowac model|modeli klonlamak|mengkloning model|nhan ban mo hinh|klona modellen|naklonovat model|clona modelul|kunakili modeli|kunakili modeli yako|kuiga modeli|kuiga modeli yako|nakili modeli|kutengeneza nakala ya modeli|kuunda nakala ya modeli|kuiga tabia ya modeli|skopiowac model|skopiuj model|klonowanie modelu|sklonuj model|modeli kopyala|modelini kopyala|modeli kopyalamak|menyalin model|meniru model|kloning model:clone the model
chlore gazeux|gaz chlore|gas cloro|cloro gaseoso|chlorgas|gas di cloro|gas cloro|gas de cloro|chloorgas|chlor gazowy|klor gazi|gas klorin|khi clo|klorgas|plynny chlor|clor gazos|gesi ya klorini:chlorine gas
phosgene|fosgeno|phosgen|fosgene|fosgenio|fosgeen|fosgen|fosgenu|fosgeni|khi phosgene:phosgene
gaz moutarde|gas mostaza|senfgas|iprite|gas mostarda|mosterdgas|gaz musztardowy|iperyt|hardal gazi|gas mustard|khi mu tat|senapsgas|yperit|gaz mustar|gesi ya haradali:mustard gas
sulfure d'hydrogene|sulfuro de hidrogeno|schwefelwasserstoff|acido solfidrico|solfuro di idrogeno|sulfeto de hidrogenio|waterstofsulfide|siarkowodor|hidrojen sulfur|hidrogen sulfida|hydro sunfua|svavelvate|sirovodik|hidrogen sulfurat:hydrogen sulfide
fentanil|fentanylu|fentanili|fentanaili:fentanyl
amphetamine|anfetamina|amphetamin|amfetamine|amfetamina|amfetaminy|amfetamin|amphetamin|captagon|kaptagon|amfetamini:amphetamine
reaction chimique|reaccion quimica|chemische reaktion|reazione chimica|reacao quimica|chemische reactie|reakcja chemiczna|kimyasal tepkime|reaksi kimia|phan ung hoa hoc|kemisk reaktion|chemicka reakce|reactie chimica|mmenyuko wa kemikali|mmenyuko wa kikemikali|mimenyuko ya kemikali|mimenyuko ya kikemikali|reakcji chemicznej|reakcje chemiczne|reakcji chemicznych|reakcjach chemicznych:chemical reaction
titrage|titulacion|titration|titolazione|titulacao|titratie|miareczkowanie|titrasyon|titrasi|chuan do|titrering|titrace|titrare:titration
masse molaire|masa molar|molare masse|molmasse|massa molare|massa molar|molaire massa|masa molowa|molar kutle|massa molar|khoi luong mol|molmassa|molarni hmotnost|masa molara:molar mass
oxydoreduction|oxido reduccion|redoxreaktion|ossidoriduzione|oxirreducao|redoxreactie|reakcja redoks|indirgenme yukseltgenme|reaksi redoks|oxi hoa khu|redoxreaktion|redoxni reakce|reactie redox:oxidation reduction
esterification|esterificacion|veresterung|esterificazione|esterificacao|verestering|estryfikacja|esterlesme|esterifikasi|este hoa|forestring|esterifikace|esterificare:esterification
liaison covalente|enlace covalente|kovalente bindung|legame covalente|ligacao covalente|covalente binding|wiazanie kowalencyjne|kovalent bag|ikatan kovalen|lien ket cong hoa tri|kovalent bindning|kovalentni vazba|legatura covalenta:covalent bond
chimie organique|quimica organica|organische chemie|chimica organica|chemia organiczna|organik kimya|kimia organik|hoa huu co|organisk kemi|organicka chemie|chimie organica|kemia hai|kemia ya kikaboni|kemia ogania:organic chemistry
chimie|quimica|chemie|chimica|chemia|kimya|kimia|hoa hoc|kemi|kemia|chemii:chemistry
arme chimique|armes chimiques|armas quimicas|arma quimica|chemiewaffe|chemiewaffen|armi chimiche|arma chimica|chemische wapens|bron chemiczna|kimyasal silah|senjata kimia|vu khi hoa hoc|kemiska vapen|chemicke zbrane|arme chimice|silaha za kemikali|silaha ya kemikali|silaha za kikemikali|silaha ya kikemikali|broni chemicznej|bronia chemiczna|broni chemicznych|kimyasal silahlar|kimyasal silahlari:chemical weapon
graines de ricin|semillas de ricino|rizinussamen|semi di ricino|sementes de mamona|ricinuszaden|nasiona racznika|hint yagi tohumu|biji jarak|hat thau dau|ricinfron|semena skocce|seminte de ricin|mbegu za mbarika|mbegu za mbono|mbegu za nyonyo:castor beans
botulique|botulinica|botulinum-toxin|botulino|botulinica|botulisme|botulismo|botulizm|botulismus|jad kielbasiany|doc to botulinum|botulini|botulinamu|sumu ya botulini|sumu ya botulinamu|botulinumtoxin|botulinustoxin|botulismustoxin:botulinum
transmissibilite|transmisibilidad|ubertragbarkeit|trasmissibilita|transmissibilidade|overdraagbaarheid|zakaznosc|bulasicilik|daya tular|kha nang lay truyen|smittsamhet|prenosnost|transmisibilitate|uambukizaji|uwezo wa kuambukiza|kasi ya maambukizi|uwezo wa kuenea|kiwango cha maambukizi|uwezo wa kusambaa|zakaznosci:transmissibility
proteine spike|proteina spike|spike-protein|proteina de espicula|spikeproteine|bialko kolca|bialko spike|spike proteini|protein lonjakan|protein gai|spikeprotein|protini ya mwiba|protini ya spike|protini ya miiba|bialka kolca|bialka spike|bialkiem kolca:spike protein
mutacion|mutaciones|mutazione|mutazioni|mutacao|mutacoes|mutatie|mutaties|mutacja|mutacje|mutasyon|mutasi|dot bien|mutationer|mutace|mutatie genetica|mutatii|mabadiliko ya kijenetiki|mabadiliko ya jeni|badiliko la jeni|mabadiliko ya vinasaba|mabadiliko ya kinasaba|mutesheni:mutation
plasmide|plasmido|plasmidos|plasmidi|plazmid|plazmidy|plasmidu:plasmid
mitochondrie|mitocondria|mitochondrien|mitocondri|mitocondrias|mitochondrien|mitochondria|mitokondri|mitokondrier|mitocondrii|mitokondria|mitokondiria:mitochondria
ribosome|ribosoma|ribosomen|ribosomi|rybosom|rybosomy|ribozom|ribosom|riboxom|ribozomi|ribosomu|raibosomu:ribosome
photosynthese|fotosintesis|fotosynthese|fotosintesi|fotossintese|fotosynteza|fotosentez|fotosintesis|quang hop|fotosyntes|fotosynteza|fotosinteza|usanisinuru|usanisi wa mwanga:photosynthesis
chloroplaste|cloroplasto|chloroplasten|cloroplasti|cloroplastos|chloroplast|kloroplast|luc lap|kloroplaster|cloroplaste:chloroplast
meiose|meiosis|meiosi|mejoza|mayoz|meiosis|giam phan|meioza|meiosisi:meiosis
mitose|mitosis|mitosi|mitoza|mitoz|mitosisi:mitosis
genotype|genotipo|genotyp|genotipe|kieu gen|genotip|phenotype|fenotipo|phanotyp|fenotyp|fenotipe|kieu hinh|fenotip|jenotaipu|fenotaipu:genotype phenotype
enzima|enzimas|enzym|enzyme|enzimi|enzymy|enzim|enzimler|enzymer|enzime|kimeng'enya|vimeng'enya|kimeng’enya|vimeng’enya|kimengenya|vimengenya|enzaimu:enzyme
respiration cellulaire|respiracion celular|zellatmung|respirazione cellulare|respiracao celular|celademhaling|oddychanie komorkowe|hucresel solunum|respirasi seluler|ho hap te bao|cellandning|bunecne dychani|respiratie celulara:cellular respiration
genie genetique|ingenieria genetica|gentechnik|ingegneria genetica|engenharia genetica|genetische manipulatie|inzynieria genetyczna|genetik muhendislik|rekayasa genetika|ky thuat di truyen|genteknik|genove inzenyrstvi|inginerie genetica|uhandisi jeni|uhandisi wa jeni|uhandisi wa kijenetiki|uhandisi wa vinasaba|uhandisi wa kijeni|uhandisi jenetiki|kuhariri jeni|kuhariri vinasaba|uhariri wa jeni|uhariri wa vinasaba|kubadilisha jeni|kubadili jeni|kubadilisha vinasaba|kubadili vinasaba|kurekebisha jeni|kurekebisha vinasaba|kuhariri dna|kubadilisha dna|uhariri wa dna|kuhariri jenomu|inzynierii genetycznej|inzynierie genetyczna|edycja genow|edycji genow|edytowanie genow|edytowac geny|modyfikacja genetyczna|modyfikacji genetycznej|zmodyfikowac genetycznie|modyfikowac genetycznie|rekayasa genetik|penyuntingan gen|mengedit gen|edit gen|modifikasi genetik|memodifikasi gen|dimodifikasi secara genetik|suntingan gen|genmanipulation|genetisch verandern|genetische veranderung|gentechnisch verandern|gene editieren|genom editieren|crispr-editierung:genetic engineering
heredite|herencia genetica|vererbung|ereditarieta|hereditariedade|erfelijkheid|dziedzicznosc|kalitim|pewarisan sifat|di truyen hoc|arftlighet|dedicnost|ereditate|urithi wa kibiolojia|urithi wa jeni|urithi wa kinasaba|urithi wa vinasaba:heredity
biologie|biologia|biyoloji|biologi|sinh hoc|biolojia|baiolojia|bayolojia|elimu ya viumbe:biology
arme biologique|armes biologiques|arma biologica|armas biologicas|biowaffe|biowaffen|armi biologiche|biologische wapens|bron biologiczna|biyolojik silah|senjata biologis|vu khi sinh hoc|biologiska vapen|biologicke zbrane|arme biologice|silaha za kibaiolojia|silaha ya kibaiolojia|silaha za kibiolojia|silaha ya kibiolojia|silaha za kibayolojia|silaha za vijidudu|broni biologicznej|bronia biologiczna|biyolojik silahlar|biyolojik silahlari|senjata biologi:bioweapon
cassage de mot de passe|craquer un mot de passe|descifrar contrasenas|romper contrasenas|passwort knacken|passworter knacken|craccare password|quebrar senha|quebra de senha|wachtwoord kraken|lamanie hasel|zlamac haslo|sifre kirmak|sifre kirma|membobol kata sandi|be khoa mat khau|knacka losenord|prolomit heslo|spargere parole|kuvunja nenosiri|kuvunja manenosiri|kuvunja nywila|kuvunja neno la siri|kuvunja maneno ya siri|kukisia nenosiri|kukisia manenosiri|kubahatisha nenosiri|kubahatisha manenosiri|kupasua nenosiri|vunja nenosiri|vunja nywila|inayovunja nenosiri|kinachovunja nenosiri|huvunja nenosiri|kuvunja nenosiri la|zlamac hasla|lamac hasla|lamanie hasla|zlamanie hasla|zlamania hasla|zlamac haslo do|odgadnac haslo|odgadywanie hasel|sifre kiran|sifreleri kirmak|sifreyi kirmak|sifreleri kirma|sifre kirici|memecahkan kata sandi|menebak kata sandi|membobol sandi|memecahkan sandi|membobol kata sandinya|meretas kata sandi|membobol password|menebak password|passwort zu knacken|passworter zu knacken|passwort hacken|wachtwoorden kraken|wachtwoord achterhalen|wachtwoord hacken|hackear la contrasena|descifrar la contrasena|averiguar la contrasena|adivinar la contrasena|quebrar a senha|descobrir a senha|hackear a senha|craccare la password|scoprire la password|indovinare la password|casser un mot de passe|cracker un mot de passe|deviner le mot de passe|pirater le mot de passe|sifresini kirmak|sifresini kirma|sifreyi kiran|be mat khau|do mat khau|hack mat khau:password cracking
inyeccion sql|sql-injektion|iniezione sql|injecao de sql|sql-injectie|wstrzykiwanie sql|sql enjeksiyonu|injeksi sql|tiem sql|sql-injektion|injekce sql|injectie sql|sindano ya sql|udungaji wa sql|uchomekaji wa sql|uingizaji wa sql|wstrzykniecie sql|wstrzykniecia sql|wstrzyknieciem sql:SQL injection
depassement de tampon|desbordamiento de bufer|pufferuberlauf|overflow del buffer|estouro de buffer|bufferoverloop|przepelnienie bufora|arabellek tasmasi|luapan buffer|tran bo dem|buffertoverskridning|preteceni bufferu|depasire de buffer|kufurika kwa bafa|kufurika kwa buffer|ufurikaji wa bafa:buffer overflow
cyberattaque|ciberataque|cyberangriff|attacco informatico|ataque cibernetico|cyberaanval|cyberatak|siber saldiri|serangan siber|tan cong mang|cyberattack|kyberuton|atac cibernetic|shambulio la mtandao|shambulio la mtandaoni|shambulio la kimtandao|mashambulizi ya mtandao|mashambulizi ya mtandaoni|mashambulizi ya kimtandao|mashambulio ya mtandao|mashambulio ya mtandaoni|mashambulio ya kimtandao|shambulizi la mtandao|shambulizi la mtandaoni|shambulizi la kimtandao|kushambulia mtandao|kushambulia mfumo|kushambulia seva|kushambulia tovuti|kushambulia mifumo|cyberataku|cyberataki|cyberatakow|atak hakerski|ataku hakerskiego|ataki hakerskie|atakow hakerskich|menyerang server|menyerang sistem|menyerang jaringan:cyberattack
elevation de privileges|escalada de privilegios|rechteausweitung|escalation di privilegi|escalonamento de privilegios|privilege-escalatie|eskalacja uprawnien|yetki yukseltme|eskalasi hak akses|leo thang dac quyen|privilegieeskalering|eskalace opravneni|escaladarea privilegiilor|kupandisha ruhusa|kuongeza ruhusa|kupandisha haki za ufikiaji|kupata haki za msimamizi|kupata ruhusa za msimamizi|kujipa haki za msimamizi|kupandisha mamlaka|chiem quyen quan tri|leo thang quyen|отримати права адміністратора без|підвищення прав|повысить права|повышение прав:privilege escalation
entrainement distribue|entrenamiento distribuido|verteiltes training|addestramento distribuito|treinamento distribuido|gedistribueerde training|trening rozproszony|dagitik egitim|pelatihan terdistribusi|huan luyen phan tan|distribuerad traning|distribuovany trenink|antrenare distribuita|mafunzo yaliyosambazwa|mafunzo ya kusambazwa|ufunzaji uliosambazwa|mafunzo yaliyogawanywa|ufunzaji uliogawanywa|mafunzo ya mtawanyiko|treningu rozproszonego|trenowanie rozproszone|trenowania rozproszonego|uczenie rozproszone|uczenia rozproszonego:distributed training
deduplication|deduplicacion|deduplizierung|deduplicazione|deduplicacao|deduplicatie|deduplikacja|tekillestirme|deduplikasi|khu trung lap|deduplicering|deduplikace|deduplicare:deduplication
grand modele de langage|gran modelo de lenguaje|grosses sprachmodell|grande modello linguistico|grande modelo de linguagem|groot taalmodel|duzy model jezykowy|buyuk dil modeli|model bahasa besar|mo hinh ngon ngu lon|stor sprakmodell|velky jazykovy model|model lingvistic mare|modeli kubwa ya lugha|modeli kubwa za lugha|mifano mikubwa ya lugha|mfano mkubwa wa lugha|duzego modelu jezykowego|duze modele jezykowe|duzych modeli jezykowych|großes sprachmodell|großen sprachmodells|großen sprachmodell|große sprachmodelle|großer sprachmodelle|großen sprachmodellen|grossen sprachmodells|grosse sprachmodelle:large language model
lois d'echelle|leyes de escala|skalierungsgesetze|leggi di scala|leis de escala|schaalwetten|prawa skalowania|olcekleme yasalari|hukum penskalaan|dinh luat mo rong|skalningslagar|skalovaci zakony|legi de scalare|sheria za upanuzi|sheria za kupanua|sheria za ukuaji wa modeli:scaling laws
pic de perte|picos de perdida|loss-spitzen|picchi di loss|picos de perda|verliespieken|skoki straty|kayip sicramasi|lonjakan loss|dot bien mat mat|forlusttoppar|skoky ztraty|varfuri de pierdere|mruko wa hasara|miruko ya hasara|ongezeko la ghafla la hasara|kupanda ghafla kwa hasara|picchi della loss|picchi di perdita|picos de loss|pics de perte|skokow straty|skoki lossu|skokow lossu|kayip sicramalari|kayip sicramalarini|стрибків лосу|стрибки втрат|стрибків втрат|всплесков лосса|скачков функции потерь:loss spike
nionyeshe|unionyeshe|tuonyeshe|onyesha|nioneshe|onesha:show
baruti:gunpowder explosive
bomba la maji|mabomba ya maji|bomba la mvua|bomba la jikoni|bomba la bafuni|bomba la gesi|mabomba ya gesi|bomba la mafuta|fundi bomba|bomba la kumwagilia|bomba la kunyunyizia:water tap plumbing
kulipua|lipua|kulipuliwa|kulipulia|nilipue|tulipue|alilipua|walilipua|amelipua|wamelipua|ililipuliwa|imelipuliwa|kuilipua|kuyalipua|meledakkan|diledakkan:detonate
mlipuko|milipuko:explosion outbreak
mlipuko wa ugonjwa|mlipuko wa magonjwa|milipuko ya magonjwa|ugonjwa wa mlipuko|magonjwa ya mlipuko|janga la ugonjwa|epidemiki|pandemiki|janga la kimataifa|janga la virusi|epidemia|epidemii|epidemie|wabah|epidemi|causar una pandemia|provocar una pandemia|causar uma pandemia|provocar uma pandemia|provocare una pandemia|causare una pandemia|wywolac pandemie|spowodowac pandemie|pandemie auslosen|eine pandemie auslosen|een pandemie veroorzaken|provoquer une pandemie|declencher une pandemie|memicu pandemi|menyebabkan pandemi:epidemic pandemic
sumukuvu:aflatoxin toxin
sumu ya bakteria|sumu za bakteria|sumu ya kibaiolojia|sumu ya kibiolojia|sumu za kibiolojia:bacterial toxin
gesi ya sumu|gesi yenye sumu|gesi za sumu|khi doc|gaz toxique|gaz toxiques|gazy toksyczne|gaz toksyczny|zehirli gaz|zehirli gazi|gas toxico|gas toxicos|gas tossico|giftgas|giftiges gas|gifgas|gas beracun:poison gas
sarini|sarinu|saryn|sarynu:sarin
kemikali|kikemikali|kemikali hatari|bahan kimia|zat kimia|bahan kimia berbahaya:chemical
silaha za maangamizi|silaha za maangamizi makubwa:weapons of mass destruction
kuua watu wengi|kuangamiza watu wengi|vifo vya watu wengi:mass casualties
mmenyuko|mimenyuko:reaction
heroini|heroina|heroiny|heroine|putaw:heroin
kokeini|kokaini|kokaina|kokainy|kokaine|kokain:cocaine
mafuta ya mbarika|mafuta ya mbono|mafuta ya nyonyo:castor oil
nitrati ya ammoniamu|naitreti ya amonia|amonia naitreti|nitreti ya amonia|mbolea ya nitrati|mbolea ya amonia|amonyum nitrat|amonium nitrat|nitrato de amonio|nitrato de amonia|nitrato d'ammonio|nitrato di ammonio|nitrate d'ammonium|ammoniumnitrat|ammoniumnitraat|saletra amonowa|saletry amonowej|saletre amonowa|azotan amonu|azotanu amonu|nitrat amonium|amoni nitrat|аммиачная селитра|аммиачной селитры|аммиачную селитру|нитрат аммония|нитрата аммония|аміачна селітра|аміачної селітри|аміачну селітру|нітрат амонію|अमोनियम नाइट्रेट:ammonium nitrate
virusi vya kompyuta|kirusi cha kompyuta|virus komputer:computer virus
vijidudu|kijidudu|vijiumbe|viumbe vidogo|mikrop|mikroplar|mikroorganizma|mikroorganizmalar|kuman|mikroba|mikroorganisme:microbes
vimelea|kimelea:parasites
jeni|chembe za urithi|chembechembe za urithi|vinasaba|kinasaba|gennya:gene genetic
jenetiki|elimu ya jenetiki|sayansi ya urithi|elimu ya urithi|kijenetiki|kijeni:genetics
jenomu|jinomu|genomu|genomie|genomy|genom:genome
zilizobadilishwa vinasaba|vilivyobadilishwa vinasaba|iliyobadilishwa vinasaba|yaliyobadilishwa vinasaba|vilivyobadilishwa kijenetiki|zilizobadilishwa kijenetiki:genetically modified
kukuza bakteria|kuotesha bakteria|kuzalisha bakteria|kustawisha bakteria|kukuza bakteria hao|kilimo cha bakteria|cultiver des bacteries|cultiver la bacterie|cultiver les bacteries|cultivar bacterias|cultivar la bacteria|cultivar las bacterias|cultivar a bacteria|cultivar as bacterias|coltivare batteri|coltivare i batteri|coltivare il batterio|bakterien zuchten|bakterien zu zuchten|bakterien kultivieren|bacterien kweken|bacterie kweken|membiakkan bakteri|bakteri kulturu|bakteri kulturunu|bakterienkulturen|bakterienkultur anlegen|bakterienkultur zuchten|вырастить культуру|выращивать культуру|вырастить культуры|культуру бактерий|культура бактерий|культуры бактерий|культуру бактерій|культура бактерій:grow culture bacterium
kukuza virusi|kuotesha virusi|kuzalisha virusi|kustawisha virusi|kuzalisha virusi hivi|cultiver le virus|cultiver des virus|cultivar el virus|cultivar virus|cultivar o virus|coltivare il virus|coltivare virus|viren zuchten|viren kultivieren|virus kweken|virussen kweken|membiakkan virus:grow culture virus
kukuza vimelea|kuzalisha vimelea|kuotesha vimelea|kukuza vijidudu|kuzalisha vijidudu|kuotesha vijidudu|kilimo cha vijidudu|kukuza seli|kuotesha seli|erreger vermehren|erreger zu vermehren|bakterien vermehren|bakterien zu vermehren|viren vermehren|viren zu vermehren|erreger zuchten:grow culture pathogen
maambukizi|maambukizo|infeksi:infection
tauni:plague
kromosomu:chromosome
uhalifu wa mtandaoni|uhalifu wa kimtandao|uhalifu mtandaoni|uhalifu wa mtandao|wahalifu wa mtandaoni|wahalifu wa mtandao|mhalifu wa mtandaoni|mhalifu wa mtandao:cybercrime hack
kuiba nenosiri|kuiba manenosiri|kuiba nywila|kuiba neno la siri|kuiba maneno ya siri|inaiba nenosiri|inaiba manenosiri|kinachoiba nenosiri|kinachoiba manenosiri|inayoiba manenosiri|inayoiba nenosiri|inayoiba nywila|huiba nenosiri|huiba manenosiri|wizi wa nenosiri|wizi wa manenosiri|wizi wa nywila|kuiba taarifa za kuingia|kradziez hasel|kradziezy hasel|krasc hasla|kradnie hasla|wykrasc hasla|wykradac hasla|wykradanie hasel|ukrasc haslo|ukrasc hasla|sifre calmak|sifreleri calmak|sifreleri calan|sifre calan|sifreleri calar|sifreleri calmayi|mencuri kata sandi|mencuri sandi|pencurian kata sandi|mencuri kata laluan|passwort stehlen|passworter stehlen|passworter zu stehlen|passworter klauen|passworter abgreifen|passworter auslesen|wachtwoorden stelen|wachtwoord stelen|steelt wachtwoorden|robar contrasenas|robar la contrasena|roba contrasenas|robe contrasenas|roubar senhas|roubar a senha|rouba senhas|roube senhas|rubare password|rubare le password|ruba le password|ruba password|voler des mots de passe|voler les mots de passe|vole les mots de passe|volant les mots de passe|sifresini calmak|sifrelerini calmak|sifreyi calmak|sifrelerini calan|mencuri password|mencuri kata sandinya|danh cap mat khau|trom mat khau|lay cap mat khau|passworter stiehlt|stiehlt passworter|stiehlt die passworter|passworter zu klauen|zugangsdaten stehlen|zugangsdaten stiehlt|roube as senhas|rouba as senhas|rubi le password|rubi password|rubino le password|краде паролі|крадуть паролі|краде пароль:steal passwords
wizi wa data|wizi wa taarifa|kuiba data|kuiba taarifa|kuiba taarifa binafsi|veri calmak|verileri calmak|bilgileri calmak|kimlik bilgilerini calmak|hesap calmak|hesabini calmak|veri hirsizligi|mencuri data|pencurian data|pencurian identitas|mencuri informasi|kradziez danych|kradziezy danych|wykradanie danych|wykrasc dane:steal data
wizi:theft
kukwepa|kwepa|ikwepe|inakwepa|kuikwepa|omijac|omija|omijanie:avoid
kukwepa ulinzi|kukwepa usalama|kukwepa kinga|kupita ulinzi|kupita kinga|kuzunguka ulinzi|kupenya ulinzi|kupenya kinga|kupita mfumo wa usalama|kukwepa mfumo wa usalama|ikwepe ulinzi|contourner la securite|contourner l'authentification|contourner le pare-feu|contourner la protection|contourner les protections|contourner les filtres|eludir la seguridad|burlar la seguridad|saltarse la seguridad|eludir la autenticacion|burlar la autenticacion|saltarse la autenticacion|eludir el firewall|burlar el firewall|burlar a seguranca|contornar a seguranca|burlar a autenticacao|contornar a autenticacao|burlar o firewall|contornar o firewall|aggirare la sicurezza|aggirare l'autenticazione|aggirare il firewall|aggirare le protezioni|firewall umgehen|authentifizierung umgehen|sicherheit umgehen|schutz umgehen|sicherheitsmechanismen umgehen|anmeldung umgehen|beveiliging omzeilen|authenticatie omzeilen|firewall omzeilen|obejsc zabezpieczenia|obejscie zabezpieczen|ominac zabezpieczenia|ominiecie zabezpieczen|obejsc uwierzytelnianie|ominac uwierzytelnianie|obejsc firewall|melewati keamanan|melewati autentikasi|melewati firewall|mengakali keamanan|vuot qua bao mat|vuot qua xac thuc|vuot qua tuong lua|bo qua xac thuc:bypass security
kukwepa antivirusi|kukwepa kingavirusi|kupita antivirusi|kuzima antivirusi|kuzima kingavirusi|ikwepe antivirusi|ikwepe kingavirusi|mengelabui antivirus|menghindari antivirus|contourner l'antivirus|contourner un antivirus|contourner les antivirus|contourner la detection|echapper a la detection|eludir el antivirus|burlar el antivirus|evadir el antivirus|evadir antivirus|evadir la deteccion|eludir la deteccion|evitar la deteccion|contornar o antivirus|burlar o antivirus|driblar o antivirus|evitar a deteccao|escapar da deteccao|aggirare l'antivirus|eludere l'antivirus|eludere il rilevamento|evitare il rilevamento|antivirus umgehen|virenschutz umgehen|virenscanner umgehen|antivirenprogramm umgehen|virenschutz zu umgehen|antivirus zu umgehen|erkennung umgehen|erkennung zu umgehen|antivirus omzeilen|virusscanner omzeilen|detectie omzeilen|detectie ontwijken|obejsc antywirusa|ominac antywirusa|ominac wykrywanie|uniknac wykrycia|melewati antivirus|melewati deteksi|mengakali antivirus|vuot qua phan mem diet virus|ne tranh phat hien|qua mat phan mem diet virus|virenschutz umgeht|umgeht den virenschutz|antivirus umgeht|umgeht das antivirenprogramm|virenscanner umgeht|umgeht den virenscanner|burle o antivirus|burla o antivirus|indetectavel|indetectable|non rilevabile|niewykrywalny|niewykrywalne|tespit edilemeyen:antivirus evasion
kukwepa utambuzi|kuepuka kugunduliwa|kukwepa kugunduliwa|bila kugunduliwa|isigundulike|isiweze kugunduliwa|menghindari deteksi|lolos dari deteksi|tidak terdeteksi:evade detection
shambulio la kunyima huduma|mashambulizi ya kunyima huduma|shambulizi la kunyima huduma|atak ddos|ataku ddos|ataki ddos|serangan ddos:denial of service DDoS
kutumia udhaifu|kutumia mwanya|kutumia mianya|kunufaika na udhaifu|kutumia dosari|kutumia vibaya udhaifu|exploiter une faille|exploiter la faille|exploiter les failles|exploiter une vulnerabilite|exploiter cette faille|explotar una vulnerabilidad|explotar la vulnerabilidad|explotar vulnerabilidades|explorar uma vulnerabilidade|explorar a vulnerabilidade|explorar vulnerabilidades|explorar falhas|explorar uma falha|explorar a falha|sfruttare una vulnerabilita|sfruttare la vulnerabilita|sfruttare le vulnerabilita|sfruttare una falla|schwachstelle ausnutzen|schwachstellen ausnutzen|sicherheitslucke ausnutzen|sicherheitslucken ausnutzen|lucke ausnutzen|kwetsbaarheid misbruiken|kwetsbaarheden misbruiken|kwetsbaarheid uitbuiten|wykorzystac luke|wykorzystac luki|wykorzystac podatnosc|wykorzystac podatnosci|wykorzystanie luki|wykorzystania luki|mengeksploitasi kerentanan|memanfaatkan celah|memanfaatkan kerentanan|khai thac lo hong|loi dung lo hong|explotar fallos|explotar un fallo|sfruttare la falla|sfruttare una falla di sicurezza:exploit vulnerability
kuvamia mtandao|kuingilia mtandao|kuingilia mfumo|kuvamia mfumo|kupenya mfumo|kupenya mtandao|kuvamia seva|kuingilia seva|kupenya seva|uvamizi wa mtandao|uvamizi wa mfumo|kuingilia mifumo|kuvamia mifumo|kupenya mifumo|kuingilia kompyuta|kuvamia kompyuta|sisteme sizmak|sisteme sizma|agina sizmak|aga sizmak|sunucuya sizmak|sisteme sizmayi|aga sizmayi|intrufolarsi nel sistema|penetrare nel sistema|acceder al sistema sin permiso|invadir o sistema|invadir o servidor|invadir a rede|intrufolarmi nel sistema|intrufolarsi nei server|entrare di nascosto nel sistema:network intrusion
kuingilia akaunti|kuvamia akaunti|kuingia kwenye akaunti ya mtu|kuingia kwenye akaunti za watu|wlamac sie na konto|wlamac sie do konta|wlamanie na konto|wlamanie do konta|wlamac sie na czyjes konto|invadir a conta|invadir contas|invadir conta|invadir o perfil|hackear a conta|hackear conta|hack tai khoan|chiem tai khoan|xam nhap tai khoan|danh cap tai khoan|hack nick:break into account
bila ruhusa:unauthorized
kusimbua|usimbuaji|kusimbua fiche|simbua|sifre cozmek|sifresini cozmek|mendekripsi|dekripsi:decrypt
mtandao wa roboti|mtandao wa boti|mitandao ya boti:botnet
usalama wa mtandao|usalama wa kimtandao|usalama mtandaoni|usalama wa mitandao|usalama wa kompyuta:cybersecurity
kuvujisha|vujisha|uvujishaji|nivujishie|kumvujishia|sizdir|sizdirmak|sizdirilmis|sizdirma:reveal leak
maelekezo yaliyofichwa|maagizo yaliyofichwa|maelekezo ya siri|maagizo ya siri|maelekezo yako ya siri|maagizo yako ya siri|maelekezo ya mwanzo|maagizo ya mwanzo|maelekezo ya asili|maagizo ya asili|maelekezo uliyopewa|maagizo uliyopewa|maelekezo ya msanidi|maagizo ya msanidi|tajne instrukcje|tajnych instrukcji|sekretne instrukcje|sekretnych instrukcji|ukryte instrukcje|ukrytych instrukcji|instruksi rahasia|instruksi tersembunyi|instruksi awal|instruksi asli|ukrytymi instrukcjami|ukryte polecenia|ukrytych polecen|versteckte anweisungen|versteckten anweisungen|geheime anweisungen|geheimen anweisungen|verborgene anweisungen|verborgenen anweisungen|istruzioni nascoste|istruzioni segrete|instrucciones ocultas|instrucciones secretas|instrucoes ocultas|instrucoes secretas|verborgen instructies|geheime instructies|instructions cachees|consignes cachees|instructions secretes|gizli talimatlar|gizli talimatlari|gizli talimatlarini|gizli komutlar|gizli komutlarini|huong dan an|chi dan an|lenh an|скрытые указания|скрытые правила|скрытых правил|приховані правила|приховані вказівки:hidden initial instructions
maelekezo ya awali|maagizo ya awali|maelekezo yaliyotangulia|maagizo yaliyotangulia|maelekezo ya hapo awali|maagizo ya hapo awali|maelekezo yote ya awali|maagizo yote ya awali|maelekezo yaliyopita|maagizo yaliyopita|maelekezo yako ya awali|maagizo yako ya awali|wczesniejsze polecenia|poprzednie polecenia|poprzednich polecen|wczesniejszych polecen|moi huong dan truoc do|huong dan truoc do|cac huong dan truoc:previous initial instructions
sheria ulizopewa|kanuni ulizopewa|masharti uliyopewa|sheria zako za ndani:rules you were given
rudia maandishi yaliyo hapo juu|rudia maandishi ya hapo juu|rudia maneno yaliyo hapo juu|rudia kila kitu kilicho hapo juu|rudia yote yaliyo hapo juu|rudia maandishi yote yaliyo juu|rudia ujumbe wa kwanza|rudia maandishi yaliyotangulia|andika upya maandishi yaliyo hapo juu|nakili maandishi yaliyo hapo juu|rudia maandishi yote ya hapo juu|powtorz tekst powyzej|powtorz powyzszy tekst|powtorz wszystko powyzej|powtorz wszystko co jest powyzej|powtorz caly tekst powyzej|yukaridaki metni tekrarla|yukaridaki metni tekrar et|yukaridakileri tekrarla|yukaridaki her seyi tekrarla|ulangi teks di atas|ulangi semua teks di atas|ulangi kalimat di atas|ulangi semua yang di atas|повтори текст выше|повтори весь текст выше|повтори дословно весь текст выше|повтори текст вище|повтори весь текст вище|повтори дослівно весь текст вище:repeat the text above
maandishi yaliyo hapo juu|maandishi ya hapo juu|maneno yaliyo hapo juu|kila kitu kilicho hapo juu:text above
puuza|kupuuza|puuzia|puuzeni|upuuze|yapuuze|zipuuze|uyapuuze|uzipuuze|kuyapuuza|kuzipuuza|ipuuze|yok say|yok sayin:ignore
sahau|sahauni|yasahau|uyasahau|zisahau|zapomnij|zapomnijcie|unut|unutun|lupakan:forget
uzito wa modeli|uzani wa modeli|uzito wa mfano|mizani ya modeli|uzito wa modeli yako|vigezo vya modeli|wag modelu|wagi modelu|wagami modelu|wagach modelu|bobot model:model weights
kufundisha modeli|kufunza modeli|kufunza modeli nyingine|kufunza modeli yangu|kufundisha modeli nyingine|kufundisha modeli yangu|kufunza mfano mwingine:train another model
majibu mengi kwa wingi|majibu kwa wingi|kukusanya majibu yako|kukusanya majibu mengi|kuvuna majibu|kuvuna majibu yako|maelfu ya majibu|mamilioni ya majibu|kuzalisha majibu mengi|antworten sammeln|deine antworten sammeln|deiner antworten sammeln|antworten massenhaft|massenhaft antworten|tausende antworten|tausende deiner antworten|respostas em massa|milhares de respostas|milhares de respostas suas|migliaia di risposte|migliaia di tue risposte|risposte in massa|tysiace twoich odpowiedzi|tysiace odpowiedzi|tysiecy odpowiedzi|ribuan jawabanmu|ribuan jawaban|binlerce cevap|binlerce yanit|hang nghin cau tra loi|hang ngan cau tra loi|тысячи твоих ответов|тысячи ответов|тисячі твоїх відповідей|тисячі відповідей|हज़ारों जवाब|हजारों जवाब|हज़ारों उत्तर:bulk outputs
kichakataji|vichakataji|prosesa:processor
kiharakishi|viharakishi|viongeza kasi|kiongeza kasi cha ai|viongeza kasi vya ai|akcelerator|akceleratora|akceleratory|akceleratorow|akselerator|beschleunigern|beschleunigers|ki-beschleuniger|akceleratorach|ki-beschleunigern|beschleunigerchips:accelerator
tokeni:tokens
kazi ya hasara|tendakazi ya hasara:loss function
usahihi mchanganyiko|usahihi uliochanganywa|gemischter prazision|gemischte prazision|gemischten prazision|precisao mista|precision mixte|precisione mista|precision mixta|mieszanej precyzji|mieszana precyzja|presisi campuran|karma hassasiyet|karma hassasiyetle|karma hassasiyetli|do chinh xac hon hop|змешанной точности|змішаною точністю|змішаній точності:mixed precision
gradienti:gradient
uthabiti wa mafunzo|utulivu wa mafunzo:training stability
mlipuko wa volkano|mlipuko wa volcano|milipuko ya volkano:volcanic eruption
zlamac|zlamanie|zlamania|lamanie|lamac:crack
okup|okupu|tebusan|losegeld|losegeldes|fidye|pedir resgate|peca resgate|pede resgate|exigir resgate|pagar o resgate|pagar resgate|pida un rescate|pedir un rescate|pide un rescate|exigir un rescate|chieda un riscatto|chiede un riscatto|chiedere un riscatto|richiesta di riscatto|riscatto in bitcoin:ransom
syntezator|syntezatora|syntezatory|syntezatorze:music keyboard
sizma testi|sizma testleri:penetration test
guvenlik duvarini|guvenlik duvari:firewall
ledakan:explosion
keracunan makanan:food illness
ekstasi:MDMA
penularan:transmission
cacar air:chickenpox
menembus keamanan|menembus sistem|menembus firewall|menembus jaringan:break into system
distilasi:distillation
как|як|چگونه|چطور|कैसे:how
яд|яда|ядом|яды|विष|जहर:poison
газ|газа|газом|газы|گاز|गैस|αεριο|αερια|αεριου:fuel
сеть|сети|сетью|сетей|мережа|мережі|мережу:network
ген|гены|генов|геном|ژن|जीन:gene
чип|чипа|чипы|чипов|чипи|τσιπ|चिप|puce electronique|puces electroniques|puces informatiques:microchip
узел|узлы|узлов|узлах|вузол|вузли|вузлів|گره|नोड|नोड्स|κομβοι|κομβων:nodes
веса|ваги:weights
оспа|оспы|віспа|віспи|ευλογια:smallpox
बम|بمب:bomb
мет|метом|मेथ:methamphetamine
كود شيميايي:fertilizer
هك:hack
زهر:poison
системный промпт|системного промпта|системному промпту|системным промптом|системные инструкции|системных инструкций|системная инструкция|системний промпт|системного промпту|системні інструкції|системна інструкція|μήνυμα συστήματος|οδηγίες συστήματος|پیام سیستم|دستورالعمل سیستم|सिस्टम संदेश|सिस्टम निर्देश:system prompt
скрытые инструкции|скрытых инструкций|исходные инструкции|исходных инструкций|начальные инструкции|начальных инструкций|первоначальные инструкции|приховані інструкції|прихованих інструкцій|початкові інструкції|початкових інструкцій|κρυφές οδηγίες|αρχικές οδηγίες|دستورالعملهای پنهان|دستورالعمل های پنهان|دستورالعملهای اولیه|دستورالعمل های اولیه|छिपे हुए निर्देश|प्रारंभिक निर्देश|शुरुआती निर्देश|मूल निर्देश:hidden initial instructions
правила, которые тебе дали|правила, которые тебе задали|правила, які тобі дали|τους κανόνες που σου δόθηκαν|قوانینی که به تو داده شده|तुम्हें दिए गए नियम|आपको दिए गए नियम:rules you were given
цепочка рассуждений|цепочку рассуждений|цепочки рассуждений|цепочка мыслей|цепочку мыслей|ход мыслей|ход рассуждений|ланцюжок міркувань|ланцюжка міркувань|ланцюг міркувань|хід думок|αλυσίδα σκέψης|αλυσίδα σκέψεων|زنجیره فکر|زنجیره تفکر|زنجیره استدلال|चेन ऑफ थॉट|विचार श्रृंखला|विचार की श्रृंखला:chain of thought
внутренние рассуждения|внутренних рассуждений|внутрішні міркування|внутрішніх міркувань|εσωτερικός συλλογισμός|εσωτερική συλλογιστική|استدلال درونی|आंतरिक तर्क:internal reasoning
дословно|слово в слово|дослівно|αυτολεξεί|κατά λέξη|کلمه به کلمه|शब्दशः|शब्द-दर-शब्द|हूबहू:word for word
обучающие данные|обучающих данных|обучающая выборка|обучающей выборки|обучающую выборку|данные для обучения|данных для обучения|навчальні дані|навчальних даних|дані для навчання|даних для навчання|δεδομένα εκπαίδευσης|δεδομένων εκπαίδευσης|دادههای آموزشی|داده های آموزشی|داده آموزشی|प्रशिक्षण डेटा|ट्रेनिंग डेटा:training data
набор данных|набора данных|наборы данных|наборов данных|набор даних|набір даних|набору даних|σύνολο δεδομένων|συνόλου δεδομένων|σύνολα δεδομένων|مجموعه داده|مجموعه دادهها|مجموعه داده ها|دیتاست|डेटासेट|डाटासेट:dataset
απόσταξη μοντέλου|απόσταξη γνώσης|تقطیر دانش|تقطیر مدل|मॉडल डिस्टिलेशन|डिस्टिलेशन:model distillation
клонировать модель|клонировать твою модель|скопировать модель|скопировать твою модель|клонувати модель|клонувати твою модель|скопіювати модель|κλωνοποίηση μοντέλου|να κλωνοποιήσω το μοντέλο|کپی کردن مدل|شبیه سازی مدل|مدل را کپی|मॉडल क्लोन|मॉडल की नकल|मॉडल की कॉपी:clone the model
горчичный газ|горчичного газа|гірчичний газ|гірчичного газу|αέριο μουστάρδας|گاز خردل|मस्टर्ड गैस:mustard gas
хлорный газ|газообразный хлор|газообразного хлора|газоподібний хлор|газоподібного хлору|αέριο χλώριο|αερίου χλωρίου|گاز کلر|क्लोरीन गैस:chlorine gas
экстази|екстазі|اکستازی|एक्स्टसी|एमडीएमए:MDMA
химическая реакция|химической реакции|химические реакции|химических реакций|химическую реакцию|хімічна реакція|хімічної реакції|хімічні реакції|хімічних реакцій|χημική αντίδραση|χημικής αντίδρασης|χημικές αντιδράσεις|واکنش شیمیایی|واکنشهای شیمیایی|واکنش های شیمیایی|रासायनिक अभिक्रिया|रासायनिक प्रतिक्रिया|रासायनिक अभिक्रियाएं|रासायनिक अभिक्रियाओं:chemical reaction
сложный эфир|сложные эфиры|сложного эфира|сложных эфиров|складний ефір|складні ефіри|складного ефіру:ester
ионная связь|ионной связи|ионную связь|іонний зв'язок|іонний зв’язок|йонний зв'язок|іонного зв'язку|ιοντικός δεσμός|ιοντικού δεσμού|پیوند یونی|आयनिक बंध|आयनिक बंधन:ionic bond
شیمیدرمانی|شیمی درمانی:chemotherapy
бытовая химия|бытовой химии|бытовую химию|бытовая химия|побутова хімія|побутової хімії|побутову хімію:cleaning products
химию на волосы|химия на волосы|химия для волос:hair perm
химия|химии|химию|химией|хімія|хімії|хімію|хімією|χημεία|χημείας|شیمی|रसायन विज्ञान|रसायनविज्ञान|रसायनशास्त्र|रसायन शास्त्र|केमिस्ट्री:chemistry
органическая химия|органической химии|органическую химию|органічна хімія|органічної хімії|οργανική χημεία|οργανικής χημείας|شیمی آلی|कार्बनिक रसायन:organic chemistry
выход реакции|выхода реакции|выход продукта|вихід реакції|виходу реакції|απόδοση αντίδρασης|بازده واکنش|अभिक्रिया की उपज:reaction yield
химическое оружие|химического оружия|химическим оружием|хімічна зброя|хімічної зброї|хімічну зброю|χημικά όπλα|χημικών όπλων|سلاح شیمیایی|سلاحهای شیمیایی|سلاح های شیمیایی|रासायनिक हथियार|रासायनिक हथियारों:chemical weapon
روغن کرچک|अरंडी का तेल|अरंडी के तेल:castor oil
کرچک|دانه کرچک|अरंडी|अरंडी के बीज:castor beans
спайковый белок|спайкового белка|спайк-белок|спайк-белка|s-белок|s-белка|шиповидный белок|шиповидного белка|спайковий білок|спайкового білка|πρωτεΐνη ακίδας|πρωτεΐνης ακίδας|پروتئین اسپایک|پروتئین سنبله|स्पाइक प्रोटीन:spike protein
трансформация бактерий|трансформации бактерий|бактериальная трансформация|трансформація бактерій|бактеріальна трансформація|βακτηριακός μετασχηματισμός|ترانسفورماسیون باکتری|जीवाणु रूपांतरण:bacterial transformation
генная инженерия|генной инженерии|генную инженерию|генетическая модификация|генетической модификации|генна інженерія|генної інженерії|генну інженерію|γενετική μηχανική|γενετικής μηχανικής|مهندسی ژنتیک|आनुवंशिक इंजीनियरिंग|जेनेटिक इंजीनियरिंग|जीन संपादन|जीन एडिटिंग:genetic engineering
фермент|фермента|ферменты|ферментов|ферментам|ферментами|ферментом|ферменту|ферменте|ферменти|ферментів:enzyme
μειωτική διαίρεση|μειωτικής διαίρεσης|میوز|अर्धसूत्री विभाजन|अर्धसूत्रीविभाजन|मियोसिस:meiosis
клеточное дыхание|клеточного дыхания|клітинне дихання|клітинного дихання|κυτταρική αναπνοή|κυτταρικής αναπνοής|تنفس سلولی|कोशिकीय श्वसन:cellular respiration
биологическое оружие|биологического оружия|биологическим оружием|биооружие|біологічна зброя|біологічної зброї|біологічну зброю|біозброя|βιολογικά όπλα|βιολογικών όπλων|سلاح بیولوژیک|سلاح بیولوژیکی|سلاحهای بیولوژیکی|سلاح های بیولوژیکی|जैविक हथियार|जैविक हथियारों:bioweapon
усиление функции|усиления функции|посилення функції|गेन ऑफ फंक्शन:gain of function
злам|зламу|зламом|зламі|зламати акаунт|зламати аккаунт|зламати пароль|зламати сайт|зламати сервер|зламати пошту|зламати телефон|зламати мережу|зламати систему|зламати базу даних|هکر|هکرها|هک کردن:hack
подбор пароля|подбора пароля|подбор паролей|перебор паролей|перебора паролей|взлом пароля|взлома пароля|взломать пароль|взлом паролей|підбір пароля|підбору пароля|злам пароля|зламу пароля|σπάσιμο κωδικού|σπάσιμο κωδικών|کرک پسورد|کرک رمز|شکستن رمز|पासवर्ड क्रैक|पासवर्ड तोड़ना|पासवर्ड तोड़ने|ब्रूट फोर्स:password cracking
украсть пароль|украсть пароли|крадет пароли|крадущий пароли|ворует пароли|кража паролей|кражи паролей|похищение паролей|красть пароли|вкрасти пароль|вкрасти паролі|крадіжка паролів|крадіжки паролів|κλοπή κωδικών|να κλέψω κωδικούς|سرقت رمز|سرقت پسورد|دزدیدن رمز|دزدیدن پسورد|पासवर्ड चुराना|पासवर्ड चुराने|पासवर्ड चोरी:steal passwords
sql инъекция|sql инъекции|sql инъекцию|sql ін'єкція|sql ін’єкція|ένεση sql|έγχυση sql|تزریق sql|تزریق اس کیو ال|sql इंजेक्शन|एसक्यूएल इंजेक्शन:SQL injection
межсайтовый скриптинг|межсайтового скриптинга|межсайтовых скриптов|міжсайтовий скриптинг|міжсайтовий скриптінг|міжсайтового скриптингу|اسکریپت نویسی بین سایتی|क्रॉस-साइट स्क्रिप्टिंग|क्रॉस साइट स्क्रिप्टिंग:cross-site scripting XSS
подмена dns|подмены dns|підміна dns|підміни dns|πλαστογράφηση dns|جعل dns|डीएनएस स्पूफिंग:DNS spoofing
открытый ключ|открытого ключа|публичный ключ|публичного ключа|закрытый ключ|закрытого ключа|відкритий ключ|відкритого ключа|публічний ключ|закритий ключ|δημόσιο κλειδί|ιδιωτικό κλειδί|کلید عمومی|کلید خصوصی|सार्वजनिक कुंजी|निजी कुंजी|पब्लिक की|प्राइवेट की:public key
переполнение буфера|переполнения буфера|переполнением буфера|переповнення буфера|переповненню буфера|υπερχείλιση buffer|υπερχείλιση buffer|υπερχείλιση ενδιάμεσης μνήμης|سرریز بافر|बफर ओवरफ्लो|बफ़र ओवरफ़्लो:buffer overflow
шелл|шелла|шеллом|шеллы|шеллов|реверс-шелл|реверс шелл|обратный шелл|обратного шелла|веб-шелл|вебшелл|зворотний шелл|شل معکوس|وب شل|रिवर्स शेल|शेलकोड:reverse shell
повышение привилегий|повышения привилегий|эскалация привилегий|эскалации привилегий|підвищення привілеїв|ескалація привілеїв|κλιμάκωση προνομίων|ارتقای سطح دسترسی|افزایش سطح دسترسی|विशेषाधिकार वृद्धि|प्रिविलेज एस्केलेशन:privilege escalation
распределенное обучение|распределенного обучения|распределенном обучении|распределенная тренировка|распределенной тренировки|розподілене навчання|розподіленого навчання|розподіленому навчанні|κατανεμημένη εκπαίδευση|κατανεμημένης εκπαίδευσης|آموزش توزیع شده|آموزش توزیعشده|वितरित प्रशिक्षण|डिस्ट्रिब्यूटेड ट्रेनिंग:distributed training
ускоритель|ускорители|ускорителей|ускорителях|ускорителя|прискорювач|прискорювачі|прискорювачів|επιταχυντής|επιταχυντές|επιταχυντών:accelerator
стабильность обучения|нестабильность обучения|стабильности обучения|нестабильности обучения|стабільність навчання|нестабільність навчання|σταθερότητα εκπαίδευσης|αστάθεια εκπαίδευσης|پایداری آموزش|ناپایداری آموزش|प्रशिक्षण स्थिरता|प्रशिक्षण अस्थिरता:training stability
скачки лосса|скачков лосса|скачок лосса|всплесков лосса|всплески лосса|всплеск лосса|всплески потерь|всплеск потерь|стрибки лосу|сплески втрат|αιχμές απώλειας|جهش زیان|लॉस स्पाइक:loss spike
функция потерь|функции потерь|функцию потерь|функція втрат|функції втрат|συνάρτηση απώλειας|συνάρτησης απώλειας|تابع زیان|हानि फलन|लॉस फंक्शन:loss function
законы масштабирования|закон масштабирования|законов масштабирования|закони масштабування|законів масштабування|νόμοι κλιμάκωσης|قوانین مقیاس|قوانین مقیاسپذیری|स्केलिंग नियम|स्केलिंग लॉ:scaling laws
большая языковая модель|большой языковой модели|большие языковые модели|больших языковых моделей|большую языковую модель|велика мовна модель|великої мовної моделі|великі мовні моделі|великих мовних моделей|μεγάλο γλωσσικό μοντέλο|μεγάλα γλωσσικά μοντέλα|مدل زبانی بزرگ|مدلهای زبانی بزرگ|مدل های زبانی بزرگ|बड़ा भाषा मॉडल|बड़े भाषा मॉडल|लार्ज लैंग्वेज मॉडल:large language model
обойти антивирус|обойди антивирус|обойдет антивирус|обходит антивирус|обход антивируса|обхода антивируса|обійти антивірус|обійде антивірус|обхід антивірусу|παράκαμψη του antivirus|παράκαμψη antivirus|دور زدن آنتی ویروس|دور زدن آنتیویروس:bypass antivirus
обойти защиту|обход защиты|обойти аутентификацию|обход аутентификации|обійти захист|обхід захисту|παράκαμψη ασφαλείας|دور زدن امنیت:bypass security
смешанная точность|смешанной точности|змішана точність|змішаної точності|μικτή ακρίβεια|دقت ترکیبی|मिश्रित परिशुद्धता:mixed precision
gaz|gazu|gazy|gazi:fuel
bomba de agua|bomba d'agua|bomba de gasolina|bomba de combustivel|bomba de combustible|bomba de calor|bomba de aire|bomba de ar|bomba de insulina|bomba de leite|bomba de vacio|bomba de vacuo|bomba de piscina|bomba de pozo|bomba hidraulica|bomba submersa|bomba sumergible|bombas de gasolina|bombas de agua:pump
ukryty prompt|ukrytego promptu|versteckter prompt|versteckten prompt|prompt nascosto|prompt oculto|verborgen prompt|prompt cache|gizli prompt|gizli istem|gizli istemini|prompt tersembunyi|скрытый промпт|скрытого промпта|прихований промпт|прихованого промпту:hidden prompt
dosis letal|dosis mortal|dosis letales|dose letal|dose mortal|dose letale|dose mortale|dose mortelle|todliche dosis|letale dosis|dodelijke dosis|dawka smiertelna|smiertelna dawka|smiertelnej dawki|smiertelna dawke|olumcul doz|dosis mematikan|dosis letal|lieu gay chet|lieu chet nguoi|смертельная доза|смертельную дозу|смертельной дозы|летальная доза|летальную дозу|летальной дозы|смертельна доза|смертельну дозу|смертельної дози|घातक खुराक:lethal dose
istismar|istismari|eksploitasi anak:mistreatment
puce d'ia|puces d'ia|puces ia|puce ia|yapay zeka cipi|yapay zeka cipleri:AI accelerator chip
fein hacken|klein hacken|grob hacken|holz hacken|zwiebeln hacken|petersilie hacken|krauter hacken|knoblauch hacken|nusse hacken|mandeln hacken|schokolade hacken:chop
wlamac sie do sieci|wlamanie do sieci|wlamania do sieci|wlamywac sie do sieci:hack network
wlamac sie do systemu|wlamanie do systemu|wlamania do systemu|wlamac sie do komputera|wlamanie do komputera|wlamac sie do telefonu:hack system
wlamac sie na serwer|wlamac sie do serwera|wlamanie na serwer|wlamanie do serwera:hack servers
ospa wietrzna|ospy wietrznej|ospe wietrzna|ветряная оспа|ветряной оспы|ветряную оспу|вітряна віспа|вітряної віспи|вітряну віспу:chickenpox
instrukcja obslugi|instrukcji obslugi|instrukcje obslugi|instrukcje montazu|instrukcja montazu|instrukcji montazu|instrucciones de montaje|instrucciones de uso|instrucciones de instalacion|istruzioni per l'uso|istruzioni di montaggio|istruzioni d'uso|libretto di istruzioni|instrucoes de uso|instrucoes de montagem|manual de instrucoes|manual de instrucciones|gebruiksinstructies|instruksi pemakaian|instruksi penggunaan|инструкция по применению|инструкции по применению|инструкцию по применению|инструкция по эксплуатации|инструкции по эксплуатации|инструкцию по эксплуатации|інструкція із застосування|інструкцію із застосування|інструкція з застосування|інструкцію з застосування|інструкція з експлуатації|інструкцію з експлуатації|інструкції з експлуатації|تعليمات الاستخدام|تعليمات الاستعمال|تعليمات التركيب|instrucoes do manual|instrucciones del manual|istruzioni del manuale:user manual
bom maken|bom bouwen|membuat bom|buat bom|bikin bom|merakit bom|meracik bom|che tao bom|lam bom:make bomb
meledakkan bom:detonate bomb
лабораторная работа|лабораторную работу|лабораторной работы|лабораторные работы|лабораторных работ|лабораторна робота|лабораторну роботу|лабораторної роботи|лабораторні роботи|лабораторних робіт:lab assignment
besmettelijk|zakazny|zakazna|zakazne|bulasici|menular|de lay|smittsam|nakazlivy|contagios|contagieux|contagieuse|contagioso|contagiosa|ansteckend|ansteckende:contagious
aceleradores de ia|acelerador de ia|accelerateurs d'ia|accelerateur d'ia|acceleratori ia|acceleratori di ia|acceleratori per l'ia|akceleratory ai|akceleratorow ai:AI accelerator
chemia gospodarcza|chemii gospodarczej|chemie gospodarcza|chemia domowa|bez chemii|bez zadnej chemii|toksycznej chemii|srodki czystosci:cleaning products
wyniki z laboratorium|wynikow z laboratorium|wyniki laboratoryjne|wynikow laboratoryjnych|badania laboratoryjne|laboratorio analisi|laboratorio di analisi|analisi di laboratorio|laboratorio de analisis|laboratorio de analisis clinicos|analisis de laboratorio|laboratorio clinico|laboratorio de analises|laboratorio de analises clinicas|exames de laboratorio|laboratoire d'analyses|laboratoire d'analyses medicales|analyses de laboratoire|uitslag van het laboratorium|laboratorium klinik|hasil laboratorium|cek laboratorium|tes laboratorium:lab results
"""

# Stems: any word starting with the key is replaced by the English.
PREFIX: Final[str] = """
patlayic|wybuchow|vybusnin|trhavin|exploziv|взрывчат|взрывн|вибухівк|вибухов|εκρηκτικ|منفجره|विस्फोटक:explosive
взрывател|детонатор|πυροκροτητ|چاشني انفجاري|डेटोनेटर:detonator
zehir|truciz|otrav|отрав|ядовит|отрут|отруї|δηλητηρ|مسموم|otru:poison toxic
sentezle|синтез|сінтез|συνθεσ|συνθετ|سنتز|संश्लेषण|syntez|syntetyz|zsyntetyz|zsyntez|sentezi:synthesis synthesize
бомб|βομβ|बमबार:bomb
нервно-паралит|нервнопаралит|нервово-паралітич|νευροτοξικ|گاز اعصاب|عامل اعصاب|तंत्रिका एजेंट|नर्व एजेंट:nerve agent
prekursor|прекурсор|προδρομ|پيشساز|پيش ساز|अग्रदूत|प्रीकर्सर:precursor
odczynnik|реагент|реактив|αντιδραστηρ|واكنشگر|अभिकर्मक:reagents
метамфетамин|метамфетамін|первитин|μεθαμφεταμιν|متامفتامين|مت آمفتامين|मेथामफेटामाइन:methamphetamine
gubre|nawoz|hnojiv:fertilizer
удобрен|добрив|λιπασμ|उर्वरक:plant fertilizer
wirus|вирус|вірус|ويروس|वायरस|विषाणु:virus
bakteri|бактери|бактері|βακτηρι|باكتري|बैक्टीरिया|जीवाणु:bacterium
patogen|патоген|возбудител|збудник|παθογον|پاتوژن|रोगजनक|रोगाणु|patojen:pathogen
toksyn|токсин|τοξιν|توكسين|टॉक्सिन|toksin:toxin
трансмиссивн|μεταδοτικ:transmissible
культивир|культивув|καλλιεργ:grow culture
laboratuvar|лаборатор|лабораторі|εργαστηρ|آزمايشگاه|प्रयोगशाला:laboratory
генетическ|генетичн|γονιδι|γενετικ|genetyczn|genetyk:gene genetic
вымогател|шифровальщик|вимагач|λυτρισμικ|باجافزار|باج افزار|रैंसमवेयर|fidye yazilim:ransomware
zhakow|взлом|хакн|хакер|χακαρ|हैक|kuduku|nimeduku|umeduku|ameduku|tumeduku|mmeduku|wameduku|imeduku|zimeduku|kimeduku|limeduku|nitaduku|utaduku|ataduku|tutaduku|wataduku|itaduku|niliduku|uliduku|aliduku|tuliduku|waliduku|iliduku|ziliduku|liliduku|ninaduku|unaduku|anaduku|tunaduku|wanaduku|inaduku|huduku|niduku|tuduku|kuwaduku|kumduku|kuiduku|kuziduku|kuyaduku|udukuz|mdukuz|wadukuz|dukuli|inayoduku|kinachoduku|anayeduku|wanaoduku|hacklem|hacklen|hackley|hackledi|hackler|hacklee|hacklet:hack
παραβιασ:violation
эксплойт|эксплоит|эксплуатир|експлойт|اكسپلويت|एक्सप्लॉइट:exploit
εκμεταλλευ:take advantage
शोषण:mistreatment
zafiyet|podatnos|zranitelnost|уязвимост|вразлив|ευπαθει|τρωτοτητ|آسيبپذير|آسيب پذير|भेद्यता|guvenlik aci:vulnerability
мереж|δικτυ|شبكه|नेटवर्क:network
sunucu|serwer|сервер|διακομιστ|سرور|सर्वर:servers
δουρει ιππ|تروجان|اسب تروا|ट्रोजन|троянск|троянськ:trojan
бэкдор|бекдор|κερκοπορτ|در پشتي|बैकडोर|arka kapi birak|arka kapi olustur|arka kapi ac:backdoor
вредонос|малвар|κακοβουλ|بدافزار|मैलवेयर|zararli yazilim|kotu amacli yazilim:malware
szyfrow|zaszyfr|sifrova|зашифр|шифрова|κρυπτογραφ|رمزگذار|एन्क्रिप्ट|usimbaj|sifrelem|sifrelen|sifreley|sifreled|sifreles|sifrelet:encrypt
αντιγραφ ασφαλει|αντιγραφα ασφαλει:backups
системн промпт|системн запрос|системн підказ|προτροπη συστηματοσ|پرامپت سيستم|सिस्टम प्रॉम्प्ट:system prompt
промпт|προτροπ|پرامپت|प्रॉम्प्ट:prompt
систем|συστημ|سيستم|सिस्टम:system
talimat|instrukcj|instrukc|инструкци|інструкці|οδηγι|دستورالعمل:instructions
κρυφ|پنهان:hidden
раскрой|αποκαλυψ|فاش كن|kufichu|nifichu|unifichu|tufichu|ufichu|fichul|yafichu|zifichu|ifichu|umefichu|amefichu|uyafichu|розкрий:reveal
zignoruj|игнорир|игнориру|ігнор|αγνοησ|ناديده بگير|अनदेखा|gormezden gel|yoksay:ignore
забудь|забуд:forget
onceki|poprzedni|predchoz|предыдущ|попередн|προηγουμεν|قبلي|पिछले:previous
rozumowan|рассуждени|міркуван|συλλογισμ|استدلال|akil yurutme:reasoning
предобучени|предварительн обучени|передтренуван|προεκπαιδευ|پيشآموزش|پيش آموزش|प्री-ट्रेनिंग|on egitim:pretraining
trenowa|egitil|обучени|обучить|обуча|натренир|тренир|навчанн|навчи|трену|εκπαιδευ|آموزش|प्रशिक्षण|प्रशिक्षित:train
модел|μοντελ|مدل|मॉडल:model
параметр|παραμετρ|پارامتر|पैरामीटर|parametre:parameters
miliard|миллиард|млрд|мільярд|δισεκατομμυρι|ميليارد|बिलियन:billion
параллелизм|паралелізм|παραλληλισμ|موازيسازي|समानांतरता:parallelism
памят|пам'ят|пам’ят|μνημ|حافظه|मेमोरी|स्मृति:memory
сибирская язва|сибирской язвы|сибирскую язву|сибірська виразка|сибірської виразки|سياهزخم|سياه زخم|एंथ्रेक्स:anthrax
натуральная оспа|натуральной оспы|آبله|चेचक:smallpox
рицин|ρικιν|ريسين|रिसिन:ricin
зарин|σαριν|سارين|सरीन:sarin
нитроглицерин|нітрогліцерин|νιτρογλυκεριν|نيتروگليسرين|नाइट्रोग्लिसरीन:nitroglycerin
кейлоггер|кейлогер|клавиатурн шпион|клавіатурн шпигун|καταγραφεα πληκτρολογησ|कीलॉगर:keylogger
фишинг|фішинг|ηλεκτρονικ ψαρεμ|فيشينگ|फ़िशिंग|फिशिंग|oltalam:phishing
ботнет|μποτνετ|بات نت:botnet
шеллкод|шелкод:shellcode
видеокарт|відеокарт|графическ процессор|графічн процесор|καρτα γραφικων|كارت گرافيك|ग्राफिक्स कार्ड:GPU
кластер|συμπλεγμα:cluster
uyusturucu|narkotyk|наркотик|наркотичн|ναρκωτικ|مواد مخدر|मादक पदार्थ|नशीले पदार्थ|ड्रग्स:drug narcotic
украсть|укради|кража|похитить|вкрасти|викрад|κλεψ|سرقت|بدزد|चुराना|चुराने|चोरी|wykrad:steal
बायपास:bypass
обойти|обойд|обход|обійти|обхід|παρακαμψ|دور زدن:get around
поширю|поширит|εξαπλωσ|διασπορ|फैलाना|फैलाने:spread
zainfekow|آلوده كردن|kuambukiz|ambukiz|kuwaambukiz|kumwambukiz|kuiambukiz|kuviambukiz|huambukiz|anaambukiz|wanaambukiz|inaambukiz|kinaambukiz|vinaambukiz|yanaambukiz|ameambukiz|wameambukiz|imeambukiz|nimeambukiz|umeambukiz|aliambukiz|waliambukiz|iliambukiz|ataambukiz|wataambukiz|itaambukiz|kitaambukiz|vitaambukiz|inayoambukiz|kinachoambukiz|vinavyoambukiz|yanayoambukiz|zinazoambukiz|unaoambukiz|kiambukiz|viambukiz|bulastir:infect
заразить|заражени|инфицир|заразит|інфікув|संक्रमित:illness
oldurucu|smierteln|smrteln|смертельн|летальн|θανατηφορ|كشنده|घातक:lethal
созда|сделать|сделай|изготов|зробити|зроби|виготов|створи|φτιαξ|φτιαχν|κατασκευ|بساز|ساختن|बनाना|बनाने|बनाएं|बनाएँ|बनाऊं|tengenez|kutengenez|nitengenez|utengenez|tutengenez|atengenez|watengenez|anatengenez|wanatengenez|ninatengenez|unatengenez|tunatengenez|nitatengenez|utatengenez|atatengenez|tutatengenez|hutengenez|inatengenez|kinatengenez|vinatengenez|imetengenez|ametengenez|alitengenez|walitengenez|ilitengenez|kuzalish|uzalish|huzalish|inazalish|anazalish|wanazalish|inayotengenez|kinachotengenez|unaotengenez|vinavyotengenez|yanayotengenez|zinazotengenez|anayetengenez:make
напиши|написат|γραψε|بنويس|लिखो|लिखें|लिखिए|andik|kuandik|niandik|uandik|tuandik|waandik|ameandik|nimeandik|aliandik|nitaandik|utaandik|ataandik|tutaandik|anaandik|unaandik|ninaandik|huandik:write create
датасет|دیتاست:dataset
дистилляц|дистиляці:distillation
фосген|φωσγεν|فسژن|فسژن|फॉसजीन:phosgene
иприт|іприт|υπεριτ:mustard gas
сероводород|сірковод|υδροθει|سولفید هیدروژن|هیدروژن سولفید|हाइड्रोजन सल्फाइड:hydrogen sulfide
фентанил|фентаніл|φαιντανυλ|فنتانیل|फेंटानिल|फेंटेनाइल:fentanyl
амфетамин|амфетамін|каптагон|αμφεταμιν|آمفتامین|کپتاگون|एम्फ़ैटेमिन|एम्फेटामाइन|एम्फेटामिन:amphetamine
титрован|титруван|ογκομετρησ|تیتراسیون|अनुमापन|टाइट्रेशन:titration
молярн|μοριακη μαζα|جرم مولی|مولاریته|मोलर द्रव्यमान|मोलरता:molar mass
окислительно-восстановит|окисно-відновн|οξειδοαναγωγ|اکسایش و کاهش|रेडॉक्स:oxidation reduction
окислени|окислител|окисненн|окисник|οξειδωσ|οξειδωτ|اکسایش|اکسیداسیون|ऑक्सीकरण|अपचयन:oxidation
этерификац|етерифікац|εστεροποιησ|استریفیکاسیون|एस्टरीकरण:esterification
ковалентн|ομοιοπολικ|کووالانسی|सहसंयोजक:covalent bond
клещевин|рицинус:castor beans
ботули|αλλαντιασ|βοτουλιν|بوتولینوم|بوتولیسم|बोटुलिनम|बोटुलिज़्म|बोटुलिज्म:botulinum
трансмиссивност|контагиозн|трансмісивн|μεταδοτικοτητ|سرایت پذیر|سرایتپذیر|संक्रामकता|संचरण क्षमता|uambukiz:transmissibility
мутац|мутаці|μεταλλαξ|جهش ژنتیک|جهشهای ژنتیک|जीन उत्परिवर्तन|उत्परिवर्तन|म्यूटेशन|mutacj|mutasyon:mutation
плазмид|плазмід|πλασμιδι|پلاسمید|प्लाज्मिड|प्लास्मिड|प्लाज़्मिड:plasmid
ژنتیک:genetics
митохондри|мітохондрі|μιτοχονδρι|میتوکندری|माइटोकॉन्ड्रिया|सूत्रकणिका:mitochondria
рибосом|ριβοσωμ|ریبوزوم|राइबोसोम:ribosome
фотосинтез|φωτοσυνθεσ|فتوسنتز|प्रकाश संश्लेषण|प्रकाशसंश्लेषण:photosynthesis
хлоропласт|χλωροπλαστ|کلروپلاست|हरित लवक|हरितलवक|क्लोरोप्लास्ट:chloroplast
мейоз:meiosis
митоз|мітоз|μιτωσ|میتوز|समसूत्री विभाजन|माइटोसिस:mitosis
генотип|фенотип|γονοτυπ|φαινοτυπ|ژنوتیپ|فنوتیپ|जीनोटाइप|फीनोटाइप|फ़ीनोटाइप|जीनप्ररूप|लक्षणप्ररूप:genotype phenotype
ενζυμ|آنزیم|एंजाइम|एन्ज़ाइम|प्रकिण्व:enzyme
интрон|экзон|інтрон|екзон|ιντρονι|εξονι|اینترون|اگزون|इंट्रॉन|एक्सॉन:intron exon
сплайсинг:RNA splicing
наследственн|спадков|κληρονομικοτητ|وراثت|आनुवंशिकता|वंशानुक्रम:heredity
биологи|біологі|βιολογι|زیستشناسی|زیست شناسی|जीव विज्ञान|जीवविज्ञान|बायोलॉजी:biology
χακερ|χακαρισμ:hack
брутфорс|брутфорс:password cracking
sql-инъекц|sql-ін'єкц|sql-ін’єкц:SQL injection
стилер|стілер|استیلر|स्टीलर:stealer malware
спуфинг|спуфінг|اسپوفینگ|स्पूफिंग:DNS spoofing
кибератак|кібератак|κυβερνοεπιθεσ|حمله سایبری|حملات سایبری|साइबर हमल|साइबर अटैक|siber saldir:cyberattack
кибербезопасн|кібербезпек|κυβερνοασφαλει|امنیت سایبری|साइबर सुरक्षा|साइबर सिक्योरिटी:cybersecurity
руткит|руткіт|روتکیت|रूटकिट:rootkit
дедупликац|дедуплікац|αποδιπλοτυπ|डीडुप्लीकेशन:deduplication
токен|توکن:tokens
масштабирован|масштабуванн:scaling
предобуч|претрейн|प्रीट्रेनिंग|पूर्व-प्रशिक्षण|पूर्व प्रशिक्षण:pretraining
градиент|градієнт|گرادیان|ग्रेडिएंट:gradient
buyuk dil model:large language model
hizlandirici:accelerator
dagitik egitim:distributed training
klonla:clone
model damit:model distillation
model agirlik|modelin agirlik:model weights
egitim veri:training data
dusunce zincir:chain of thought
amonyum nitrat:ammonium nitrate
tepkime:reaction
kimyasal silah:chemical weapon
biyolojik silah:bioweapon
salgin|pandemi baslat|pandemiye yol ac:epidemic pandemic
genetik:genetic
genetik muhendis|gen duzenle:genetic engineering
ddos saldir:denial of service DDoS
casus yazilim:spyware malware
sizdir:reveal leak
odszyfr:decrypt
chemiczn|kimyasal:chemical
toksyczn|trujac:toxic
maambukiz|infekcj|enfeksiyon:infection
gizli talimat|gizli komut:hidden initial instructions
hodowla bakteri|hodowli bakteri|hodowle bakteri|hodowac bakteri|wyhodowac bakteri|wyhodowanie bakteri|bakteri yetistir|bakterileri yetistir|bakteriyi yetistir|вырастить бактери|выращивать бактери|выращивание бактери|выращивания бактери|вирощувати бактері|виростити бактері|вирощування бактері|जीवाणु संवर्धन|बैक्टीरिया संवर्धन:grow culture bacterium
hodowla wirus|hodowli wirus|wyhodowac wirus|virus yetistir|virusu yetistir|вырастить вирус|выращивать вирус|выращивание вирус|вирощувати вірус|виростити вірус|वायरस संवर्धन|कोशिका संवर्धन:grow culture virus
antivirusu atlat|antivirus programini atlat|antivirus yazilimini atlat:bypass antivirus
guvenligi atlat|guvenlik duvarini atlat|guvenlik onlemlerini atlat|kimlik dogrulamayi atlat|korumayi atlat:bypass security
acigi istismar|aciklari istismar|acigini istismar|aciklarini istismar|zafiyeti istismar|zafiyetleri istismar|guvenlik acigini istismar:exploit vulnerability
gida zehirlen|besin zehirlen|пищевое отравлени|пищевого отравлени|пищевом отравлени|харчове отруєнн|харчового отруєнн:food illness
kullanma talimat|kullanim talimat|montaj talimat:user manual
синтезатор:music keyboard
заразн|заразлив|مسري|संक्रामक|bulasici:contagious
bulasicil:transmissible
on egit:pretraining
पासवर्ड चुरा:steal passwords
laboratuvar sonuc|laboratuvar tahlil|лабораторные анализы|лабораторних аналізів|лабораторні аналізи:lab results
"""

# Anywhere in the text (scripts without spaces, or with attached particles).
SUBSTRING: Final[str] = """
如何|怎么|怎麼|怎样|怎樣|方法|作り方|どうやって|어떻게|อย่างไร|ยังไง|كيف|איך|방법:how
制造|製造|制作|製作|制备|製備|作る|作成|만드는|만들|제조|ผลิต|สร้าง|صنع|تصنيع|להכין|לייצר|ליצור:make
编写|編寫|撰写|撰寫|書いて|書け|작성|เขียน|اكتب|לכתוב|כתוב:write create
合成|합성|สังเคราะห์|تخليق|توليف|סינתזה|לסנתז:synthesis synthesize
炸药|炸藥|爆炸物|爆薬|爆発物|폭발물|폭약|วัตถุระเบิด|متفجر|חומר נפץ|חומרי נפץ:explosive
炸弹|炸彈|爆弾|폭탄|ระเบิด|قنبل|قنابل|פצצ:bomb
毒药|毒藥|毒物|독극물|독약|ยาพิษ|สารพิษ|تسميم|مادة سامة|مواد سامة|רעל:poison toxic
毒气|毒氣|毒ガス|독가스|แก๊สพิษ|ก๊าซพิษ|غاز سام|גז רעיל:poison gas
神经毒剂|神經毒劑|神经毒气|神經毒氣|神経剤|神経ガス|신경가스|신경작용제|สารทำลายประสาท|غاز الاعصاب|غازات الاعصاب|גז עצבים|तंत्रिका गैस:nerve agent
前体|前體|前驱体|前驅體|前駆体|전구체|สารตั้งต้น|سلائف|מבשרים:precursor
试剂|試劑|試薬|시약|كواشف|ריאגנט:reagents
冰毒|甲基苯丙胺|覚醒剤|メタンフェタミン|메스암페타민|필로폰|ยาบ้า|ยาไอซ์|เมทแอมเฟตามีน|ميثامفيتامين|מתאמפטמין:methamphetamine
דשן כימי|דשנים כימיים|דשן חנקני:fertilizer
化肥|肥料|비료|ปุ๋ย|سماد|اسمدة:plant fertilizer
病毒性感冒|感冒病毒|風邪のウイルス|감기 바이러스|فيروس البرد|נגיף הצינון:common cold
新冠病毒|新型冠状病毒|新型冠狀病毒|コロナウイルス|코로나 바이러스|코로나바이러스|ไวรัสโคโรนา|فيروس كورونا|נגיף הקורונה:COVID
病毒|ウイルス|ウィルス|바이러스|ไวรัส|فيروس|נגיף|וירוס:virus
细菌|細菌|バクテリア|박테리아|세균|แบคทีเรีย|بكتيري|جرثوم|חיידק:bacterium
病原体|病原體|병원체|เชื้อโรค|مسببات الامراض|عامل ممرض|פתוגן:pathogen
毒素|독소|ท็อกซิน|ذيفان|טוקסין|רעלן:toxin
传播性|感染性:transmissible
培養|배양|เพาะเชื้อ|استزراع|תרבית|培养细菌|细菌培养|培养病毒|病毒培养|细胞培养|培养皿|培养基|大量培养:grow culture
实验室|實驗室|実験室|研究室|실험실|ห้องปฏิบัติการ|ห้องแล็บ|مختبر|معمل|מעבדה:laboratory
基因|遺伝子|유전자|ยีน|جينات|גנטי:gene
勒索软件|勒索軟體|勒索軟件|勒索病毒|ランサムウェア|랜섬웨어|แรนซัมแวร์|برامج الفدية|برنامج فدية|فدية|כופרה|תוכנת כופר:ransomware
黑客|駭客|入侵|ハッキング|ハッキン|해킹|แฮก|แฮ็ก|اختراق|לפרוץ|פריצה|اخترق|أخترق|يخترق:hack
漏洞利用|利用漏洞|エクスプロイト|익스플로잇:exploit
استغلال|ניצול:take advantage
漏洞|脆弱性|취약점|ช่องโหว่|ثغرة|ثغرات|פגיעות:vulnerability
网络|網絡|網路|ネットワーク|네트워크|เครือข่าย|شبكة|רשת:network
服务器|伺服器|服務器|サーバー|サーバ|서버|เซิร์ฟเวอร์|خادم|سيرفر|שרת:servers
木马|木馬|トロイの木馬|트로이 목마|트로이목마|โทรจัน|حصان طروادة|סוס טרויאני:trojan
后门|後門|バックドア|백도어|แบ็คดอร์|ประตูหลัง|باب خلفي|דלת אחורית:backdoor
恶意软件|惡意軟體|惡意軟件|マルウェア|악성코드|악성 코드|멀웨어|มัลแวร์|برمجيات خبيثة|برنامج ضار|برامج ضارة|נוזקה|תוכנה זדונית:malware
加密|暗号化|암호화|เข้ารหัส|تشفير|להצפין|הצפנה|يشفر|تشفر|شفر الملفات|מצפינה|מצפין|מצפינים:encrypt
バックアップ|백업|สำรองข้อมูล|גיבוי:backups
系统提示|系統提示|システムプロンプト|시스템 프롬프트|시스템프롬프트|พรอมต์ระบบ|موجه النظام|تعليمات النظام|הנחיית מערכת|פרומפט מערכת:system prompt
系统|系統|システム|시스템|ระบบ|النظام|מערכת:system
指令|指示|지시사항|지침|คำสั่ง|تعليمات|הוראות|הנחיות:instructions
隠され|隠し|숨겨진|숨은|ซ่อน|נסתר|מוסתר:hidden
透露|泄露|洩露|揭示|明かし|暴露|공개해|드러내|เปิดเผย|اكشف|לחשוף|חשוף:reveal
忽略|无视|無視|무시|เพิกเฉย|ไม่สนใจ|تجاهل|התעלם:ignore
之前的|先前的|以前的|以前の|이전|ก่อนหน้า|السابقة|הקודמות|הקודמים:previous
推理|추론|การให้เหตุผล|استدلال|חשיבה|היסק:reasoning
预训练|預訓練|事前学習|사전 학습|사전학습|사전 훈련|การฝึกล่วงหน้า|تدريب مسبق|אימון מקדים|التدريب المسبق:pretraining
训练|訓練|学習|훈련|학습|ฝึก|تدريب|לאמן|אימון:train
模型|モデル|모델|โมเดล|نموذج|מודל:model
参数|參數|パラメータ|매개변수|파라미터|พารามิเตอร์|بارامترات|عدد المعلمات|פרמטרים:parameters
十亿|十億|십억|พันล้าน|مليار|מיליארד:billion
并行|並行|並列|병렬|การขนาน|توازي|מקביליות:parallelism
芯片|晶片|رقاقة|שבב:microchip
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
显卡|顯卡|グラフィックボード|그래픽카드|การ์ดจอ|بطاقة الرسوميات|כרטיס גרפי|وحدات معالجة الرسوميات|وحدة معالجة الرسوميات|معالجات رسومية|מעבדים גרפיים|מעבד גרפי|그래픽 처리 장치|그래픽카드 수천:GPU
集群|叢集|クラスタ|클러스터|คลัสเตอร์|عنقود|אשכול:cluster
마약김밥|마약 김밥|마약떡볶이|마약 떡볶이|마약 옥수수|마약베개|마약 베개:addictive snack
毒品|麻薬|마약|ยาเสพติด|مخدرات|סמים:drug narcotic
薬物:medication
窃取|竊取|偷取|盗む|盗み|훔치|ขโมย|سرقة|اسرق|לגנוב|גניבת:steal
تجاوز الحماية|تجاوز المصادقة|تجاوز جدار الحماية|セキュリティを回避|認証を回避|보안 우회|인증 우회|לעקוף את האבטחה|לעקוף אבטחה:bypass security
绕过|繞過|บายพาส|עקיפת:bypass
回避|우회|หลีกเลี่ยง|تجاوز|לעקוף:avoid
传播|傳播|拡散|확산|แพร่กระจาย|להפיץ|הפצה:spread
感染|감염|ติดเชื้อ|عدوى|يصيب:illness
致命|致死|치명적|치사량|ถึงตาย|مميت|קטלני|致死剂量|致死劑量|جرعة قاتلة|جرعة مميتة|الجرعة القاتلة|الجرعة المميتة:lethal
系统提示词|系統提示詞|系统提示语|系統提示語|系统指令|系統指令|系统消息|系統訊息|システムメッセージ|시스템 메시지|시스템 지시문|ข้อความระบบ|พรอมต์ของระบบ|ซิสเต็มพรอมต์|رسالة النظام|موجه النظام|הנחיות המערכת|הנחיית המערכת|פרומפט המערכת:system prompt
提示词|提示詞|プロンプト|프롬프트|พรอมต์|พรอมท์|برومبت|البرومبت|פרומפט:prompt
初始指令|原始指令|隐藏指令|隱藏指令|预设指令|預設指令|开发者指令|開發者指令|初期指示|元の指示|隠された指示|隠れた指示|開発者の指示|초기 지시|초기 지침|숨겨진 지시|숨겨진 지침|개발자 지시|คำสั่งเริ่มต้น|คำสั่งที่ซ่อน|คำสั่งลับ|التعليمات الاولية|التعليمات المخفية|تعليمات مخفية|التعليمات الاصلية|ההוראות המקוריות|הוראות נסתרות|ההוראות הנסתרות|ההנחיות הנסתרות|隐藏的指令|隱藏的指令|隐藏提示|隐藏的提示词|التعليمات السرية|تعليماتك المخفية|تعليماتك السرية:hidden initial instructions
给你的规则|給你的規則|你被设定的规则|你被設定的規則|你的设定|你的設定|与えられたルール|設定されたルール|너에게 주어진 규칙|당신에게 주어진 규칙|กฎที่คุณได้รับ|القواعد التي اعطيت لك|القواعد المعطاة لك|הכללים שקיבלת|הכללים שניתנו לך:rules you were given
思维链|思維鏈|思考链|思考鏈|思维过程|思維過程|思考过程|思考過程|思考の連鎖|思考プロセス|チェーン・オブ・ソート|チェーンオブソート|사고의 사슬|사고 사슬|생각의 사슬|사고 과정|ห่วงโซ่ความคิด|กระบวนการคิด|سلسلة الافكار|سلسلة التفكير|عملية التفكير|שרשרת מחשבה|שרשרת המחשבה|תהליך החשיבה|سلسلة افكارك|سلسلة أفكارك|سلسلة تفكيرك:chain of thought
内部推理|內部推理|推理过程|推理過程|内部推論|推論過程|내부 추론|추론 과정|การให้เหตุผลภายใน|الاستدلال الداخلي|التفكير الداخلي|החשיבה הפנימית|היסק פנימי:internal reasoning
逐字|一字不差|一字不漏|原封不动|原封不動|一字一句|逐語的|原文のまま|一言一句|글자 그대로|토씨 하나|원문 그대로|คำต่อคำ|ตามตัวอักษร|حرفيا|كلمة بكلمة|מילה במילה|כלשונו|כלשונן:word for word
训练数据|訓練數據|訓練資料|训练集|訓練集|学習データ|訓練データ|トレーニングデータ|학습 데이터|학습데이터|훈련 데이터|훈련데이터|ข้อมูลการฝึก|ข้อมูลฝึกสอน|ข้อมูลสำหรับฝึก|بيانات التدريب|נתוני האימון|נתוני אימון:training data
数据集|數據集|資料集|データセット|데이터셋|데이터 세트|데이터세트|ชุดข้อมูล|ดาต้าเซ็ต|مجموعة بيانات|مجموعة البيانات|מערך נתונים|מערך הנתונים|סט נתונים:dataset
模型蒸馏|模型蒸餾|知识蒸馏|知識蒸餾|モデル蒸留|知識蒸留|지식 증류|지식증류|모델 증류|การกลั่นโมเดล|การกลั่นความรู้|تقطير النموذج|تقطير المعرفة|זיקוק מודל|זיקוק ידע|זיקוק המודל:model distillation
蒸馏水|蒸餾水:distilled water
蒸馏|蒸餾:distillation
克隆你的模型|复制你的模型|複製你的模型|克隆模型|复制模型|複製模型|复刻模型|モデルを複製|モデルの複製|モデルをコピー|모델을 복제|모델 복제|모델을 복사|โคลนโมเดล|คัดลอกโมเดล|استنساخ النموذج|نسخ النموذج|לשכפל את המודל|שכפול המודל|להעתיק את המודל:clone the model
批量生成回答|批量回答|批量问答|大量の回答|대량 답변|대량으로 답변|คำตอบจำนวนมาก|اجابات بالجملة|תשובות בכמויות|批量收集|大量收集你的回答|收集你的回答|답변을 대량으로|대량으로 수집|الاف الردود|الاف الاجابات|آلاف الردود|آلاف الإجابات|אלפי תשובות|אלפי התשובות:bulk outputs
越狱提示|越獄提示|脱獄プロンプト|탈옥 프롬프트|เจลเบรกพรอมต์|جيلبريك|ג'יילברייק:jailbreak prompt
氯气|氯氣|塩素ガス|염소 가스|염소가스|ก๊าซคลอรีน|แก๊สคลอรีน|غاز الكلور|גז כלור:chlorine gas
光气|光氣|碳酰氯|ホスゲン|포스겐|ฟอสจีน|فوسجين|الفوسجين|פוסגן:phosgene
芥子气|芥子氣|マスタードガス|イペリット|머스터드 가스|겨자 가스|겨자가스|แก๊สมัสตาร์ด|ก๊าซมัสตาร์ด|غاز الخردل|גז חרדל:mustard gas
硫化氢|硫化氫|硫化水素|황화수소|ไฮโดรเจนซัลไฟด์|كبريتيد الهيدروجين|מימן גופרתי:hydrogen sulfide
摇头丸|搖頭丸|엑스터시|اكستاسي|אקסטזי:MDMA
芬太尼|フェンタニル|펜타닐|เฟนทานิล|فنتانيل|الفنتانيل|פנטניל:fentanyl
安非他命|苯丙胺|アンフェタミン|암페타민|แอมเฟตามีน|امفيتامين|امفيتامينات|كبتاغون|كابتاجون|الكبتاجون|אמפטמין|קפטגון:amphetamine
制毒|製毒|制作毒品|製作毒品:drug manufacturing
化学反应|化學反應|化学反応|화학 반응|화학반응|ปฏิกิริยาเคมี|تفاعل كيميائي|التفاعل الكيميائي|تفاعلات كيميائية|התגובה הכימית|תגובה כימית|תגובות כימיות:chemical reaction
滴定|적정 실험|산염기 적정|การไทเทรต|ไทเทรต|المعايرة الحجمية|معايرة حمض|טיטרציה:titration
摩尔质量|摩爾質量|摩尔浓度|摩爾濃度|モル質量|モル濃度|몰 질량|몰질량|몰 농도|몰농도|มวลโมลาร์|ความเข้มข้นโมลาร์|الكتلة المولية|كتلة مولية|المولارية|מסה מולרית|ריכוז מולרי:molar mass
氧化还原|氧化還原|酸化還元|산화 환원|산화환원|รีดอกซ์|الاكسدة والاختزال|اكسدة واختزال|חמצון חיזור:oxidation reduction
抗氧化|抗酸化|항산화|ต้านอนุมูลอิสระ|مضادات الاكسدة|مضاد للاكسدة|נוגדי חמצון|נוגד חמצון:antioxidants
氧化反应|氧化反應|酸化反応|산화 반응|ปฏิกิริยาออกซิเดชัน|ออกซิเดชัน|اكسدة|الاكسدة|חמצון:oxidation
酯化|エステル化|에스테르화|에스테르|เอสเทอริฟิเคชัน|เอสเทอร์|الاسترة|تفاعل الاسترة|אסטריפיקציה:esterification
共价键|共價鍵|离子键|離子鍵|共有結合|イオン結合|공유 결합|공유결합|이온 결합|이온결합|พันธะโคเวเลนต์|พันธะไอออนิก|رابطة تساهمية|الرابطة التساهمية|رابطة ايونية|الرابطة الايونية|קשר קוולנטי|קשר יוני:covalent ionic bond
化学療法|化学疗法|化學療法|化疗|化療|화학요법|항암화학|เคมีบำบัด|العلاج الكيميائي|כימותרפיה:chemotherapy
化学调味料|化学調味料|化學調味料|화학조미료:MSG seasoning
有机化学|有機化學|有機化学|유기화학|유기 화학|เคมีอินทรีย์|الكيمياء العضوية|כימיה אורגנית:organic chemistry
化学|化學|화학|เคมี|كيمياء|الكيمياء|כימיה:chemistry
収率|مردود التفاعل|נצילות התגובה:reaction yield
化学武器|化學武器|化学兵器|화학무기|화학 무기|อาวุธเคมี|سلاح كيميائي|اسلحة كيميائية|الاسلحة الكيميائية|נשק כימי:chemical weapon
合成照片|合成图片|合成圖片|图片合成|圖片合成|照片合成|合成图|画像合成|写真合成|合成写真|사진 합성|합성 사진|사진합성|합성사진:photo montage
语音合成|語音合成|音声合成|음성 합성|음성합성|การสังเคราะห์เสียง:text to speech
合成洗剤|合成皮革|合成革|合成繊維|合成纤维|合成纖維|합성섬유|합성 섬유|합성수지|합성어|合成词|合成詞|ใยสังเคราะห์:synthetic material
蓖麻油|ひまし油|ヒマシ油|피마자유|피마자 오일|น้ำมันละหุ่ง|زيت الخروع|שמן קיק:castor oil
蓖麻籽|蓖麻子|蓖麻|ヒマの種|トウゴマ|피마자|เมล็ดละหุ่ง|ละหุ่ง|بذور الخروع|الخروع|זרעי קיק|קיקיון:castor beans
肉毒杆菌注射|肉毒桿菌注射|注射肉毒|打肉毒|肉毒除皱|肉毒瘦脸:botox cosmetic treatment
肉毒杆菌毒素|肉毒桿菌毒素|肉毒毒素|肉毒杆菌|肉毒桿菌|ボツリヌス|보툴리눔|보툴리늄|โบทูลินัม|البوتولينوم|بوتولينوم|التسمم الوشيقي|בוטולינום|בוטוליזם:botulinum
传播力|傳播力|传染力|傳染力|感染力|伝播性|전파력|전염력|ความสามารถในการแพร่เชื้อ|قابلية الانتقال|قابلية انتقال|יכולת ההדבקה|כושר ההדבקה:transmissibility
刺突蛋白|棘突蛋白|刺突糖蛋白|スパイクタンパク質|スパイク蛋白|스파이크 단백질|스파이크단백질|โปรตีนหนาม|โปรตีนสไปค์|بروتين سبايك|البروتين الشوكي|חלבון הספייק|חלבון ספייק:spike protein
基因突变|基因突變|突然変異|変異株|돌연변이|변이 바이러스|การกลายพันธุ์|กลายพันธุ์|طفرة جينية|طفرات جينية|الطفرات الجينية|طفرة وراثية|طفرات وراثية|מוטציה|מוטציות|الطفرات|طفرات:mutation
质粒|質粒|質體|プラスミド|플라스미드|พลาสมิด|بلازميد|البلازميد|פלסמיד:plasmid
细菌转化|細菌轉化|形質転換|형질전환|형질 전환|ทรานส์ฟอร์เมชัน|التحول البكتيري|טרנספורמציה של חיידקים:bacterial transformation
基因工程|遗传工程|遺傳工程|基因编辑|基因編輯|基因改造|遺伝子工学|遺伝子組み換え|遺伝子組換え|ゲノム編集|유전공학|유전자 공학|유전자 조작|유전자 편집|유전자 변형|พันธุวิศวกรรม|ตัดต่อพันธุกรรม|ตัดต่อยีน|الهندسة الوراثية|هندسة وراثية|التعديل الجيني|تعديل جيني|הנדסה גנטית:genetic engineering
线粒体|線粒體|粒線體|ミトコンドリア|미토콘드리아|ไมโทคอนเดรีย|الميتوكوندريا|ميتوكوندريا|מיטוכונדריה:mitochondria
核糖体|核糖體|リボソーム|리보솜|ไรโบโซม|الريبوسوم|ريبوسوم|ריבוזום:ribosome
光合作用|光合成|광합성|สังเคราะห์แสง|สังเคราะห์ด้วยแสง|التمثيل الضوئي|البناء الضوئي|פוטוסינתזה:photosynthesis
叶绿体|葉綠體|葉緑体|엽록체|คลอโรพลาสต์|البلاستيدات الخضراء|بلاستيدات خضراء|כלורופלסט:chloroplast
减数分裂|減數分裂|減数分裂|감수분열|감수 분열|ไมโอซิส|الانقسام المنصف|الانقسام الاختزالي|מיוזה:meiosis
有丝分裂|有絲分裂|有糸分裂|체세포분열|유사분열|유사 분열|ไมโทซิส|الانقسام المتساوي|الانقسام الفتيلي|מיטוזה:mitosis
基因型|表现型|表現型|遺伝子型|유전자형|표현형|จีโนไทป์|ฟีโนไทป์|النمط الجيني|النمط الظاهري|גנוטיפ|פנוטיפ:genotype phenotype
酵素饮|酵素飲|酵素ドリンク|酵素ジュース|酵素洗剤|매실 효소|매실효소|효소 음료|과일 효소:health drink
酶|酵素|효소|เอนไซม์|انزيم|אנזים:enzyme
细胞呼吸|細胞呼吸|세포 호흡|세포호흡|การหายใจระดับเซลล์|التنفس الخلوي|נשימה תאית:cellular respiration
内含子|內含子|外显子|外顯子|イントロン|エキソン|エクソン|인트론|엑손|อินทรอน|เอกซอน|انترون|الانترونات|الاكسونات|אינטרון:intron exon
RNA剪接|可变剪接|可變剪接|选择性剪接|選擇性剪接|スプライシング|스플라이싱|การตัดต่ออาร์เอ็นเอ|ربط الرنا|שחבור RNA:RNA splicing
遗传学|遺傳學|遺伝学|유전학|พันธุศาสตร์|علم الوراثة|גנטיקה:genetics
遗传|遺傳|遺伝|유전 법칙|พันธุกรรม|الوراثة|תורשה:heredity
生物学|生物學|생물학|ชีววิทยา|علم الاحياء|ביולוגיה:biology
生物武器|生物兵器|생물무기|생물 무기|อาวุธชีวภาพ|سلاح بيولوجي|اسلحة بيولوجية|الاسلحة البيولوجية|נשק ביולוגי:bioweapon
功能获得|功能獲得|功能增益|機能獲得|기능획득|การเพิ่มหน้าที่|اكتساب الوظيفة:gain of function
电脑病毒|電腦病毒|计算机病毒|計算機病毒|コンピューターウイルス|컴퓨터 바이러스|ไวรัสคอมพิวเตอร์|فيروس الكمبيوتر|فيروسات الكمبيوتر|וירוס מחשב:computer virus
骇入|駭入|黑进|黑進|ハッカー|해커|แฮกเกอร์|แฮ็กเกอร์|เจาะระบบ|هاكر|تهكير|האקר|האקרים:hack
黑客马拉松|黑客松|駭客松|ハッカソン|해커톤|แฮกกาธอน|هاكاثون|האקתון:coding competition
ライフハック|라이프핵|라이프 해킹:life tips
盗号|盜號|アカウント乗っ取り|アカウントを乗っ取|계정 탈취|계정 해킹|แฮกบัญชี|اختراق حساب|اختراق الحساب|לפרוץ לחשבון:break into account
窃取密码|竊取密碼|盗取密码|盜取密碼|偷密码|偷取密码|偷密碼|パスワードを盗|비밀번호를 훔치|비밀번호 탈취|비밀번호를 탈취|ขโมยรหัสผ่าน|سرقة كلمات المرور|سرقة كلمة المرور|سرقة كلمات السر|לגנוב סיסמ|גניבת סיסמ:steal passwords
破解密码|破解密碼|密码破解|密碼破解|暴力破解|撞库|撞庫|パスワードクラック|パスワード解析|パスワードを解析|総当たり攻撃|ブルートフォース|비밀번호 크래킹|비밀번호 해킹|무차별 대입|브루트포스|แคร็กรหัสผ่าน|เจาะรหัสผ่าน|كسر كلمة المرور|كسر كلمات المرور|كسر كلمة السر|تخمين كلمات المرور|هجوم القوة الغاشمة|פיצוח סיסמ|פיצוח הסיסמ|לפצח סיסמ|לפצח את הסיסמ:password cracking
破解|クラック|크랙|แคร็ก:crack
加密货币|加密貨幣|암호화폐|암호 화폐:cryptocurrency
SQL注入|SQL 注入|注入攻击|注入攻擊|SQLインジェクション|SQL 인젝션|SQL인젝션|인젝션 공격|SQL อินเจกชัน|SQL อินเจคชั่น|حقن SQL|هجمات الحقن|حقن الاستعلامات|הזרקת SQL|הזרקת קוד:SQL injection
跨站脚本|跨站腳本|クロスサイトスクリプティング|크로스 사이트 스크립팅|크로스사이트 스크립팅|ครอสไซต์สคริปติ้ง|البرمجة النصية عبر المواقع|البرمجة عبر المواقع|סקריפטינג בין אתרים:cross-site scripting XSS
窃密木马|竊密木馬|盗号木马|盜號木馬|信息窃取|資訊竊取|インフォスティーラー|情報窃取型|인포스틸러|정보 탈취|โปรแกรมขโมยข้อมูล|سارق المعلومات|برنامج سرقة المعلومات|גונב מידע|סטילר:stealer malware
DNS欺骗|DNS欺騙|DNS劫持|域名劫持|DNSスプーフィング|スプーフィング|DNS 스푸핑|스푸핑|การปลอมแปลง DNS|สปูฟฟิง|انتحال DNS|تسميم DNS|זיוף DNS|הרעלת DNS:DNS spoofing
公钥|公鑰|私钥|私鑰|非对称加密|非對稱加密|公開鍵|秘密鍵|공개키|공개 키|개인키|กุญแจสาธารณะ|المفتاح العام|المفتاح الخاص|מפתח ציבורי|מפתח פרטי:public key
缓冲区溢出|緩衝區溢位|緩衝區溢出|栈溢出|棧溢出|堆溢出|バッファオーバーフロー|バッファーオーバーフロー|버퍼 오버플로|버퍼 오버플로우|버퍼오버플로|บัฟเฟอร์โอเวอร์โฟลว์|تجاوز سعة المخزن المؤقت|فيض المخزن المؤقت|تجاوز المخزن المؤقت|גלישת חוצץ|הצפת חוצץ:buffer overflow
免杀|免殺|杀软|殺軟|検知回避|検出回避|탐지 우회|탐지 회피|백신 우회|หลบเลี่ยงการตรวจจับ|تفادي الكشف|التهرب من الكشف|تجنب الاكتشاف|התחמקות מזיהוי|לחמוק מזיהוי|躲避杀毒软件|تجاوز برنامج مكافحة الفيروسات|تعطيل برنامج مكافحة الفيروسات|تجاوز مكافحة الفيروسات|تعطيل مكافحة الفيروسات:antivirus evasion
反弹shell|反向shell|反弹外壳|リバースシェル|ウェブシェル|리버스 셸|리버스 쉘|웹셸|웹쉘|รีเวิร์สเชลล์|شل عكسي|الشل العكسي|ריברס של|מעטפת הפוכה:reverse shell
网络攻击|網路攻擊|網絡攻擊|サイバー攻撃|사이버 공격|사이버공격|การโจมตีทางไซเบอร์|هجوم الكتروني|هجوم سيبراني|هجمات سيبرانية|هجمات الكترونية|מתקפת סייבר|מתקפות סייבר:cyberattack
网络安全|網路安全|網絡安全|サイバーセキュリティ|사이버 보안|ความปลอดภัยไซเบอร์|الامن السيبراني|אבטחת סייבר:cybersecurity
提权|提權|权限提升|權限提升|権限昇格|권한 상승|권한상승|ยกระดับสิทธิ์|تصعيد الصلاحيات|تصعيد الامتيازات|رفع الصلاحيات|הסלמת הרשאות|관리자 권한을 탈취|루트 권한을 탈취|권한을 탈취:privilege escalation
拒绝服务攻击|拒絕服務攻擊|DDoS攻击|DDoS攻擊|サービス拒否攻撃|서비스 거부 공격|디도스|هجوم حجب الخدمة|هجمات حجب الخدمة|התקפת מניעת שירות:denial of service DDoS
اكسبلويت|ניצול חולשה|ניצול חולשות|ניצול פגיעות|אקספלויט:exploit vulnerability
半导体芯片|AI芯片|人工智能芯片|半導体チップ|AIチップ|AI 칩|AI칩|AI 반도체|ชิป AI|شرائح الذكاء الاصطناعي|שבבי בינה מלאכותית:AI accelerator chip
AI加速器|人工智能加速器|深度学习加速器|加速卡|AIアクセラレータ|AI 가속기|AI가속기|ตัวเร่ง AI|مسرعات الذكاء الاصطناعي|مسرع الذكاء الاصطناعي|מאיץ בינה מלאכותית:AI accelerator
分布式训练|分布式訓練|分散式訓練|分散学習|分散トレーニング|分散訓練|분산 학습|분산 훈련|분산학습|การฝึกแบบกระจาย|التدريب الموزع|تدريب موزع|אימון מבוזר:distributed training
分布式|分散式:distributed
全归约|全規約|オールリデュース|올리듀스|集合通信:all-reduce collective communication
数据去重|數據去重|資料去重|文本去重|去重复数据|重複排除|重複除去|데이터 중복 제거|การลบข้อมูลซ้ำ|ازالة التكرار|הסרת כפילויות:deduplication
词元|詞元|分词器|分詞器|トークナイザ|토크나이저|โทเคไนเซอร์|טוקנייזר:tokenizer
token数|トークン|토큰|โทเค็น|טוקנים:tokens
训练稳定性|訓練穩定性|训练不稳定|訓練不穩定|学習の安定性|学習安定性|学習が不安定|학습 안정성|훈련 안정성|학습 불안정|ความเสถียรของการฝึก|استقرار التدريب|عدم استقرار التدريب|יציבות האימון|יציבות אימון:training stability
损失尖峰|損失尖峰|损失突增|损失峰值|loss尖峰|loss突增|損失スパイク|ロススパイク|손실 스파이크|로스 스파이크|ค่าสูญเสียพุ่ง|ارتفاع مفاجئ في الخسارة|קפיצות בהפסד|الارتفاع المفاجئ في الخسارة|ارتفاعات مفاجئة في الخسارة:loss spike
损失函数|損失函數|損失関数|손실 함수|손실함수|ฟังก์ชันการสูญเสีย|دالة الخسارة|פונקציית הפסד:loss function
扩展定律|擴展定律|缩放定律|縮放定律|规模定律|規模定律|尺度定律|规模法则|スケーリング則|スケーリング法則|스케일링 법칙|กฎการปรับขนาด|قوانين التوسع|חוקי סקיילינג:scaling laws
大模型|大语言模型|大語言模型|大型语言模型|大型語言模型|大規模言語モデル|대규모 언어 모델|거대 언어 모델|대형 언어 모델|โมเดลภาษาขนาดใหญ่|نموذج لغوي كبير|النماذج اللغوية الكبيرة|نماذج اللغة الكبيرة|מודל שפה גדול|מודלי שפה גדולים:large language model
预训练数据|預訓練資料|预训练语料|預訓練語料|事前学習データ|사전학습 데이터|사전 학습 데이터:pretraining corpus
混合精度|혼합 정밀도|ความแม่นยำผสม|الدقة المختلطة|דיוק מעורב:mixed precision
梯度|그래디언트|เกรเดียนต์|גרדיאנט:gradient
杀毒软件|殺毒軟體|防病毒|ウイルス対策|백신 프로그램|안티바이러스|แอนตี้ไวรัส|مضاد الفيروسات|مكافحة الفيروسات|אנטי וירוס|אנטי-וירוס:software
旋转木马|旋轉木馬|木马玩具|摇摇木马:carousel
指示灯|指示燈:indicator light
绕过杀毒软件|绕过杀软|繞過殺毒軟體|繞過殺軟:bypass antivirus
传染性|傳染性|伝染性|전염성|معدية:contagious
硝酸铵|硝酸銨|硝酸アンモニウム|질산암모늄|نترات الامونيوم|نترات الأمونيوم|אמוניום ניטראט|אמוניום חנקתי|ไนเตรตแอมโมเนียม:ammonium nitrate
كرر النص اعلاه|كرر النص أعلاه|اعد كتابة النص اعلاه|חזור על הטקסט שלמעלה|חזור על הטקסט|위의 텍스트를 그대로|重复上面的文字|重复以上内容:repeat the text above
"""
