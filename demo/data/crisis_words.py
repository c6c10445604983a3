"""The demo's crisis words (search.models.CrisisWords): one list per language, written for it.

Each list holds what a boy in that language types when he is in danger or is being hurt: the
words for suicide, self-harm, abuse, rape, violence and bullying, phrases ("want to die"), and
the forms and spellings readers use. The search compares stems (core.word_forms), so not
every ending is needed; forms that stemming does not join are listed.
"""

CRISIS_WORDS = {
    "en": (
        "suicide, suicidal, kill myself, killing myself, end my life, end it all, "
        "want to die, wanna die, don't want to live, dont want to live, "
        "self-harm, self harm, selfharm, hurt myself, hurting myself, cut myself, cutting myself, "
        "overdose, abuse, abused, abuser, sexual abuse, rape, raped, sexual assault, "
        "assaulted, violence, violent, domestic violence, beaten up, beats me, hits me, "
        "bullying, bullied, bully, cyberbullying, sextortion, blackmail, blackmailed, "
        "nudes leaked, threatened, threatens me, hopeless, no way out"
    ),
    "sv": (
        "självmord, självmordet, självmordstankar, självmordsförsök, ta livet av mig, "
        "ta mitt liv, vill dö, vill inte leva, orkar inte leva, orkar inte mer, "
        "skada mig själv, skadar mig själv, självskada, självskadebeteende, skär mig, "
        "skära mig, överdos, övergrepp, sexuella övergrepp, utnyttjad, våldtäkt, våldtagen, "
        "våldtog, våld, våldet, misshandel, misshandlad, slår mig, mobbning, mobbad, mobbar, "
        "mobbade, nätmobbning, utpressning, utpressad, sextortion, hotad, hotar mig, hopplös"
    ),
    "ka": (
        "თვითმკვლელობა, თვითმკვლელობის, თვითმკვლელობაზე, თავის მოკვლა, თავს მოვიკლავ, "
        "სიკვდილი მინდა, მინდა მოვკვდე, მოკვდომა მინდა, აღარ მინდა ცხოვრება, "
        "თვითდაზიანება, თავის დაზიანება, ვიზიანებ თავს, ძალადობა, ძალადობის, "
        "ოჯახში ძალადობა, სექსუალური ძალადობა, გაუპატიურება, გამაუპატიურეს, "
        "ცემა, მცემენ, მცემს, ბულინგი, ჩაგვრა, მჩაგრავენ, შანტაჟი, მაშანტაჟებენ, "
        "მემუქრებიან, იმედი აღარ მაქვს"
    ),
    "hy": (
        "ինքնասպանություն, ինքնասպանության, ինքնասպանվել, ինձ սպանել, "
        "ուզում եմ մեռնել, ուզում եմ մահանալ, չեմ ուզում ապրել, ինքնավնասում, "
        "ինքնավնասման, ինձ վնասել, վնասում եմ ինձ, բռնություն, բռնության, "
        "ընտանեկան բռնություն, սեռական բռնություն, բռնաբարություն, բռնաբարության, "
        "բռնաբարել, բռնաբարեցին, ծեծ, ծեծում են, ծեծում է, բուլինգ, բուլինգի, "
        "ճնշում են, շանտաժ, շանտաժի, սպառնում են, հույս չունեմ"
    ),
    "ro": (
        "sinucidere, sinuciderea, sinucidă, să mă sinucid, mă sinucid, suicid, suicidul, "
        "să mă omor, mă omor, vreau să mor, nu mai vreau să trăiesc, "
        "autovătămare, automutilare, mă tai, mă rănesc, abuz, abuzat, abuzată, abuzuri, "
        "abuz sexual, viol, violat, violată, agresiune sexuală, violență, violența, "
        "violență domestică, bătaie, mă bate, mă bat, bullying, hărțuire, hărțuit, "
        "agresat, șantaj, șantajat, amenințat, mă amenință, fără speranță"
    ),
    "ru": (
        "суицид, суицида, суицидальные, самоубийство, самоубийства, самоубийстве, "
        "покончить с собой, убить себя, хочу умереть, не хочу жить, жить не хочу, "
        "самоповреждение, самоповреждения, селфхарм, селфхарма, режу себя, резать себя, "
        "навредить себе, причиняю себе боль, насилие, насилия, домашнее насилие, "
        "сексуальное насилие, изнасилование, изнасиловали, изнасиловал, бьют, избивают, "
        "побои, травля, травят, буллинг, булинг, издеваются, шантаж, шантажируют, "
        "угрожают, нет выхода"
    ),
    "be": (
        "самагубства, самагубстве, суіцыд, суіцыду, скончыць з сабой, забіць сябе, "
        "хачу памерці, не хачу жыць, самапашкоджанне, нашкодзіць сабе, рэжу сябе, "
        "гвалт, гвалту, хатні гвалт, сэксуальны гвалт, згвалтаванне, згвалтавалі, "
        "насілле, б'юць, збіваюць, булінг, цкаванне, цкуюць, здзекуюцца, шантаж, "
        "шантажуюць, пагражаюць, няма выйсця"
    ),
}
