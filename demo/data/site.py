"""Site-wide demo content for Redefine: topics, pages, partners, support and helplines."""

ALL_LOCALES = ["en", "sv", "ka", "hy", "ro", "ru", "be"]

TOPICS = [
    {
        "slug": "masculinity",
        "name": {
            "en": "Masculinity",
            "sv": "Maskulinitet",
            "ka": "მამაკაცურობა",
            "hy": "Տղամարդկություն",
            "ro": "Masculinitate",
            "ru": "Мужественность",
            "be": "Быць хлопцам",
        },
        "description": {
            "en": (
                "What being a guy means to you, and which of the rules about it you actually want "
                "to keep."
            ),
            "sv": (
                "Vad det betyder för dig att vara kille, och vilka av reglerna om det du faktiskt "
                "vill behålla."
            ),
            "ka": (
                "რას ნიშნავს შენთვის ბიჭად ყოფნა და „კაცური“ წესებიდან რომლების შენარჩუნება გინდა "
                "სინამდვილეში."
            ),
            "hy": (
                "Ինչ է քեզ համար նշանակում տղա լինելը, և դրա մասին կանոններից որոնք ես իսկապես "
                "ուզում պահել։"
            ),
            "ro": (
                "Ce înseamnă pentru tine să fii băiat și care dintre regulile despre asta vrei cu "
                "adevărat să le păstrezi."
            ),
            "ru": (
                "Что для тебя значит быть парнем и какие из правил об этом ты на самом деле "
                "хочешь оставить."
            ),
            "be": (
                "Што для цябе значыць быць хлопцам і якія з правілаў пра гэта ты сапраўды хочаш "
                "пакінуць."
            ),
        },
    },
    {
        "slug": "feelings",
        "name": {
            "en": "Feelings",
            "sv": "Känslor",
            "ka": "გრძნობები",
            "hy": "Զգացմունքներ",
            "ro": "Emoții",
            "ru": "Чувства",
            "be": "Пачуцці",
        },
        "description": {
            "en": (
                "Anger, sadness, fear, joy: all of them are yours, and all of them can be talked "
                "about."
            ),
            "sv": "Ilska, sorg, rädsla, glädje: alla är dina, och alla går att prata om.",
            "ka": "ბრაზი, სევდა, შიში, სიხარული — ყველა შენია და ყველაზე შეიძლება ლაპარაკი.",
            "hy": (
                "Զայրույթ, տխրություն, վախ, ուրախություն — բոլորը քոնն են, և բոլորի մասին կարելի "
                "է խոսել։"
            ),
            "ro": (
                "Furie, tristețe, frică, bucurie: toate sunt ale tale și despre toate se poate "
                "vorbi."
            ),
            "ru": "Злость, грусть, страх, радость — всё это твоё, и обо всём этом можно говорить.",
            "be": "Злосць, сум, страх, радасць — усё гэта тваё, і пра ўсё гэта можна гаварыць.",
        },
    },
    {
        "slug": "relationships",
        "name": {
            "en": "Relationships",
            "sv": "Relationer",
            "ka": "ურთიერთობები",
            "hy": "Հարաբերություններ",
            "ro": "Relații",
            "ru": "Отношения",
            "be": "Адносіны",
        },
        "description": {
            "en": (
                "Friends, crushes, partners and breakups: how to be close to people and still be "
                "yourself."
            ),
            "sv": (
                "Vänner, förälskelser, partner och uppbrott: hur du kan vara nära andra och ändå "
                "vara dig själv."
            ),
            "ka": "მეგობრობა, სიყვარული, დაშორება — როგორ დაუახლოვდე სხვებს ისე, რომ შენად დარჩე.",
            "hy": (
                "Ընկերներ, սեր, զույգ, բաժանում — ինչպես մտերիմ լինել մարդկանց հետ և միաժամանակ "
                "մնալ ինքդ։"
            ),
            "ro": (
                "Prieteni, îndrăgostiri, parteneri și despărțiri: cum să fii aproape de oameni și "
                "să rămâi tu însuți."
            ),
            "ru": (
                "Друзья, влюблённость, пары и расставания: как быть близким с людьми и оставаться "
                "собой."
            ),
            "be": (
                "Сябры, закаханасць, пары і растанні: як быць блізкім з людзьмі і заставацца сабой."
            ),
        },
    },
    {
        "slug": "sex-and-the-body",
        "name": {
            "en": "Sex and the body",
            "sv": "Sex och kroppen",
            "ka": "სექსი და სხეული",
            "hy": "Սեքս և մարմին",
            "ro": "Sexul și corpul",
            "ru": "Секс и тело",
            "be": "Сэкс і цела",
        },
        "description": {
            "en": (
                "Straight answers about bodies, puberty, sex and health, without shame or jokes "
                "at your expense."
            ),
            "sv": (
                "Raka svar om kroppen, puberteten, sex och hälsa, utan skam och utan skämt på din "
                "bekostnad."
            ),
            "ka": (
                "პირდაპირი პასუხები სხეულზე, სქესობრივ მომწიფებაზე, სექსსა და ჯანმრთელობაზე — "
                "სირცხვილისა და დაცინვის გარეშე."
            ),
            "hy": (
                "Ուղիղ պատասխաններ մարմնի, սեռահասունացման, սեքսի և առողջության մասին՝ առանց "
                "ամոթի ու ծաղրի։"
            ),
            "ro": (
                "Răspunsuri directe despre corp, pubertate, sex și sănătate, fără rușine și fără "
                "glume pe seama ta."
            ),
            "ru": "Прямые ответы о теле, взрослении, сексе и здоровье — без стыда и без насмешек.",
            "be": "Простыя адказы пра цела, сталенне, сэкс і здароўе — без сораму і без кпінаў.",
        },
    },
    {
        "slug": "violence-and-consent",
        "name": {
            "en": "Violence and consent",
            "sv": "Våld och samtycke",
            "ka": "ძალადობა და თანხმობა",
            "hy": "Բռնություն և համաձայնություն",
            "ro": "Violență și consimțământ",
            "ru": "Насилие и согласие",
            "be": "Гвалт і згода",
        },
        "description": {
            "en": (
                "What counts as violence, what consent really means, and what to do if something "
                "happened to you."
            ),
            "sv": (
                "Vad som räknas som våld, vad samtycke egentligen betyder och vad du kan göra om "
                "något har hänt dig."
            ),
            "ka": (
                "რა ითვლება ძალადობად, რას ნიშნავს სინამდვილეში თანხმობა და რა გააკეთო, თუ შენ "
                "რამე შეგემთხვა."
            ),
            "hy": (
                "Ինչն է համարվում բռնություն, ինչ է իրականում նշանակում համաձայնությունը և ինչ "
                "անել, եթե քեզ հետ ինչ-որ բան է պատահել։"
            ),
            "ro": (
                "Ce înseamnă violența, ce înseamnă cu adevărat consimțământul și ce poți face "
                "dacă ți s-a întâmplat ceva."
            ),
            "ru": (
                "Что считается насилием, что на самом деле значит согласие и что делать, если с "
                "тобой что-то случилось."
            ),
            "be": (
                "Што лічыцца гвалтам, што насамрэч азначае згода і што рабіць, калі з табой нешта "
                "здарылася."
            ),
        },
    },
    {
        "slug": "mental-health",
        "name": {
            "en": "Mental health",
            "sv": "Psykisk hälsa",
            "ka": "ფსიქიკური ჯანმრთელობა",
            "hy": "Հոգեկան առողջություն",
            "ro": "Sănătate mintală",
            "ru": "Психическое здоровье",
            "be": "Псіхічнае здароўе",
        },
        "description": {
            "en": (
                "Stress, low mood, anxiety and dark thoughts: how to notice them and where to get "
                "help."
            ),
            "sv": (
                "Stress, nedstämdhet, oro och mörka tankar: hur du märker dem och var du kan få "
                "hjälp."
            ),
            "ka": (
                "სტრესი, ცუდი განწყობა, შფოთვა და მძიმე ფიქრები — როგორ შეამჩნიო ისინი და სად "
                "მიიღო დახმარება."
            ),
            "hy": (
                "Սթրես, ընկճվածություն, տագնապ և ծանր մտքեր — ինչպես նկատել դրանք և որտեղ "
                "օգնություն ստանալ։"
            ),
            "ro": (
                "Stres, tristețe, anxietate și gânduri întunecate: cum le observi și unde găsești "
                "ajutor."
            ),
            "ru": (
                "Стресс, подавленность, тревога и тяжёлые мысли: как их заметить и где найти "
                "помощь."
            ),
            "be": (
                "Стрэс, прыгнечанасць, трывога і цяжкія думкі: як іх заўважыць і дзе знайсці "
                "дапамогу."
            ),
        },
    },
    {
        "slug": "family-and-fatherhood",
        "name": {
            "en": "Family and fatherhood",
            "sv": "Familj och faderskap",
            "ka": "ოჯახი და მამობა",
            "hy": "Ընտանիք և հայրություն",
            "ro": "Familie și paternitate",
            "ru": "Семья и отцовство",
            "be": "Сям’я і бацькоўства",
        },
        "description": {
            "en": (
                "Parents, siblings, expectations at home, and the kind of father you might want "
                "to be one day."
            ),
            "sv": (
                "Föräldrar, syskon, förväntningar hemma och vilken sorts pappa du kanske vill bli "
                "en dag."
            ),
            "ka": "მშობლები, და-ძმები, ოჯახის მოლოდინები და როგორი მამა გინდა, რომ ოდესმე იყო.",
            "hy": (
                "Ծնողներ, քույրեր ու եղբայրներ, տան ակնկալիքներ և թե ինչպիսի հայր կուզեիր լինել "
                "մի օր։"
            ),
            "ro": (
                "Părinți, frați și surori, așteptările de acasă și ce fel de tată ai vrea să fii "
                "într-o zi."
            ),
            "ru": (
                "Родители, братья и сёстры, ожидания дома и то, каким отцом ты, может быть, "
                "захочешь стать."
            ),
            "be": (
                "Бацькі, браты і сёстры, чаканні дома і тое, якім бацькам ты, магчыма, захочаш "
                "стаць."
            ),
        },
    },
    {
        "slug": "online-life",
        "name": {
            "en": "Online life",
            "sv": "Livet på nätet",
            "ka": "ცხოვრება ინტერნეტში",
            "hy": "Կյանքը համացանցում",
            "ro": "Viața online",
            "ru": "Жизнь онлайн",
            "be": "Жыццё ў сеціве",
        },
        "description": {
            "en": (
                "Games, social media, porn, pressure and privacy: your life online is real life "
                "too."
            ),
            "sv": (
                "Spel, sociala medier, porr, press och integritet: ditt liv på nätet är också "
                "ditt riktiga liv."
            ),
            "ka": (
                "თამაშები, სოციალური ქსელები, პორნო, ზეწოლა და პირადი სივრცე — ონლაინ ცხოვრებაც "
                "ნამდვილი ცხოვრებაა."
            ),
            "hy": (
                "Խաղեր, սոցիալական ցանցեր, պոռնո, ճնշում և անձնական տվյալներ — առցանց կյանքդ "
                "նույնպես իրական կյանք է։"
            ),
            "ro": (
                "Jocuri, rețele sociale, porno, presiune și intimitate: viața ta online e tot "
                "viață reală."
            ),
            "ru": (
                "Игры, соцсети, порно, давление и приватность: твоя жизнь в сети — тоже настоящая "
                "жизнь."
            ),
            "be": (
                "Гульні, сацсеткі, порна, ціск і прыватнасць: тваё жыццё ў сеціве — таксама "
                "сапраўднае жыццё."
            ),
        },
    },
]

HOME = {
    "en": {
        "title": "Redefine",
        "intro_heading": "A place to be honest about being a guy",
        "intro": (
            "Redefine is for boys and young men who want straight talk about feelings, "
            "relationships, sex, the body and violence. Read articles written for where you live, "
            "and chat with someone who listens. You don't have to give your name, and nobody here "
            "will judge you."
        ),
        "search_description": (
            "Honest articles and an anonymous chat for boys and young men aged 13–25 about "
            "masculinity, feelings, relationships, sex and consent."
        ),
    },
    "sv": {
        "title": "Redefine",
        "intro_heading": "En plats där du kan vara ärlig om att vara kille",
        "intro": (
            "Redefine är till för killar och unga män som vill ha raka samtal om känslor, "
            "relationer, sex, kroppen och våld. Här finns texter skrivna för där du bor och en "
            "chatt med någon som lyssnar. Du behöver inte säga vem du är, och ingen här dömer dig."
        ),
        "search_description": (
            "Ärliga texter och en anonym chatt för killar och unga män 13–25 år om maskulinitet, "
            "känslor, relationer, sex och samtycke."
        ),
    },
    "ka": {
        "title": "Redefine",
        "intro_heading": "ადგილი, სადაც ბიჭად ყოფნაზე გულწრფელად შეგიძლია ილაპარაკო",
        "intro": (
            "Redefine ბიჭებისა და ახალგაზრდა მამაკაცებისთვისაა, რომლებსაც სურთ გულახდილი საუბარი "
            "გრძნობებზე, ურთიერთობებზე, სექსზე, სხეულსა და ძალადობაზე. აქ იპოვი შენი ქვეყნისთვის "
            "დაწერილ სტატიებს და ჩატს, სადაც მოგისმენენ. სახელის თქმა არ გჭირდება და აქ არავინ "
            "განგსჯის."
        ),
        "search_description": (
            "გულწრფელი სტატიები და ანონიმური ჩატი 13–25 წლის ბიჭებისა და ახალგაზრდა "
            "მამაკაცებისთვის მამაკაცურობაზე, გრძნობებზე, ურთიერთობებზე, სექსსა და თანხმობაზე."
        ),
    },
    "hy": {
        "title": "Redefine",
        "intro_heading": "Տեղ, որտեղ կարող ես անկեղծ խոսել տղա լինելու մասին",
        "intro": (
            "Redefine-ը տղաների և երիտասարդ տղամարդկանց համար է, ովքեր ուզում են անկեղծ խոսել "
            "զգացմունքների, հարաբերությունների, սեքսի, մարմնի և բռնության մասին։ Այստեղ կգտնես քո "
            "երկրի համար գրված հոդվածներ և չատ, որտեղ քեզ կլսեն։ Պետք չէ ասել անունդ, և այստեղ ոչ "
            "ոք քեզ չի դատի։"
        ),
        "search_description": (
            "Անկեղծ հոդվածներ և անանուն չատ 13–25 տարեկան տղաների ու երիտասարդ տղամարդկանց համար՝ "
            "տղամարդկության, զգացմունքների, հարաբերությունների, սեքսի և համաձայնության մասին։"
        ),
    },
    "ro": {
        "title": "Redefine",
        "intro_heading": "Un loc unde poți vorbi sincer despre cum e să fii băiat",
        "intro": (
            "Redefine este pentru băieți și tineri care vor să vorbească deschis despre emoții, "
            "relații, sex, corp și violență. Aici găsești articole scrise pentru locul în care "
            "trăiești și un chat cu cineva care te ascultă. Nu trebuie să-ți spui numele și "
            "nimeni de aici nu te judecă."
        ),
        "search_description": (
            "Articole sincere și un chat anonim pentru băieți și tineri de 13–25 de ani despre "
            "masculinitate, emoții, relații, sex și consimțământ."
        ),
    },
    "ru": {
        "title": "Redefine",
        "intro_heading": "Место, где можно честно говорить о том, каково быть парнем",
        "intro": (
            "Redefine — для парней и молодых мужчин, которые хотят честно говорить о чувствах, "
            "отношениях, сексе, теле и насилии. Здесь есть статьи, написанные для твоей страны, и "
            "чат, где тебя выслушают. Называть своё имя не нужно, и никто здесь тебя не осудит."
        ),
        "search_description": (
            "Честные статьи и анонимный чат для парней и молодых мужчин 13–25 лет о "
            "мужественности, чувствах, отношениях, сексе и согласии."
        ),
    },
    "be": {
        "title": "Redefine",
        "intro_heading": "Месца, дзе можна шчыра гаварыць пра тое, як гэта — быць хлопцам",
        "intro": (
            "Redefine — для хлопцаў і маладых мужчын, якія хочуць шчыра гаварыць пра пачуцці, "
            "адносіны, сэкс, цела і гвалт. Тут ёсць артыкулы, напісаныя для тваёй краіны, і чат, "
            "дзе цябе выслухаюць. Называць сваё імя не трэба, і ніхто тут цябе не асудзіць."
        ),
        "search_description": (
            "Шчырыя артыкулы і ананімны чат для хлопцаў і маладых мужчын 13–25 гадоў пра тое, як "
            "быць хлопцам, пра пачуцці, адносіны, сэкс і згоду."
        ),
    },
}

TOPIC_INDEX = {
    "en": {
        "title": "Topics",
        "intro": (
            "Pick a topic to find articles about it. Start wherever you like: there is no right "
            "order."
        ),
    },
    "sv": {
        "title": "Ämnen",
        "intro": (
            "Välj ett ämne för att hitta texter om det. Börja var du vill, det finns ingen rätt "
            "ordning."
        ),
    },
    "ka": {
        "title": "თემები",
        "intro": (
            "აირჩიე თემა და იპოვე მასზე დაწერილი სტატიები. დაიწყე, საიდანაც გინდა — სწორი "
            "თანმიმდევრობა არ არსებობს."
        ),
    },
    "hy": {
        "title": "Թեմաներ",
        "intro": (
            "Ընտրիր թեմա՝ դրա մասին հոդվածներ գտնելու համար։ Սկսիր որտեղից ուզում ես։ Ճիշտ "
            "հերթականություն չկա։"
        ),
    },
    "ro": {
        "title": "Teme",
        "intro": (
            "Alege o temă ca să găsești articole despre ea. Începe de unde vrei: nu există o "
            "ordine corectă."
        ),
    },
    "ru": {
        "title": "Темы",
        "intro": (
            "Выбери тему, чтобы найти статьи о ней. Начни с чего хочешь: правильного порядка нет."
        ),
    },
    "be": {
        "title": "Тэмы",
        "intro": (
            "Абяры тэму, каб знайсці артыкулы пра яе. Пачынай з чаго хочаш: правільнага парадку "
            "няма."
        ),
    },
}

COUNTRIES = [
    {
        "code": "SE",
        "slug": "sweden",
        "locales": ["sv", "en"],
        "translations": {
            "sv": {
                "title": "Sverige",
                "intro": (
                    "Texter från MÄN för killar som växer upp i Sverige: om skolan, kompisarna, "
                    "hemmet och livet på nätet. Här hittar du också vart du kan vända dig om du "
                    "behöver prata med någon."
                ),
                "context_note": (
                    "<p>I Sverige pratar man mycket om jämställdhet, men i korridoren och i "
                    "gruppchatten kan det låta annorlunda. Många killar känner att de måste vara "
                    "tuffa, roliga och oberörda hela tiden, och det kan vara svårt att visa att "
                    "något gör ont.</p><p>Det år du fyller 18 ska du fylla i ett underlag om "
                    "värnplikt, och en del kallas sedan till mönstring. Många flyttar också "
                    "hemifrån eller börjar jobba ungefär samtidigt. Det är mycket på en gång, och "
                    "det är okej att behöva stöd.</p>"
                ),
            },
            "en": {
                "title": "Sweden",
                "intro": (
                    "Articles from MÄN for boys growing up in Sweden: about school, friends, home "
                    "and life online. You will also find where to turn if you need to talk to "
                    "someone."
                ),
                "context_note": (
                    "<p>Sweden talks a lot about gender equality, but in the school corridor or "
                    "the group chat things can sound different. Many boys feel they have to be "
                    "tough, funny and unbothered all the time, and it can be hard to show that "
                    "something hurts.</p><p>The year you turn 18 you fill in a questionnaire "
                    "about military service, and some are then called in for assessment. Many "
                    "also move out or start working around the same time. That is a lot at once, "
                    "and needing support is okay.</p>"
                ),
            },
        },
    },
    {
        "code": "GE",
        "slug": "georgia",
        "locales": ["ka", "en"],
        "translations": {
            "ka": {
                "title": "საქართველო",
                "intro": (
                    "საფარის სტატიები საქართველოში მცხოვრები ბიჭებისთვის: სკოლაზე, ოჯახზე, "
                    "მეგობრებსა და ონლაინ ცხოვრებაზე. აქვე გაიგებ, ვის შეგიძლია მიმართო, თუ "
                    "ვინმესთან ლაპარაკი გჭირდება."
                ),
                "context_note": (
                    "<p>საქართველოში ბიჭისგან ხშირად ელიან, რომ ძლიერი იყოს, ოჯახს დაეხმაროს და "
                    "ემოციები არ აჩვენოს. „კაცი არ ტირის“ — ამას ბევრი ბავშვობიდან ისმენს, "
                    "სახლშიც და ეზოშიც.</p><p>18 წლიდან ბევრს სავალდებულო სამხედრო სამსახური "
                    "ელოდება, ზოგი კი სასწავლებლად ან სამუშაოდ სხვა ქალაქში ან ქვეყანაში მიდის. "
                    "თუ ყველაფერი ერთად დაგაწვება, ნორმალურია, რომ დახმარება დაგჭირდეს.</p>"
                ),
            },
            "en": {
                "title": "Georgia",
                "intro": (
                    "Articles from Sapari for boys growing up in Georgia: about school, family, "
                    "friends and life online. You will also find where to turn if you need to "
                    "talk to someone."
                ),
                "context_note": (
                    "<p>In Georgia boys are often expected to be strong, help the family and keep "
                    "their feelings to themselves. “A man doesn't cry” is something many hear "
                    "from childhood, at home and out in the yard.</p><p>From 18, many face "
                    "compulsory military service, and others leave for another city or country to "
                    "study or work. If it all lands on you at once, it is normal to need help.</p>"
                ),
            },
        },
    },
    {
        "code": "MD",
        "slug": "moldova",
        "locales": ["ro", "ru", "en"],
        "translations": {
            "ro": {
                "title": "Moldova",
                "intro": (
                    "Articole de la Casa Marioarei pentru băieții care cresc în Moldova: despre "
                    "școală, familie, prieteni și viața online. Aici afli și unde te poți adresa "
                    "dacă ai nevoie să vorbești cu cineva."
                ),
                "context_note": (
                    "<p>Mulți băieți din Moldova cresc cu un părinte plecat la muncă peste hotare "
                    "sau cu bunicii. Unii preiau devreme treburi de adult acasă și simt că nu au "
                    "voie să se plângă.</p><p>La școală și în gașcă, presiunea de a părea „bărbat "
                    "adevărat” poate fi mare. Dacă îți este greu, nu ești singur și e în regulă "
                    "să ceri ajutor.</p>"
                ),
            },
            "ru": {
                "title": "Молдова",
                "intro": (
                    "Статьи от Casa Marioarei для парней, которые растут в Молдове: о школе, "
                    "семье, друзьях и жизни онлайн. Здесь же ты узнаешь, куда обратиться, если "
                    "нужно с кем-то поговорить."
                ),
                "context_note": (
                    "<p>Многие парни в Молдове растут, пока мама или папа на заработках за "
                    "границей, — с одним из родителей или с бабушкой и дедушкой. Некоторые рано "
                    "берут на себя взрослые дела дома и чувствуют, что жаловаться нельзя.</p><p>В "
                    "школе и в компании друзей давление «быть настоящим мужиком» бывает сильным. "
                    "Если тебе тяжело, ты не один, и просить о помощи — нормально.</p>"
                ),
            },
            "en": {
                "title": "Moldova",
                "intro": (
                    "Articles from Casa Marioarei for boys growing up in Moldova: about school, "
                    "family, friends and life online. You will also find where to turn if you "
                    "need to talk to someone."
                ),
                "context_note": (
                    "<p>Many boys in Moldova grow up with a parent working abroad, or with their "
                    "grandparents. Some take on adult jobs at home early and feel they are not "
                    "allowed to complain.</p><p>At school and among friends, the pressure to look "
                    "like a “real man” can be heavy. If things are hard, you are not alone, and "
                    "asking for help is okay.</p>"
                ),
            },
        },
    },
    {
        "code": "BY",
        "slug": "belarus",
        "locales": ["be", "ru", "en"],
        "translations": {
            "be": {
                "title": "Беларусь",
                "intro": (
                    "Артыкулы ад «Агенды правоў жанчын Беларусі» для хлопцаў, якія растуць у "
                    "Беларусі або ў эміграцыі: пра школу, сям’ю, сяброў і жыццё ў сеціве. Тут жа "
                    "даведаешся, куды звярнуцца, калі трэба з кімсьці пагаварыць."
                ),
                "context_note": (
                    "<p>Хлопцы з Беларусі часта вучацца не паказваць, што ім страшна ці балюча: "
                    "так прасцей у школе, у войску і дома. Многія сем’і апынуліся ў розных "
                    "краінах, і частка хлопцаў расце за мяжой, паміж дзвюма мовамі і дзвюма "
                    "школамі.</p><p>У сеціве трэба думаць пра бяспеку: што ты пішаш, з якой "
                    "прылады і хто можа гэта ўбачыць. Калі цяжка, ты не адзін, і пра гэта можна "
                    "пагаварыць ананімна.</p>"
                ),
            },
            "ru": {
                "title": "Беларусь",
                "intro": (
                    "Статьи от «Повестки прав женщин Беларуси» для парней, которые растут в "
                    "Беларуси или в эмиграции: о школе, семье, друзьях и жизни в сети. Здесь же "
                    "ты узнаешь, куда обратиться, если нужно с кем-то поговорить."
                ),
                "context_note": (
                    "<p>Парни из Беларуси часто учатся не показывать, что им страшно или больно: "
                    "так проще в школе, в армии и дома. Многие семьи оказались в разных странах, "
                    "и часть парней растёт за границей, между двумя языками и двумя "
                    "школами.</p><p>В сети нужно думать о безопасности: что ты пишешь, с какого "
                    "устройства и кто может это увидеть. Если тяжело, ты не один, и об этом можно "
                    "поговорить анонимно.</p>"
                ),
            },
            "en": {
                "title": "Belarus",
                "intro": (
                    "Articles from Women's Rights Agenda Belarus for boys growing up in Belarus "
                    "or in exile: about school, family, friends and life online. You will also "
                    "find where to turn if you need to talk to someone."
                ),
                "context_note": (
                    "<p>Boys from Belarus often learn not to show when they are scared or "
                    "hurting: it is easier that way at school, in the army and at home. Many "
                    "families are now split across borders, and some boys are growing up abroad, "
                    "between two languages and two schools.</p><p>Online, safety matters: what "
                    "you write, which device you use and who might see it. If things are hard, "
                    "you are not alone, and you can talk about it anonymously.</p>"
                ),
            },
        },
    },
    {
        "code": "AM",
        "slug": "armenia",
        "locales": ["hy", "ru", "en"],
        "translations": {
            "hy": {
                "title": "Հայաստան",
                "intro": (
                    "Սեռական բռնության ճգնաժամային կենտրոնի և Հայ առաջադեմ երիտասարդության "
                    "հոդվածները Հայաստանում մեծացող տղաների համար են՝ դպրոցի, ընտանիքի, ընկերների "
                    "և առցանց կյանքի մասին։ Այստեղ կիմանաս նաև, թե ում կարող ես դիմել, եթե ուզում "
                    "ես ինչ-որ մեկի հետ խոսել։"
                ),
                "context_note": (
                    "<p>Հայաստանում տղաներից հաճախ սպասում են, որ ուժեղ լինեն, չբողոքեն և "
                    "պաշտպանեն ընտանիքը։ Շատերը մանկուց լսում են, որ «տղամարդը չի "
                    "լացում»։</p><p>18 տարեկանում տղաների մեծ մասին սպասում է պարտադիր զինվորական "
                    "ծառայությունը, և դրա մասին մտքերը կարող են ծանրանալ դեռ դպրոցում։ Եթե դժվար "
                    "է, մենակ չես, և նորմալ է օգնություն խնդրել։</p>"
                ),
            },
            "ru": {
                "title": "Армения",
                "intro": (
                    "Статьи Кризисного центра помощи при сексуальном насилии и «Армянской "
                    "прогрессивной молодёжи» для парней, которые растут в Армении: о школе, "
                    "семье, друзьях и жизни онлайн. Здесь же ты узнаешь, куда обратиться, если "
                    "нужно с кем-то поговорить."
                ),
                "context_note": (
                    "<p>В Армении от парней часто ждут, что они будут сильными, не будут "
                    "жаловаться и будут защищать семью. Многие с детства слышат, что «мужчины не "
                    "плачут».</p><p>В 18 лет большинство парней ждёт обязательная военная служба, "
                    "и мысли о ней могут давить ещё в школе. Если тяжело, ты не один, и просить о "
                    "помощи — нормально.</p>"
                ),
            },
            "en": {
                "title": "Armenia",
                "intro": (
                    "Articles from the Sexual Assault Crisis Center and Armenian Progressive "
                    "Youth for boys growing up in Armenia: about school, family, friends and life "
                    "online. You will also find where to turn if you need to talk to someone."
                ),
                "context_note": (
                    "<p>In Armenia boys are often expected to be strong, not complain and protect "
                    "the family. Many hear from childhood that “men don't cry”.</p><p>At 18 most "
                    "boys face compulsory military service, and thinking about it can weigh on "
                    "you while you are still at school. If things are hard, you are not alone, "
                    "and asking for help is okay.</p>"
                ),
            },
        },
    },
]

PARTNERS = {
    "man": {
        "website": "https://mfj.se",
        "translations": {
            "sv": {
                "title": "MÄN",
                "intro": (
                    "MÄN är en feministisk organisation som arbetar för jämställdhet och mot mäns "
                    "våld. MÄN leder Redefine tillsammans med partnerorganisationer i fyra länder."
                ),
                "about": (
                    "<p>MÄN är en ideell organisation i Sverige som sedan 1990-talet arbetar med "
                    "killar och män för jämställdhet och mot våld. Organisationen leder "
                    "samtalsgrupper, utbildar vuxna som möter unga och uppmuntrar fler män att ta "
                    "ansvar och engagera sig.</p><p>Med killar arbetar MÄN ofta i grupper där "
                    "alla pratar utifrån egna erfarenheter, lyssnar på varandra och inte dömer. "
                    "Samma tanke finns i texterna och chatten på Redefine.</p>"
                ),
            },
            "en": {
                "title": "MÄN",
                "intro": (
                    "MÄN is a feminist organisation working for gender equality and against men's "
                    "violence. MÄN leads Redefine together with partner organisations in four "
                    "countries."
                ),
                "about": (
                    "<p>MÄN is a Swedish non-profit organisation that has worked with boys and "
                    "men for gender equality and against violence since the 1990s. It runs "
                    "conversation groups, trains adults who work with young people and encourages "
                    "more men to take responsibility and get involved.</p><p>With boys, MÄN often "
                    "works in groups where everyone speaks from their own experience, listens to "
                    "the others and does not judge. The same idea runs through the articles and "
                    "the chat on Redefine.</p>"
                ),
            },
        },
    },
    "sapari": {
        "website": "https://sapari.ge",
        "translations": {
            "ka": {
                "title": "საფარი",
                "intro": (
                    "საფარი ქართული ორგანიზაციაა, რომელიც ძალადობის წინააღმდეგ მუშაობს და "
                    "ძალადობისგან დაზარალებულ ადამიანებს ეხმარება."
                ),
                "about": (
                    "<p>საფარი საქართველოში მოქმედი არასამთავრობო ორგანიზაციაა, რომელიც "
                    "ძალადობაგამოვლილ ადამიანებს უწევს მხარდაჭერას და საზოგადოებაში გენდერული "
                    "თანასწორობისთვის მუშაობს.</p><p>Redefine-ის ფარგლებში საფარი ბიჭებსა და "
                    "ახალგაზრდა მამაკაცებს ესაუბრება იმაზე, როგორ ზღუდავს მათ მკაცრი „კაცური“ "
                    "ნორმები და როგორ შეიძლება ურთიერთობების აწყობა ძალადობის გარეშე.</p>"
                ),
            },
            "en": {
                "title": "Sapari",
                "intro": (
                    "Sapari is a Georgian organisation that works against violence and supports "
                    "people affected by it."
                ),
                "about": (
                    "<p>Sapari is a non-governmental organisation in Georgia that supports "
                    "survivors of violence and works for gender equality in society.</p><p>In "
                    "Redefine, Sapari talks with boys and young men about how rigid “manly” norms "
                    "box them in, and about how to build relationships without violence.</p>"
                ),
            },
        },
    },
    "casa-marioarei": {
        "website": "https://casamarioarei.md",
        "translations": {
            "ro": {
                "title": "Casa Marioarei",
                "intro": (
                    "Casa Marioarei este o organizație din Republica Moldova care sprijină "
                    "persoanele afectate de violența în familie și lucrează pentru o viață fără "
                    "violență."
                ),
                "about": (
                    "<p>Casa Marioarei este o organizație neguvernamentală din Republica Moldova "
                    "care oferă sprijin femeilor și copiilor afectați de violența în familie și "
                    "lucrează pentru prevenirea violenței în comunitate.</p><p>În cadrul "
                    "Redefine, Casa Marioarei vorbește cu băieți și tineri despre emoții, relații "
                    "și despre cum pot ieși din tiparele care duc la violență.</p>"
                ),
            },
            "ru": {
                "title": "Casa Marioarei",
                "intro": (
                    "Casa Marioarei — организация из Молдовы, которая поддерживает людей, "
                    "пострадавших от домашнего насилия, и работает ради жизни без насилия."
                ),
                "about": (
                    "<p>Casa Marioarei — неправительственная организация в Молдове, которая "
                    "помогает женщинам и детям, пострадавшим от домашнего насилия, и занимается "
                    "профилактикой насилия.</p><p>В рамках Redefine Casa Marioarei говорит с "
                    "парнями и молодыми мужчинами о чувствах, отношениях и о том, как выйти из "
                    "привычных сценариев, которые ведут к насилию.</p>"
                ),
            },
            "en": {
                "title": "Casa Marioarei",
                "intro": (
                    "Casa Marioarei is an organisation in Moldova that supports people affected "
                    "by domestic violence and works for a life free from violence."
                ),
                "about": (
                    "<p>Casa Marioarei is a non-governmental organisation in Moldova that "
                    "supports women and children affected by domestic violence and works to "
                    "prevent violence in the community.</p><p>In Redefine, Casa Marioarei talks "
                    "with boys and young men about feelings, relationships and how to step out of "
                    "the patterns that lead to violence.</p>"
                ),
            },
        },
    },
    "wrab": {
        "website": "",
        "translations": {
            "be": {
                "title": "Агенда правоў жанчын Беларусі",
                "intro": (
                    "«Агенда правоў жанчын Беларусі» — арганізацыя, якая змагаецца за правы "
                    "жанчын і супраць гвалту. Цяпер каманда працуе ў эміграцыі, у Вільні."
                ),
                "about": (
                    "<p>Арганізацыя абараняе правы жанчын, падтрымлівае тых, хто сутыкнуўся з "
                    "гвалтам, і распавядае пра гендарную роўнасць па-беларуску і па-руску. "
                    "Каманда працуе з Вільні, бо ў Беларусі такая праца небяспечная.</p><p>У "
                    "Redefine арганізацыя размаўляе з хлопцамі і маладымі мужчынамі ў Беларусі і "
                    "ў эміграцыі пра пачуцці, адносіны і жыццё без гвалту, а таксама пра тое, як "
                    "заставацца ў бяспецы ў сеціве.</p>"
                ),
            },
            "ru": {
                "title": "Повестка прав женщин Беларуси",
                "intro": (
                    "«Повестка прав женщин Беларуси» — организация, которая выступает за права "
                    "женщин и против насилия. Сейчас команда работает в эмиграции, в Вильнюсе."
                ),
                "about": (
                    "<p>Организация защищает права женщин, поддерживает тех, кто столкнулся с "
                    "насилием, и рассказывает о гендерном равенстве на белорусском и русском "
                    "языках. Команда работает из Вильнюса, потому что в Беларуси такая работа "
                    "небезопасна.</p><p>В Redefine организация говорит с парнями и молодыми "
                    "мужчинами в Беларуси и в эмиграции о чувствах, отношениях и жизни без "
                    "насилия, а также о том, как оставаться в безопасности в сети.</p>"
                ),
            },
            "en": {
                "title": "Women's Rights Agenda Belarus",
                "intro": (
                    "Women's Rights Agenda Belarus works for women's rights and against violence. "
                    "The team works in exile, in Vilnius."
                ),
                "about": (
                    "<p>The organisation defends women's rights, supports people who have faced "
                    "violence and talks about gender equality in Belarusian and Russian. The team "
                    "works from Vilnius, because this work is not safe inside Belarus.</p><p>In "
                    "Redefine, the organisation talks with boys and young men in Belarus and in "
                    "exile about feelings, relationships and a life without violence, and about "
                    "how to stay safe online.</p>"
                ),
            },
        },
    },
    "sacc": {
        "website": "",
        "translations": {
            "hy": {
                "title": "Սեռական բռնության ճգնաժամային կենտրոն",
                "intro": (
                    "Սեռական բռնության ճգնաժամային կենտրոնն աջակցում է սեռական բռնության "
                    "ենթարկված մարդկանց և աշխատում է բռնության կանխարգելման ուղղությամբ։"
                ),
                "about": (
                    "<p>Կենտրոնը Հայաստանում հոգեբանական, իրավական և տեղեկատվական աջակցություն է "
                    "տրամադրում սեռական բռնության ենթարկված մարդկանց և նրանց հարազատներին, ինչպես "
                    "նաև դասընթացներ է անցկացնում համաձայնության և անվտանգ հարաբերությունների "
                    "մասին։</p><p>Redefine-ի շրջանակում կենտրոնը տղաների և երիտասարդ տղամարդկանց "
                    "հետ խոսում է համաձայնության, անձնական սահմանների և այն մասին, թե ինչ անել, "
                    "եթե բռնություն է պատահել քեզ կամ ընկերոջդ հետ։</p>"
                ),
            },
            "ru": {
                "title": "Кризисный центр помощи при сексуальном насилии",
                "intro": (
                    "Центр поддерживает людей, переживших сексуальное насилие, и занимается "
                    "профилактикой насилия в Армении."
                ),
                "about": (
                    "<p>Центр оказывает психологическую, юридическую и информационную поддержку "
                    "людям, пережившим сексуальное насилие, и их близким, а также проводит "
                    "занятия о согласии и безопасных отношениях.</p><p>В рамках Redefine центр "
                    "говорит с парнями и молодыми мужчинами о согласии, личных границах и о том, "
                    "что делать, если насилие случилось с тобой или с твоим другом.</p>"
                ),
            },
            "en": {
                "title": "Sexual Assault Crisis Center",
                "intro": (
                    "The Sexual Assault Crisis Center supports people who have experienced sexual "
                    "violence and works to prevent violence in Armenia."
                ),
                "about": (
                    "<p>The centre offers psychological, legal and practical information and "
                    "support to people who have experienced sexual violence and to those close to "
                    "them, and runs sessions on consent and safe relationships.</p><p>In "
                    "Redefine, the centre talks with boys and young men about consent, personal "
                    "boundaries and what to do if violence has happened to you or to a friend.</p>"
                ),
            },
        },
    },
    "apy": {
        "website": "",
        "translations": {
            "hy": {
                "title": "Հայ առաջադեմ երիտասարդություն",
                "intro": (
                    "Հայ առաջադեմ երիտասարդությունը երիտասարդական կազմակերպություն է, որն "
                    "աշխատում է մարդու իրավունքների, հավասարության և երիտասարդների մասնակցության "
                    "համար։"
                ),
                "about": (
                    "<p>Կազմակերպությունը Հայաստանում երիտասարդների համար կազմակերպում է "
                    "քննարկումներ, դասընթացներ և նախաձեռնություններ մարդու իրավունքների, "
                    "գենդերային հավասարության և քաղաքացիական ակտիվության "
                    "մասին։</p><p>Redefine-ում Հայ առաջադեմ երիտասարդությունը տղաների հետ խոսում "
                    "է այն մասին, թե ինչ է նշանակում այսօր տղամարդ լինել, և ինչպես կարելի է "
                    "աջակցել իրար՝ առանց ճնշման ու բռնության։</p>"
                ),
            },
            "en": {
                "title": "Armenian Progressive Youth",
                "intro": (
                    "Armenian Progressive Youth is a youth organisation working for human rights, "
                    "equality and young people's participation."
                ),
                "about": (
                    "<p>The organisation runs discussions, training and initiatives for young "
                    "people in Armenia on human rights, gender equality and civic "
                    "engagement.</p><p>In Redefine, Armenian Progressive Youth talks with boys "
                    "about what it means to be a man today, and how to support each other without "
                    "pressure or violence.</p>"
                ),
            },
        },
    },
}

SUPPORT = {
    "man": {
        "translations": {
            "sv": {
                "title": "Prata med oss",
                "intro": (
                    "Går du och bär på något? Chatta anonymt med oss. Du behöver inte säga vem du "
                    "är, och det finns inga fel anledningar att skriva."
                ),
                "body": (
                    "<p>När du öppnar chatten svarar en av våra utbildade volontärer. Du kan "
                    "skriva om vad som helst: något som har hänt, en känsla som inte släpper "
                    "eller en fråga du aldrig har vågat ställa. Det är okej att inte veta vad man "
                    "ska säga. Skriv ”hej”, så tar vi det därifrån.</p><p>Vem som driver chatten, och "
                    "vad som sparas och hur länge, står vid chatten här ovanför. Är du i fara "
                    "just nu, ring 112.</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Carrying something around? Chat with us anonymously. You don't have to say "
                    "who you are, and there is no wrong reason to write."
                ),
                "body": (
                    "<p>When you open the chat, one of our trained volunteers answers. You can "
                    "write about anything: something that happened, a feeling that won't let go, "
                    "or a question you never dared to ask. It's okay not to know what to say. "
                    "Write “hi” and we'll take it from there.</p><p>Who runs the chat, and what is "
                    "kept and for how long, is written with the chat above. If you are in danger "
                    "right now, call 112.</p>"
                ),
            },
        },
    },
    "sapari": {
        "translations": {
            "ka": {
                "title": "დაგველაპარაკე",
                "intro": (
                    "რამე გაწუხებს? მოგვწერე ანონიმურად. არ გჭირდება თქმა, ვინ ხარ, და "
                    "მოწერისთვის „არასწორი“ მიზეზი არ არსებობს."
                ),
                "body": (
                    "<p>ჩატში საფარის მომზადებული კონსულტანტი გიპასუხებს. შეგიძლია მოგვწერო "
                    "ყველაფერზე: იმაზე, რაც მოხდა, გრძნობაზე, რომელიც არ გტოვებს, ან კითხვაზე, "
                    "რომლის დასმასაც აქამდე ვერ ბედავდი. ნორმალურია, თუ არ იცი, რა თქვა. უბრალოდ "
                    "დაწერე „გამარჯობა“ და დანარჩენს ერთად მოვიფიქრებთ.</p><p>ვინ უძღვება ჩატს, რა "
                    "ინახება და რამდენ ხანს, ზემოთ, ჩატთან წერია. თუ ახლა საფრთხეში ხარ, დარეკე "
                    "112-ზე.</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Something on your mind? Write to us anonymously. You don't have to say who "
                    "you are, and there is no “wrong” reason to get in touch."
                ),
                "body": (
                    "<p>In the chat, a trained counsellor from Sapari answers. You can write "
                    "about anything: something that happened, a feeling that won't leave you, or "
                    "a question you have never dared to ask. It's okay not to know what to say. "
                    "Just write “hello” and we will work out the rest together.</p><p>Who runs the "
                    "chat, and what is kept and for how long, is written with the chat above. If "
                    "you are in danger right now, call 112.</p>"
                ),
            },
        },
    },
    "casa-marioarei": {
        "translations": {
            "ro": {
                "title": "Vorbește cu noi",
                "intro": (
                    "Te apasă ceva? Scrie-ne pe Telegram. Nu există un motiv greșit pentru care să "
                    "ne scrii."
                ),
                "body": (
                    "<p>Pe Telegram îți răspunde un consultant instruit de la Casa Marioarei. Poți "
                    "scrie despre orice: ceva ce s-a întâmplat, o emoție care nu-ți dă pace sau o "
                    "întrebare pe care n-ai îndrăznit niciodată s-o pui. E în regulă să nu știi "
                    "ce să spui. Scrie „salut” și mergem mai departe împreună.</p><p>Cine vede ce "
                    "scrii, ce se păstrează și cât timp scrie mai sus, lângă chat. Dacă ești în "
                    "pericol chiar acum, sună la 112.</p>"
                ),
            },
            "ru": {
                "title": "Поговори с нами",
                "intro": (
                    "Что-то не даёт покоя? Напиши нам в Telegram. Нет «неправильной» причины "
                    "написать."
                ),
                "body": (
                    "<p>В Telegram тебе ответит подготовленный консультант Casa Marioarei. Можно "
                    "писать о чём угодно: о том, что случилось, о чувстве, которое не отпускает, "
                    "или о вопросе, который ты никогда не решался задать. Нормально не знать, что "
                    "сказать. Напиши «привет», а дальше разберёмся вместе.</p><p>Кто видит, что "
                    "ты пишешь, что хранится и как долго, написано выше, рядом с чатом. Если тебе "
                    "прямо сейчас угрожает опасность, звони 112.</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Something weighing on you? Write to us on Telegram. There is no wrong "
                    "reason to write."
                ),
                "body": (
                    "<p>On Telegram, a trained counsellor from Casa Marioarei answers. You can "
                    "write about anything: something that happened, a feeling that gives you no "
                    "peace, or a question you never dared to ask. It's okay not to know what to "
                    "say. Write “hi” and we'll go on from there together.</p><p>Who sees what "
                    "you write, and what is kept and for how long, is written with the chat "
                    "above. If you are in danger right now, call 112.</p>"
                ),
            },
        },
    },
    "wrab": {
        "translations": {
            "be": {
                "title": "Пагавары з намі",
                "intro": (
                    "Штосьці не дае спакою? Напішы нам ананімна ў чат — з Беларусі ці з любой "
                    "іншай краіны. Не трэба казаць, хто ты, і няма «няправільнай» прычыны "
                    "напісаць."
                ),
                "body": (
                    "<p>У чаце табе адкажа падрыхтаваны кансультант або кансультантка нашай "
                    "арганізацыі. Можна пісаць пра што заўгодна: пра тое, што здарылася, пра "
                    "пачуццё, якое не адпускае, або пра пытанне, якое ты ніколі не адважваўся "
                    "задаць. Нармальна не ведаць, што сказаць. Напішы «прывітанне», а далей "
                    "разбярэмся разам.</p><p>Хто вядзе чат, што захоўваецца і як доўга, "
                    "напісана вышэй, побач з чатам. Калі ты ў Беларусі, пішы з прылады, якую "
                    "ніхто не правярае, і пачытай старонку «Бяспека ў сеціве». Калі табе прама "
                    "цяпер пагражае небяспека, тэлефануй 112.</p>"
                ),
            },
            "ru": {
                "title": "Поговори с нами",
                "intro": (
                    "Что-то не даёт покоя? Напиши нам анонимно в чат — из Беларуси или из любой "
                    "другой страны. Не нужно говорить, кто ты, и нет «неправильной» причины "
                    "написать."
                ),
                "body": (
                    "<p>В чате тебе ответит подготовленный консультант или консультантка нашей "
                    "организации. Можно писать о чём угодно: о том, что случилось, о чувстве, "
                    "которое не отпускает, или о вопросе, который ты никогда не решался задать. "
                    "Нормально не знать, что сказать. Напиши «привет», а дальше разберёмся "
                    "вместе.</p><p>Кто ведёт чат, что хранится и как долго, написано выше, рядом "
                    "с чатом. Если ты в Беларуси, пиши с устройства, которое никто не проверяет, и "
                    "прочитай страницу «Безопасность в сети». Если тебе прямо сейчас угрожает "
                    "опасность, звони 112.</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Something bothering you? Write to us anonymously in the chat, from Belarus "
                    "or from anywhere else. You don't have to say who you are, and there is no "
                    "“wrong” reason to write."
                ),
                "body": (
                    "<p>In the chat, a trained counsellor from our organisation answers. You can "
                    "write about anything: something that happened, a feeling that won't let go, "
                    "or a question you never dared to ask. It's okay not to know what to say. "
                    "Write “hi” and we'll figure out the rest together.</p><p>Who runs the chat, "
                    "and what is kept and for how long, is written with the chat above. If you "
                    "are in Belarus, write from a device nobody else checks, and read the page "
                    "“Staying safe online”. If you are in danger right now, call 112.</p>"
                ),
            },
        },
    },
    "sacc": {
        "translations": {
            "hy": {
                "title": "Խոսիր մեզ հետ",
                "intro": (
                    "Ինչ-որ բան անհանգստացնո՞ւմ է քեզ։ Գրիր մեզ անանուն չատում։ Պետք չէ ասել, թե "
                    "ով ես, և գրելու «սխալ» պատճառ չկա։"
                ),
                "body": (
                    "<p>Չատում քեզ կպատասխանի կենտրոնի պատրաստված մասնագետը։ Կարող ես գրել ամեն "
                    "ինչի մասին՝ այն, ինչ պատահել է, զգացմունք, որը հանգիստ չի տալիս, կամ հարց, "
                    "որը երբեք չես համարձակվել տալ։ Նորմալ է չիմանալ, թե ինչ ասել։ Գրիր «բարև», և "
                    "մնացածը միասին կպարզենք։</p><p>Ով է վարում չատը, ինչ է պահվում և որքան "
                    "ժամանակ՝ գրված է վերևում՝ չատի մոտ։ Եթե հենց հիմա վտանգի մեջ ես, զանգիր "
                    "112։</p>"
                ),
            },
            "ru": {
                "title": "Поговори с нами",
                "intro": (
                    "Что-то тревожит? Напиши нам анонимно в чат. Не нужно говорить, кто ты, и нет "
                    "«неправильной» причины написать."
                ),
                "body": (
                    "<p>В чате тебе ответит подготовленный специалист центра. Можно писать о чём "
                    "угодно: о том, что случилось, о чувстве, которое не даёт покоя, или о "
                    "вопросе, который ты никогда не решался задать. Нормально не знать, что "
                    "сказать. Напиши «привет», а дальше разберёмся вместе.</p><p>Кто ведёт чат, "
                    "что хранится и как долго, написано выше, рядом с чатом. Если тебе прямо "
                    "сейчас угрожает опасность, звони 112.</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Something worrying you? Write to us anonymously in the chat. You don't have "
                    "to say who you are, and there is no “wrong” reason to write."
                ),
                "body": (
                    "<p>In the chat, a trained specialist from the centre answers. You can write "
                    "about anything: something that happened, a feeling that gives you no rest, "
                    "or a question you never dared to ask. It's okay not to know what to say. "
                    "Write “hi” and we'll work out the rest together.</p><p>Who runs the chat, "
                    "and what is kept and for how long, is written with the chat above. If you "
                    "are in danger right now, call 112.</p>"
                ),
            },
        },
    },
    # Armenian Progressive Youth has no chat: its page never speaks of one (issue 12.5).
    "apy": {
        "translations": {
            "hy": {
                "title": "Խոսիր մեզ հետ",
                "intro": (
                    "Ուզո՞ւմ ես խոսել մեկի հետ, ով քեզ կհասկանա։ Այստեղ են այն համարները, որոնց "
                    "կարող ես զանգել հենց այսօր, և թե ինչ անել, եթե վտանգի մեջ ես։"
                ),
                "body": (
                    "<p>Հայ առաջադեմ երիտասարդությունը հանդիպումներ է անցկացնում, որտեղ տղաները "
                    "խոսում են ընտանիքի, ընկերների, սիրո, բանակի և ցանկացած այլ բանի մասին։ "
                    "Հանդիպումները վարում են կամավորներ՝ երիտասարդներ, որոնք անցել են հատուկ "
                    "դասընթաց։ Եթե ուզում ես հենց հիմա խոսել որևէ մեկի հետ, զանգիր այս էջի թեժ "
                    "գծերից մեկին։ Այնտեղ քեզ կլսեն, և ոչ մի հարց չափազանց փոքր կամ տարօրինակ "
                    "չէ։</p><p>Եթե հենց հիմա վտանգի մեջ ես, զանգիր 112։</p>"
                ),
            },
            "en": {
                "title": "Talk to us",
                "intro": (
                    "Want to talk to someone who gets it? Here are the numbers you can call "
                    "today, and what to do if you are in danger."
                ),
                "body": (
                    "<p>Armenian Progressive Youth runs meetings where boys talk about family, "
                    "friends, love, the army or anything else. They are led by volunteers: young "
                    "people who have taken special training. If you want to talk to someone right "
                    "now, call one of the helplines on this page. They will listen, and no "
                    "question is too small or too strange.</p><p>If you are in danger right now, "
                    "call 112.</p>"
                ),
            },
        },
    },
}

# Each partner's chat (at least one of every kind) and its opening hours, in the partner's time
# zone from site_config/partners.toml. "weekly": (weekday 0=Monday, opens, closes);
# "exceptions": (first day, last day, opens or None for closed, closes, reason key from
# support.opening_hours.EXCEPTION_REASONS or ""). "privacy": the facts the support page words
# in every language (support/privacy.py): who runs the chat ("operator", "operator_name"), what
# it keeps and for how many days, whether it is anonymous. Between them the partners show each
# kind of statement: run by the partner or by another organisation, a messenger, nothing kept,
# only when and how long, the messages.
SUPPORT_CHAT = {
    "man": {
        "kind": "iframe",
        "chat_url": "https://chat.example.org/man",
        "weekly": [(day, "18:00", "21:00") for day in range(4)] + [(6, "18:00", "21:00")],
        "exceptions": [
            ("2026-12-24", "2026-12-26", None, None, "christmas"),
            ("2026-12-31", "2026-12-31", "12:00", "16:00", "new_years_eve"),
        ],
        "privacy": {
            "operator": "partner",
            "keeps": "messages",
            "retention_days": 30,
            "anonymous": True,
        },
    },
    "sapari": {
        "kind": "chatwoot",
        "chatwoot_base_url": "https://chatwoot.example.org",
        "chatwoot_website_token": "sapariDemoToken2026",
        "weekly": [(day, "17:00", "20:00") for day in range(5)],
        "exceptions": [
            ("2027-01-01", "2027-01-02", None, None, "new_year"),
            ("2027-01-07", "2027-01-07", None, None, "christmas"),
        ],
        "privacy": {
            "operator": "other",
            "operator_name": "Example Hosting",
            "keeps": "messages",
            "retention_days": 14,
            "anonymous": True,
        },
    },
    "casa-marioarei": {
        "kind": "messenger",
        "messenger_url": "https://t.me/casa_marioarei_demo",
        # Two shifts a day with a break between them.
        "weekly": [(day, "10:00", "13:00") for day in range(6)]
        + [(day, "16:00", "20:00") for day in range(5)],
        "exceptions": [("2027-01-07", "2027-01-08", None, None, "christmas")],
        # Telegram knows the reader's account: not anonymous.
        "privacy": {
            "operator": "other",
            "operator_name": "Telegram",
            "keeps": "messages",
            "retention_days": 7,
            "anonymous": False,
        },
    },
    "wrab": {
        "kind": "iframe",
        "chat_url": "https://chat.example.org/wrab",
        # The team works from Vilnius.
        "weekly": [(1, "18:00", "21:00"), (3, "18:00", "21:00"), (5, "12:00", "16:00")],
        "exceptions": [("2027-03-25", "2027-03-25", None, None, "")],
        "privacy": {"operator": "partner", "keeps": "nothing", "anonymous": True},
    },
    "sacc": {
        "kind": "iframe",
        "chat_url": "https://chat.example.org/sacc",
        "weekly": [(day, "11:00", "19:00") for day in range(5)] + [(5, "12:00", "16:00")],
        "exceptions": [("2026-12-31", "2027-01-07", None, None, "new_year_holidays")],
        # The counsellor reads the messages as they come; the centre keeps only when and how
        # long, for its statistics.
        "privacy": {
            "operator": "partner",
            "keeps": "metadata",
            "retention_days": 90,
            "anonymous": True,
        },
    },
    # Armenian Progressive Youth has no chat of its own: its page points to helplines.
    "apy": {"kind": "none", "weekly": [], "exceptions": [], "privacy": {}},
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "translations": {
            "en": {
                "title": "About Redefine",
                "intro": (
                    "Redefine is a programme that engages boys and young men in gender equality "
                    "and in preventing violence."
                ),
                "body": [
                    ("heading", {"text": "What is Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine is a regional programme led by MÄN, a Swedish "
                            "organisation that works with boys and men for gender equality. From "
                            "2023 to 2028 MÄN works together with partner organisations in "
                            "Georgia, Moldova, Belarus and Armenia: Sapari, Casa Marioarei, "
                            "Women's Rights Agenda Belarus, the Sexual Assault Crisis Center and "
                            "Armenian Progressive Youth.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The idea is simple: boys and young men are not the problem, they "
                            "are part of the solution. Together we talk about the rules of the "
                            "“Man Box”, about feelings, relationships, sex and consent, and about "
                            "how to stop violence before it starts.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you find here", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Articles written by people in each country, for the boys who live "
                            "there. An anonymous chat with trained people who know how to listen. "
                            "And tips on where to turn if something has happened.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions",
                            "items": [
                                {
                                    "question": "Who is this site for?",
                                    "answer": (
                                        "<p>Mostly for boys and young men aged 13 to 25. But "
                                        "anyone is welcome to read.</p>"
                                    ),
                                },
                                {
                                    "question": "Do I have to sign up?",
                                    "answer": (
                                        "<p>No. You don't need an account, and you never have to "
                                        "tell us who you are.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "sv": {
                "title": "Om Redefine",
                "intro": (
                    "Redefine är ett program som engagerar killar och unga män i jämställdhet och "
                    "i arbetet mot våld."
                ),
                "body": [
                    ("heading", {"text": "Vad är Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine är ett regionalt program som leds av MÄN, en svensk "
                            "organisation som arbetar med killar och män för jämställdhet. Under "
                            "2023–2028 samarbetar MÄN med partnerorganisationer i Georgien, "
                            "Moldavien, Belarus och Armenien: Sapari, Casa Marioarei, Women's "
                            "Rights Agenda Belarus, Sexual Assault Crisis Center och Armenian "
                            "Progressive Youth.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Tanken är enkel: killar och unga män är inte problemet, de är en "
                            "del av lösningen. Tillsammans pratar vi om reglerna i Manslådan, om "
                            "känslor, relationer, sex och samtycke, och om hur våld kan stoppas "
                            "innan det börjar.</p>"
                        ),
                    ),
                    ("heading", {"text": "Det här hittar du här", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Texter skrivna av människor i varje land, för killarna som bor "
                            "där. En anonym chatt med utbildade personer som kan lyssna. Och tips "
                            "om vart du kan vända dig om något har hänt.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Frågor",
                            "items": [
                                {
                                    "question": "Vem är sidan till för?",
                                    "answer": (
                                        "<p>Främst för killar och unga män mellan 13 och 25 år. "
                                        "Men alla är välkomna att läsa.</p>"
                                    ),
                                },
                                {
                                    "question": "Måste jag registrera mig?",
                                    "answer": (
                                        "<p>Nej. Du behöver inget konto, och du behöver aldrig "
                                        "berätta vem du är.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ka": {
                "title": "Redefine-ის შესახებ",
                "intro": (
                    "Redefine არის პროგრამა, რომელიც ბიჭებსა და ახალგაზრდა მამაკაცებს რთავს "
                    "გენდერული თანასწორობისა და ძალადობის პრევენციის საქმეში."
                ),
                "body": [
                    ("heading", {"text": "რა არის Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine რეგიონული პროგრამაა, რომელსაც ხელმძღვანელობს MÄN — "
                            "შვედური ორგანიზაცია, რომელიც ბიჭებთან და მამაკაცებთან ერთად "
                            "გენდერული თანასწორობისთვის მუშაობს. 2023–2028 წლებში MÄN პარტნიორ "
                            "ორგანიზაციებთან ერთად მუშაობს საქართველოში, მოლდოვაში, ბელარუსსა და "
                            "სომხეთში. ესენი არიან: საფარი, Casa Marioarei, Women's Rights Agenda "
                            "Belarus, Sexual Assault Crisis Center და Armenian Progressive "
                            "Youth.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>იდეა მარტივია: ბიჭები და ახალგაზრდა მამაკაცები პრობლემა კი არ "
                            "არიან, არამედ გამოსავლის ნაწილი. ერთად ვსაუბრობთ „კაცის ყუთის“ "
                            "წესებზე, გრძნობებზე, ურთიერთობებზე, სექსსა და თანხმობაზე და იმაზე, "
                            "როგორ შევაჩეროთ ძალადობა, სანამ დაიწყება.</p>"
                        ),
                    ),
                    ("heading", {"text": "რას იპოვი აქ", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>აქ იპოვი სტატიებს, რომლებსაც თითოეულ ქვეყანაში იქ მცხოვრები "
                            "ბიჭებისთვის წერენ, ანონიმურ ჩატს, სადაც მომზადებული ადამიანები "
                            "გისმენენ, და რჩევებს იმაზე, სად მიმართო, თუ რამე მოხდა.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "კითხვები",
                            "items": [
                                {
                                    "question": "ვისთვისაა ეს საიტი?",
                                    "answer": (
                                        "<p>პირველ რიგში 13-დან 25 წლამდე ბიჭებისა და ახალგაზრდა "
                                        "მამაკაცებისთვის. მაგრამ წაკითხვა ყველას შეუძლია.</p>"
                                    ),
                                },
                                {
                                    "question": "რეგისტრაცია მჭირდება?",
                                    "answer": (
                                        "<p>არა. ანგარიში არ გჭირდება და არასდროს მოგიწევს თქმა, "
                                        "ვინ ხარ.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "hy": {
                "title": "Redefine-ի մասին",
                "intro": (
                    "Redefine-ը ծրագիր է, որը տղաներին և երիտասարդ տղամարդկանց ներգրավում է "
                    "գենդերային հավասարության և բռնության կանխարգելման գործում։"
                ),
                "body": [
                    ("heading", {"text": "Ի՞նչ է Redefine-ը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine-ը տարածաշրջանային ծրագիր է, որը ղեկավարում է MÄN-ը՝ "
                            "շվեդական կազմակերպություն, որն աշխատում է տղաների և տղամարդկանց հետ "
                            "հանուն գենդերային հավասարության։ 2023–2028 թվականներին MÄN-ը "
                            "համագործակցում է Վրաստանի, Մոլդովայի, Բելառուսի և Հայաստանի "
                            "գործընկեր կազմակերպությունների հետ։ Դրանք են՝ Sapari, Casa "
                            "Marioarei, Women's Rights Agenda Belarus, Սեռական բռնության "
                            "ճգնաժամային կենտրոնը և Հայ առաջադեմ երիտասարդությունը։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Գաղափարը պարզ է․ տղաներն ու երիտասարդ տղամարդիկ խնդիրը չեն, այլ "
                            "լուծման մաս են։ Միասին խոսում ենք «տղամարդու արկղի» կանոնների, "
                            "զգացմունքների, հարաբերությունների, սեքսի և համաձայնության մասին, "
                            "ինչպես նաև այն մասին, թե ինչպես կանգնեցնել բռնությունը դեռ մինչև դրա "
                            "սկսվելը։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ի՞նչ կգտնես այստեղ", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Այստեղ կգտնես հոդվածներ, որոնք յուրաքանչյուր երկրում գրվում են "
                            "այնտեղ ապրող տղաների համար, անանուն չատ, որտեղ պատրաստված մարդիկ քեզ "
                            "կլսեն, և խորհուրդներ այն մասին, թե ում դիմել, եթե ինչ-որ բան է "
                            "պատահել։</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Հարցեր",
                            "items": [
                                {
                                    "question": "Ո՞ւմ համար է այս կայքը։",
                                    "answer": (
                                        "<p>Առաջին հերթին 13-ից 25 տարեկան տղաների և երիտասարդ "
                                        "տղամարդկանց համար։ Բայց կարդալ կարող է "
                                        "յուրաքանչյուրը։</p>"
                                    ),
                                },
                                {
                                    "question": "Պե՞տք է գրանցվեմ։",
                                    "answer": (
                                        "<p>Ոչ։ Հաշիվ պետք չէ, և երբեք պարտավոր չես ասել, թե ով "
                                        "ես։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ro": {
                "title": "Despre Redefine",
                "intro": (
                    "Redefine este un program care îi implică pe băieți și pe tineri în "
                    "egalitatea de gen și în prevenirea violenței."
                ),
                "body": [
                    ("heading", {"text": "Ce este Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine este un program regional condus de MÄN, o organizație "
                            "suedeză care lucrează cu băieți și bărbați pentru egalitatea de gen. "
                            "În perioada 2023–2028, MÄN colaborează cu organizații partenere din "
                            "Georgia, Republica Moldova, Belarus și Armenia: Sapari, Casa "
                            "Marioarei, Women's Rights Agenda Belarus, Sexual Assault Crisis "
                            "Center și Armenian Progressive Youth.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ideea e simplă: băieții și tinerii nu sunt problema, ci o parte "
                            "din soluție. Împreună vorbim despre regulile din „cutia bărbăției”, "
                            "despre emoții, relații, sex și consimțământ și despre cum poate fi "
                            "oprită violența înainte să înceapă.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ce găsești aici", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Articole scrise de oameni din fiecare țară, pentru băieții care "
                            "trăiesc acolo. Un chat anonim cu oameni pregătiți, care știu să "
                            "asculte. Și sfaturi despre unde poți cere ajutor dacă s-a întâmplat "
                            "ceva.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Întrebări",
                            "items": [
                                {
                                    "question": "Pentru cine e acest site?",
                                    "answer": (
                                        "<p>Mai ales pentru băieți și tineri între 13 și 25 de "
                                        "ani. Dar oricine e binevenit să citească.</p>"
                                    ),
                                },
                                {
                                    "question": "Trebuie să îmi fac cont?",
                                    "answer": (
                                        "<p>Nu. Nu ai nevoie de cont și nu trebuie niciodată să "
                                        "ne spui cine ești.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ru": {
                "title": "О Redefine",
                "intro": (
                    "Redefine — программа, которая вовлекает парней и молодых мужчин в работу за "
                    "гендерное равенство и против насилия."
                ),
                "body": [
                    ("heading", {"text": "Что такое Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine — региональная программа, которую ведёт MÄN, шведская "
                            "организация, работающая с парнями и мужчинами ради гендерного "
                            "равенства. В 2023–2028 годах MÄN работает вместе с партнёрскими "
                            "организациями в Грузии, Молдове, Беларуси и Армении: Sapari, Casa "
                            "Marioarei, «Повестка прав женщин Беларуси», Кризисный центр помощи "
                            "при сексуальном насилии и «Армянская прогрессивная молодёжь».</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Идея простая: парни и молодые мужчины — не проблема, а часть "
                            "решения. Вместе мы говорим о правилах «мужской коробки», о чувствах, "
                            "отношениях, сексе и согласии и о том, как остановить насилие до "
                            "того, как оно началось.</p>"
                        ),
                    ),
                    ("heading", {"text": "Что здесь есть", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Статьи, которые пишут люди в каждой стране для парней, которые "
                            "там живут. Анонимный чат с подготовленными людьми, которые умеют "
                            "слушать. И подсказки, куда обратиться, если что-то случилось.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Вопросы",
                            "items": [
                                {
                                    "question": "Для кого этот сайт?",
                                    "answer": (
                                        "<p>В первую очередь для парней и молодых мужчин от 13 до "
                                        "25 лет. Но читать могут все.</p>"
                                    ),
                                },
                                {
                                    "question": "Нужно ли регистрироваться?",
                                    "answer": (
                                        "<p>Нет. Аккаунт не нужен, и тебе никогда не придётся "
                                        "говорить, кто ты.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "be": {
                "title": "Пра Redefine",
                "intro": (
                    "Redefine — праграма, якая залучае хлопцаў і маладых мужчын у працу за "
                    "гендарную роўнасць і супраць гвалту."
                ),
                "body": [
                    ("heading", {"text": "Што такое Redefine?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Redefine — рэгіянальная праграма, якую вядзе MÄN, шведская "
                            "арганізацыя, што працуе з хлопцамі і мужчынамі дзеля гендарнай "
                            "роўнасці. У 2023–2028 гадах MÄN працуе разам з партнёрскімі "
                            "арганізацыямі ў Грузіі, Малдове, Беларусі і Арменіі: Sapari, Casa "
                            "Marioarei, «Агенда правоў жанчын Беларусі», Крызісны цэнтр дапамогі "
                            "пры сэксуальным гвалце і «Армянская прагрэсіўная моладзь».</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ідэя простая: хлопцы і маладыя мужчыны — не праблема, а частка "
                            "рашэння. Разам мы гаворым пра правілы «мужчынскай скрынкі», пра "
                            "пачуцці, адносіны, сэкс і згоду і пра тое, як спыніць гвалт яшчэ да "
                            "таго, як ён пачаўся.</p>"
                        ),
                    ),
                    ("heading", {"text": "Што тут ёсць", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Артыкулы, якія пішуць людзі ў кожнай краіне для хлопцаў, што там "
                            "жывуць. Ананімны чат з падрыхтаванымі людзьмі, якія ўмеюць слухаць. "
                            "І падказкі, куды звярнуцца, калі нешта здарылася.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Пытанні",
                            "items": [
                                {
                                    "question": "Для каго гэты сайт?",
                                    "answer": (
                                        "<p>Перадусім для хлопцаў і маладых мужчын ад 13 да 25 "
                                        "гадоў. Але чытаць могуць усе.</p>"
                                    ),
                                },
                                {
                                    "question": "Ці трэба рэгістравацца?",
                                    "answer": (
                                        "<p>Не. Акаўнт не патрэбны, і табе ніколі не давядзецца "
                                        "казаць, хто ты.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "privacy",
        "translations": {
            "en": {
                "title": "Privacy",
                "intro": (
                    "You should be able to read and ask questions here without leaving traces. "
                    "This is what we collect, and what we don't."
                ),
                "body": [
                    ("heading", {"text": "What we do not collect", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>This site sets no cookies for visitors. There is no tracking, no "
                            "analytics and no advertising, and we share nothing with social "
                            "networks. We do not log your IP address, and we do not save what you "
                            "search for. Our server needs your connection for a moment to send "
                            "you the page, but nothing about it is written down.</p>"
                        ),
                    ),
                    ("heading", {"text": "The chat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The chat is run by the partner organisation in your country. What "
                            "the chat keeps, and for how long, is explained on each "
                            "organisation's support page. You never have to give your name.</p>"
                        ),
                    ),
                    ("heading", {"text": "Your own device", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Even if we save nothing, your browser may remember which pages "
                            "you have visited. Read the page “Staying safe online” to learn how "
                            "to hide your visit.</p>"
                        ),
                    ),
                    ("heading", {"text": "Links and videos", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Some articles link to other sites or show a video. A video only "
                            "loads after you choose to play it, and other sites have their own "
                            "rules about what they collect.</p>"
                        ),
                    ),
                    ("heading", {"text": "Questions?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you want to know more about how we handle information, write "
                            "to the partner organisation in your country through its support "
                            "page.</p>"
                        ),
                    ),
                ],
            },
            "sv": {
                "title": "Integritet",
                "intro": (
                    "Du ska kunna läsa och ställa frågor här utan att lämna spår. Det här samlar "
                    "vi in, och det här gör vi inte."
                ),
                "body": [
                    ("heading", {"text": "Det här samlar vi inte in", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Sidan sätter inga kakor för besökare. Här finns ingen spårning, "
                            "ingen analys och ingen reklam, och vi delar ingenting med sociala "
                            "medier. Vi loggar inte din IP-adress och sparar inte vad du söker "
                            "efter. Vår server behöver din uppkoppling en kort stund för att "
                            "skicka sidan till dig, men ingenting om den skrivs ner.</p>"
                        ),
                    ),
                    ("heading", {"text": "Chatten", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Chatten drivs av partnerorganisationen i ditt land. Vad chatten "
                            "sparar, och hur länge, står på varje organisations stödsida. Du "
                            "behöver aldrig uppge ditt namn.</p>"
                        ),
                    ),
                    ("heading", {"text": "Din egen enhet", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Även om vi inte sparar något kan din webbläsare komma ihåg vilka "
                            "sidor du har besökt. Läs sidan ”Säker på nätet” för att se hur du "
                            "kan dölja ditt besök.</p>"
                        ),
                    ),
                    ("heading", {"text": "Länkar och filmer", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>En del texter länkar till andra webbplatser eller visar en film. "
                            "En film laddas först när du själv väljer att spela den, och andra "
                            "webbplatser har egna regler för vad de samlar in.</p>"
                        ),
                    ),
                    ("heading", {"text": "Frågor?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Vill du veta mer om hur vi hanterar uppgifter kan du skriva till "
                            "partnerorganisationen i ditt land via dess stödsida.</p>"
                        ),
                    ),
                ],
            },
            "ka": {
                "title": "კონფიდენციალურობა",
                "intro": (
                    "აქ შეგიძლია კითხვა და შეკითხვების დასმა ისე, რომ კვალი არ დატოვო. აი, რას "
                    "ვაგროვებთ და რას — არა."
                ),
                "body": [
                    ("heading", {"text": "რას არ ვაგროვებთ", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>საიტი ვიზიტორებისთვის ქუქი-ფაილებს არ იყენებს. აქ არ არის "
                            "თვალთვალი, ანალიტიკა ან რეკლამა და სოციალურ ქსელებს არაფერს "
                            "ვუზიარებთ. შენს IP-მისამართს არ ვინახავთ და არც იმას, რასაც ეძებ. "
                            "ჩვენს სერვერს შენი კავშირი მხოლოდ წამით სჭირდება, რომ გვერდი "
                            "გამოგიგზავნოს, მაგრამ ამის შესახებ არაფერი იწერება.</p>"
                        ),
                    ),
                    ("heading", {"text": "ჩატი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ჩატს შენს ქვეყანაში მოქმედი პარტნიორი ორგანიზაცია მართავს. რას "
                            "ინახავს ჩატი და რამდენ ხანს, ეს თითოეული ორგანიზაციის მხარდაჭერის "
                            "გვერდზეა ახსნილი. სახელის თქმა არასდროს გჭირდება.</p>"
                        ),
                    ),
                    ("heading", {"text": "შენი მოწყობილობა", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>მაშინაც კი, თუ ჩვენ არაფერს ვინახავთ, შენმა ბრაუზერმა შეიძლება "
                            "დაიმახსოვროს, რომელ გვერდებზე იყავი. წაიკითხე გვერდი „უსაფრთხოება "
                            "ინტერნეტში“, რომ გაიგო, როგორ დამალო შენი ვიზიტი.</p>"
                        ),
                    ),
                    ("heading", {"text": "ბმულები და ვიდეოები", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ზოგი სტატია სხვა საიტებზე მიგითითებს ან ვიდეოს გაჩვენებს. ვიდეო "
                            "მხოლოდ მაშინ ჩაიტვირთება, როცა თავად ჩართავ, ხოლო სხვა საიტებს "
                            "საკუთარი წესები აქვთ იმაზე, თუ რას აგროვებენ.</p>"
                        ),
                    ),
                    ("heading", {"text": "გაქვს კითხვები?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>თუ გინდა მეტი გაიგო იმაზე, როგორ ვმუშაობთ ინფორმაციასთან, მისწერე "
                            "შენი ქვეყნის პარტნიორ ორგანიზაციას მისი მხარდაჭერის გვერდიდან.</p>"
                        ),
                    ),
                ],
            },
            "hy": {
                "title": "Գաղտնիություն",
                "intro": (
                    "Այստեղ կարող ես կարդալ և հարցեր տալ՝ առանց հետքեր թողնելու։ Ահա թե ինչ ենք "
                    "հավաքում, և ինչ՝ ոչ։"
                ),
                "body": [
                    ("heading", {"text": "Ինչ չենք հավաքում", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Կայքն այցելուների համար քուքիներ չի օգտագործում։ Այստեղ չկա "
                            "հետևում, վերլուծություն կամ գովազդ, և մենք ոչինչ չենք փոխանցում "
                            "սոցիալական ցանցերին։ Մենք չենք գրանցում քո IP հասցեն և չենք պահում "
                            "այն, ինչ որոնում ես։ Մեր սերվերին քո կապը պետք է ընդամենը մի պահ՝ "
                            "էջը քեզ ուղարկելու համար, բայց դրա մասին ոչինչ չի գրանցվում։</p>"
                        ),
                    ),
                    ("heading", {"text": "Չատը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Չատը վարում է քո երկրի գործընկեր կազմակերպությունը։ Թե ինչ է "
                            "պահում չատը և որքան ժամանակ, բացատրված է յուրաքանչյուր "
                            "կազմակերպության աջակցության էջում։ Անունդ ասելու կարիք երբեք չկա։</p>"
                        ),
                    ),
                    ("heading", {"text": "Քո սարքը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Նույնիսկ եթե մենք ոչինչ չենք պահում, քո բրաուզերը կարող է հիշել, "
                            "թե որ էջերն ես բացել։ Կարդա «Անվտանգությունը համացանցում» էջը՝ "
                            "իմանալու համար, թե ինչպես թաքցնել այցդ։</p>"
                        ),
                    ),
                    ("heading", {"text": "Հղումներ և տեսանյութեր", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Որոշ հոդվածներ հղում են այլ կայքերի կամ ցույց են տալիս տեսանյութ։ "
                            "Տեսանյութը բեռնվում է միայն այն ժամանակ, երբ ինքդ ես որոշում այն "
                            "միացնել, իսկ այլ կայքերն ունեն իրենց կանոնները, թե ինչ են "
                            "հավաքում։</p>"
                        ),
                    ),
                    ("heading", {"text": "Հարցեր ունե՞ս", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Եթե ուզում ես ավելին իմանալ այն մասին, թե ինչպես ենք վարվում "
                            "տեղեկությունների հետ, գրիր քո երկրի գործընկեր կազմակերպությանը նրա "
                            "աջակցության էջի միջոցով։</p>"
                        ),
                    ),
                ],
            },
            "ro": {
                "title": "Confidențialitate",
                "intro": (
                    "Aici poți citi și pune întrebări fără să lași urme. Iată ce colectăm și ce nu."
                ),
                "body": [
                    ("heading", {"text": "Ce nu colectăm", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Site-ul nu plasează cookie-uri pentru vizitatori. Nu există "
                            "urmărire, analiză de trafic sau publicitate și nu împărtășim nimic "
                            "cu rețelele sociale. Nu înregistrăm adresa ta IP și nu salvăm ce "
                            "cauți. Serverul nostru are nevoie de conexiunea ta doar o clipă ca "
                            "să îți trimită pagina, dar nimic despre ea nu este notat.</p>"
                        ),
                    ),
                    ("heading", {"text": "Chatul", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Chatul este administrat de organizația parteneră din țara ta. Ce "
                            "păstrează chatul și pentru cât timp este explicat pe pagina de "
                            "sprijin a fiecărei organizații. Nu trebuie să îți spui niciodată "
                            "numele.</p>"
                        ),
                    ),
                    ("heading", {"text": "Dispozitivul tău", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Chiar dacă noi nu salvăm nimic, browserul tău poate ține minte ce "
                            "pagini ai vizitat. Citește pagina „Siguranța online” ca să afli cum "
                            "îți poți ascunde vizita.</p>"
                        ),
                    ),
                    ("heading", {"text": "Linkuri și videoclipuri", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Unele articole au linkuri către alte site-uri sau arată un "
                            "videoclip. Un videoclip se încarcă doar după ce alegi tu să-l "
                            "pornești, iar alte site-uri au propriile reguli despre ce "
                            "colectează.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ai întrebări?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Dacă vrei să afli mai multe despre cum tratăm informațiile, scrie "
                            "organizației partenere din țara ta prin pagina ei de sprijin.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Конфиденциальность",
                "intro": (
                    "Здесь можно читать и задавать вопросы, не оставляя следов. Вот что мы "
                    "собираем, а что нет."
                ),
                "body": [
                    ("heading", {"text": "Что мы не собираем", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Сайт не устанавливает посетителям файлы cookie. Здесь нет "
                            "отслеживания, аналитики и рекламы, и мы ничего не передаём соцсетям. "
                            "Мы не записываем твой IP-адрес и не сохраняем то, что ты ищешь. "
                            "Нашему серверу твоё соединение нужно лишь на мгновение, чтобы "
                            "отправить страницу, но ничего о нём не записывается.</p>"
                        ),
                    ),
                    ("heading", {"text": "Чат", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Чат ведёт партнёрская организация в твоей стране. Что чат "
                            "сохраняет и как долго, написано на странице поддержки каждой "
                            "организации. Называть своё имя не нужно никогда.</p>"
                        ),
                    ),
                    ("heading", {"text": "Твоё устройство", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Даже если мы ничего не сохраняем, твой браузер может запомнить, "
                            "какие страницы ты открывал. Прочитай страницу «Безопасность в сети», "
                            "чтобы узнать, как скрыть свой визит.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ссылки и видео", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Некоторые статьи ссылаются на другие сайты или показывают видео. "
                            "Видео загружается только после того, как ты сам решишь его включить, "
                            "а у других сайтов свои правила о том, что они собирают.</p>"
                        ),
                    ),
                    ("heading", {"text": "Есть вопросы?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Если хочешь узнать больше о том, как мы обращаемся с информацией, "
                            "напиши партнёрской организации в своей стране через её страницу "
                            "поддержки.</p>"
                        ),
                    ),
                ],
            },
            "be": {
                "title": "Прыватнасць",
                "intro": (
                    "Тут можна чытаць і задаваць пытанні, не пакідаючы слядоў. Вось што мы "
                    "збіраем, а што — не."
                ),
                "body": [
                    ("heading", {"text": "Што мы не збіраем", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Сайт не ўсталёўвае наведвальнікам файлы cookie. Тут няма "
                            "адсочвання, аналітыкі і рэкламы, і мы нічога не перадаём сацсеткам. "
                            "Мы не запісваем твой IP-адрас і не захоўваем тое, што ты шукаеш. "
                            "Нашаму серверу тваё злучэнне патрэбнае толькі на імгненне, каб "
                            "адправіць старонку, але нічога пра яго не запісваецца.</p>"
                        ),
                    ),
                    ("heading", {"text": "Чат", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Чат вядзе партнёрская арганізацыя ў тваёй краіне. Што чат "
                            "захоўвае і як доўга, напісана на старонцы падтрымкі кожнай "
                            "арганізацыі. Называць сваё імя ніколі не трэба.</p>"
                        ),
                    ),
                    ("heading", {"text": "Твая прылада", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Нават калі мы нічога не захоўваем, твой браўзер можа запомніць, "
                            "якія старонкі ты адкрываў. Прачытай старонку «Бяспека ў сеціве», каб "
                            "даведацца, як схаваць свой візіт.</p>"
                        ),
                    ),
                    ("heading", {"text": "Спасылкі і відэа", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Некаторыя артыкулы спасылаюцца на іншыя сайты або паказваюць "
                            "відэа. Відэа загружаецца толькі пасля таго, як ты сам вырашыш яго "
                            "ўключыць, а ў іншых сайтаў свае правілы пра тое, што яны "
                            "збіраюць.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ёсць пытанні?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Калі хочаш даведацца больш пра тое, як мы абыходзімся з "
                            "інфармацыяй, напішы партнёрскай арганізацыі ў сваёй краіне праз яе "
                            "старонку падтрымкі.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "staying-safe-online",
        "translations": {
            "en": {
                "title": "Staying safe online",
                "intro": (
                    "If someone checks your phone or computer, you may not want them to see that "
                    "you have been here. This page says what the site does to leave fewer traces, "
                    "what your browser keeps anyway, and how to clear it."
                ),
                "body": [
                    ("heading", {"text": "Leave this site quickly", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>At the top of every page there is a “Leave this site” button. "
                            "Press it and the page disappears at once, and a neutral site in your "
                            "language opens in its place, such as a weather page or an "
                            "encyclopedia. On a computer you can also press the Shift key three "
                            "times in a row: it does the same thing.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>While you move around the site with its own links, its search and "
                            "its Back link, your whole visit takes up a single step in the "
                            "browser’s Back history. Leaving with the button replaces that step, "
                            "so Back takes you to the page you were on before you came here, for "
                            "example your search results, and never to one of our pages.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>That is also why the browser’s own Back button takes you off the "
                            "site. To go back to the page you read before, use the “Back” link in "
                            "the dark bar at the top, or the path of links above the page title. "
                            "So that this link works, the site remembers which of its pages you "
                            "came through, in this tab only. It is never sent to us, and leaving "
                            "with the button or closing the tab wipes it.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>All of this needs JavaScript, which nearly every browser runs. If "
                            "yours has it turned off, or the page has not finished loading, the "
                            "button still opens the neutral site, but Shift does nothing and every "
                            "page you opened stays in the Back history: someone who presses Back "
                            "can see them. Then clear your history when you are done, as described "
                            "below, or use private browsing.</p>"
                        ),
                    ),
                    ("heading", {"text": "What your browser keeps anyway", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Leaving quickly hides the site from the Back button of this tab. "
                            "It cannot delete anything else from your "
                            "device:</p><ul><li><b>History:</b> the browser’s History list still "
                            "shows every page you opened here.</li><li><b>Suggestions:</b> once "
                            "the site is in your history, typing a few letters in the address bar "
                            "may suggest it.</li><li><b>Saved copies:</b> the browser keeps pages "
                            "and pictures for a while (its cache) so that they load "
                            "faster.</li><li><b>Search words:</b> what you typed into a search "
                            "engine to find us can stay in its history, and in your Google or "
                            "Apple account if you are signed in. Words typed into search boxes may "
                            "be remembered for the next time (autofill).</li><li><b>Other "
                            "sites:</b> if you follow a link from here to another site, our page "
                            "stays behind it in the Back history until you come back and leave "
                            "with the button.</li><li><b>Other tabs:</b> the button leaves only "
                            "the tab you press it in. Close any other tab with our "
                            "pages.</li></ul><p>Redefine sets no cookies and keeps no list of who "
                            "reads what.</p>"
                        ),
                    ),
                    ("heading", {"text": "Use private browsing", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In a private window the browser forgets the history, the saved "
                            "copies and the autofill of that window as soon as you close it. Open "
                            "one like this:</p><ul><li><b>Chrome:</b> the menu ⋮, then “New "
                            "Incognito tab” (or window).</li><li><b>Safari on iPhone:</b> the tabs "
                            "button, then “Private”.</li><li><b>Firefox:</b> the menu ⋮ or ☰, then "
                            "“New private tab” or “New private window”.</li><li><b>Samsung "
                            "Internet:</b> the tabs button, then “Turn on Secret "
                            "mode”.</li></ul><p>Close every private tab when you are done. Private "
                            "browsing does not hide your visit from whoever runs the network, for "
                            "example the Wi-Fi at school or at work, and files you download stay "
                            "on the device.</p>"
                        ),
                    ),
                    ("heading", {"text": "Clear your history, browser by browser", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Choose a time range that covers your visit, such as the last hour, "
                            "and tick browsing history, cached images and files, and, among the "
                            "advanced choices, autofill or form data. Menus change a little from "
                            "one version to the next.</p><ul><li><b>Chrome on Android:</b> the "
                            "menu ⋮, then “Delete browsing data”. To remove only some pages: ⋮, "
                            "then “History”, and tap the × next to each one.</li><li><b>Chrome on "
                            "a computer:</b> press Ctrl+Shift+Delete (Cmd+Shift+Delete on a "
                            "Mac).</li><li><b>Safari on iPhone or iPad:</b> in Safari, tap the "
                            "bookmarks button (the open book), then the clock for your history, "
                            "then “Clear”, and choose “The last hour”. To remove one page, swipe "
                            "left on it in the list.</li><li><b>Firefox:</b> the menu, then "
                            "“History”, then the option to delete history, and choose the time "
                            "range. On a computer, Ctrl+Shift+Delete opens the same "
                            "choice.</li><li><b>Samsung Internet:</b> the menu ☰, then “History”, "
                            "then ⋮ and “Delete history”; or Settings, then “Personal browsing "
                            "data”, then “Delete browsing data”.</li></ul><p>Keep in mind that a "
                            "completely empty history can also look odd to someone who checks "
                            "often. Removing only our pages may draw less attention.</p>"
                        ),
                    ),
                    ("heading", {"text": "Choose a safe device", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you can, use a phone or computer that nobody else checks: your "
                            "own, one belonging to a friend you trust, or a computer at school or "
                            "in a library. Log out of your accounts when you finish. If your phone "
                            "is linked to a shared account, such as a family Google or Apple "
                            "account, your history may also show up on other devices. Each support "
                            "page says what its chat keeps and whether it knows who you are, so "
                            "you can choose where to write from.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Good to know",
                            "items": [
                                {
                                    "question": "Does leaving quickly delete my history?",
                                    "answer": (
                                        "<p>No. It takes our pages out of the Back button of this "
                                        "tab, and that is all. The History list, the saved copies "
                                        "and your search words stay until you clear them, as "
                                        "described above, or until you close a private window.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Why does the browser’s Back button take me off the site?"
                                    ),
                                    "answer": (
                                        "<p>Because your whole visit is kept as one step, so that "
                                        "leaving quickly can take it all away. Use the “Back” link "
                                        "at the top of the page to go back to what you read "
                                        "before.</p>"
                                    ),
                                },
                                {
                                    "question": "Can anyone see that I used the chat?",
                                    "answer": (
                                        "<p>We don't ask who you are. But your device may show "
                                        "that you opened the chat page, so use the tips above. If "
                                        "you are worried, ask us in the chat what else you can "
                                        "do.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "sv": {
                "title": "Säker på nätet",
                "intro": (
                    "Om någon kollar din telefon eller dator vill du kanske inte att de ser att du "
                    "har varit här. Här står vad sajten gör för att lämna färre spår, vad "
                    "webbläsaren sparar ändå och hur du rensar det."
                ),
                "body": [
                    ("heading", {"text": "Lämna sidan snabbt", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Högst upp på varje sida finns knappen ”Lämna sidan”. Tryck på den "
                            "så försvinner sidan direkt och en neutral webbplats på ditt språk "
                            "öppnas i stället, till exempel en vädersida. På en dator kan du också "
                            "trycka på Shift-tangenten tre gånger i rad: det gör samma sak.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Så länge du rör dig på sajten med dess egna länkar, sökrutan och "
                            "dess Tillbaka-länk tar hela besöket bara ett steg i webbläsarens "
                            "bakåthistorik. Knappen byter ut det steget, så bakåtknappen leder "
                            "till sidan du var på innan du kom hit, till exempel dina sökresultat, "
                            "och aldrig till någon av våra sidor.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Det är också därför webbläsarens egen bakåtknapp tar dig bort från "
                            "sajten. Vill du tillbaka till sidan du läste nyss, använd länken "
                            "”Tillbaka” i den mörka raden högst upp, eller länkarna ovanför sidans "
                            "rubrik. För att länken ska fungera minns sajten vilka av dess sidor "
                            "du har gått igenom, bara i den här fliken. Det skickas aldrig till "
                            "oss, och det raderas när du lämnar med knappen eller stänger "
                            "fliken.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Allt detta kräver JavaScript, som nästan alla webbläsare kör. Har "
                            "du stängt av det, eller har sidan inte laddat klart, öppnar knappen "
                            "ändå den neutrala sajten, men Shift gör ingenting och varje sida du "
                            "har öppnat ligger kvar i bakåthistoriken: den som trycker bakåt kan "
                            "se dem. Rensa då historiken när du är klar, som det står nedan, eller "
                            "surfa privat.</p>"
                        ),
                    ),
                    ("heading", {"text": "Det här sparar webbläsaren ändå", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Knappen gömmer sajten för bakåtknappen i den här fliken. Något "
                            "annat kan den inte ta bort från din "
                            "enhet:</p><ul><li><b>Historik:</b> webbläsarens historiklista visar "
                            "fortfarande varje sida du har öppnat här.</li><li><b>Förslag:</b> när "
                            "sajten finns i historiken kan adressfältet föreslå den efter några "
                            "bokstäver.</li><li><b>Sparade kopior:</b> webbläsaren sparar sidor "
                            "och bilder en tid (cache) så att de laddar "
                            "snabbare.</li><li><b>Sökord:</b> det du skrev i en sökmotor för att "
                            "hitta oss kan ligga kvar i dess historik, och i ditt Google- eller "
                            "Apple-konto om du är inloggad. Ord i sökrutor kan också sparas till "
                            "nästa gång (autofyll).</li><li><b>Andra sajter:</b> följer du en länk "
                            "härifrån till en annan sajt ligger vår sida kvar bakom den i "
                            "bakåthistoriken, tills du går tillbaka och lämnar med "
                            "knappen.</li><li><b>Andra flikar:</b> knappen lämnar bara fliken där "
                            "du trycker. Stäng andra flikar med våra sidor.</li></ul><p>Redefine "
                            "sätter inga kakor och för ingen lista över vem som läser vad.</p>"
                        ),
                    ),
                    ("heading", {"text": "Surfa privat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>I ett privat fönster glömmer webbläsaren historiken, de sparade "
                            "kopiorna och autofyllen så fort du stänger det. Så här öppnar du "
                            "ett:</p><ul><li><b>Chrome:</b> menyn ⋮ och sedan ”Ny inkognitoflik” "
                            "(eller -fönster).</li><li><b>Safari på iPhone:</b> flikknappen och "
                            "sedan ”Privat”.</li><li><b>Firefox:</b> menyn ⋮ eller ☰ och sedan ”Ny "
                            "privat flik” eller ”Nytt privat fönster”.</li><li><b>Samsung "
                            "Internet:</b> flikknappen och sedan ”Aktivera "
                            "sekretessläge”.</li></ul><p>Stäng alla privata flikar när du är klar. "
                            "Privat läge döljer inte besöket för den som driver nätverket, till "
                            "exempel wifi:t i skolan eller på jobbet, och filer du laddar ner "
                            "ligger kvar.</p>"
                        ),
                    ),
                    ("heading", {"text": "Rensa historiken i din webbläsare", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Välj en tid som täcker besöket, till exempel den senaste timmen, "
                            "och kryssa i webbhistorik, cachade bilder och filer och, bland de "
                            "avancerade valen, autofyll- eller formulärdata. Menyerna ändras lite "
                            "mellan versionerna.</p><ul><li><b>Chrome på Android:</b> menyn ⋮ och "
                            "sedan rensa webbinformation. Vill du bara ta bort några sidor: ⋮, "
                            "”Historik”, och tryck på × bredvid var och en.</li><li><b>Chrome på "
                            "dator:</b> tryck Ctrl+Shift+Delete (Cmd+Shift+Delete på "
                            "Mac).</li><li><b>Safari på iPhone eller iPad:</b> tryck på "
                            "bokmärkesknappen (den öppna boken) i Safari, sedan på klockan för "
                            "historik, sedan ”Rensa”, och välj den senaste timmen. En enstaka sida "
                            "tar du bort genom att svepa åt vänster på den i "
                            "listan.</li><li><b>Firefox:</b> menyn, ”Historik” och valet att "
                            "radera historik, och välj tid. På en dator öppnar Ctrl+Shift+Delete "
                            "samma val.</li><li><b>Samsung Internet:</b> menyn ☰, ”Historik”, "
                            "sedan ⋮ och radera historik; eller Inställningar, personlig "
                            "webbinformation och radera webbinformation.</li></ul><p>Tänk på att "
                            "en helt tom historik också kan se konstig ut för någon som brukar "
                            "kolla. Att bara ta bort våra sidor märks mindre.</p>"
                        ),
                    ),
                    ("heading", {"text": "Välj en säker enhet", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Om du kan, använd en telefon eller dator som ingen annan kollar: "
                            "din egen, en kompis som du litar på, eller en dator i skolan eller på "
                            "biblioteket. Logga ut från dina konton när du är klar. Om din telefon "
                            "är kopplad till ett delat konto, till exempel familjens Google- eller "
                            "Apple-konto, kan historiken också synas på andra enheter. Varje "
                            "stödsida berättar vad dess chatt sparar och om den vet vem du är, så "
                            "att du kan välja var du skriver ifrån.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Bra att veta",
                            "items": [
                                {
                                    "question": "Raderar knappen min historik?",
                                    "answer": (
                                        "<p>Nej. Den tar bort våra sidor ur bakåtknappen i den här "
                                        "fliken, och inget mer. Historiklistan, de sparade "
                                        "kopiorna och dina sökord ligger kvar tills du rensar dem, "
                                        "som det står ovan, eller tills du stänger ett privat "
                                        "fönster.</p>"
                                    ),
                                },
                                {
                                    "question": "Varför tar bakåtknappen mig bort från sajten?",
                                    "answer": (
                                        "<p>För att hela besöket sparas som ett enda steg, så att "
                                        "knappen kan ta bort allt på en gång. Använd länken "
                                        "”Tillbaka” högst upp för att komma till det du läste "
                                        "nyss.</p>"
                                    ),
                                },
                                {
                                    "question": "Kan någon se att jag har chattat?",
                                    "answer": (
                                        "<p>Vi frågar inte vem du är. Men din enhet kan visa att "
                                        "du har öppnat chattsidan, så använd tipsen ovan. Är du "
                                        "orolig kan du fråga oss i chatten vad mer du kan "
                                        "göra.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ka": {
                "title": "უსაფრთხოება ინტერნეტში",
                "intro": (
                    "თუ ვინმე შენს ტელეფონს ან კომპიუტერს ამოწმებს, შეიძლება არ გინდოდეს, რომ "
                    "დაინახოს, რომ აქ იყავი. აქ წერია, რას აკეთებს საიტი, რომ ნაკლები კვალი "
                    "დარჩეს, რას ინახავს ბრაუზერი მაინც და როგორ წაშალო ის."
                ),
                "body": [
                    ("heading", {"text": "სწრაფად დატოვე საიტი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ყოველი გვერდის ზედა ნაწილში არის ღილაკი „დატოვე საიტი“. დააჭირე და "
                            "გვერდი მაშინვე გაქრება, მის ნაცვლად კი შენს ენაზე ნეიტრალური საიტი "
                            "გაიხსნება, მაგალითად, ენციკლოპედია. კომპიუტერზე ასევე შეგიძლია "
                            "ზედიზედ სამჯერ დააჭირო Shift-ს — ეს იგივეს აკეთებს.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>სანამ საიტზე მის საკუთარ ბმულებს, ძიებას და მის „უკან“ ბმულს "
                            "იყენებ, მთელი ვიზიტი ბრაუზერის „უკან“ ისტორიაში მხოლოდ ერთ ნაბიჯს "
                            "იკავებს. ღილაკი „დატოვე საიტი“ ამ ნაბიჯს ცვლის, ამიტომ „უკან“ იმ "
                            "გვერდზე დაგაბრუნებს, სადაც აქამდე იყავი, მაგალითად, ძიების შედეგებზე, "
                            "და არასდროს — ჩვენს გვერდებზე.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ამიტომაც გიყვანს ბრაუზერის საკუთარი ღილაკი „უკან“ საიტიდან. წინა "
                            "წაკითხულ გვერდზე დასაბრუნებლად გამოიყენე ბმული „უკან“ ზედა მუქ ზოლში, "
                            "ან ბმულები გვერდის სათაურის ზემოთ. ამ ბმულის სამუშაოდ საიტს ახსოვს, "
                            "მისი რომელი გვერდები გაიარე — მხოლოდ ამ ჩანართში. ეს ჩვენთან არასდროს "
                            "იგზავნება და იშლება, როცა ღილაკით ტოვებ საიტს ან ჩანართს ხურავ.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ეს ყველაფერი JavaScript-ით მუშაობს, რომელიც თითქმის ყველა "
                            "ბრაუზერშია. თუ შენთან ის გამორთულია ან გვერდი ბოლომდე არ ჩატვირთულა, "
                            "ღილაკი ნეიტრალურ საიტს მაინც გახსნის, მაგრამ Shift არაფერს გააკეთებს "
                            "და ყოველი გახსნილი გვერდი „უკან“ ისტორიაში დარჩება: ვინც „უკან“ "
                            "დააჭერს, დაინახავს. ასეთ დროს ისტორია წაშალე, როცა მორჩები, როგორც "
                            "ქვემოთ წერია, ან პირადი რეჟიმი გამოიყენე.</p>"
                        ),
                    ),
                    ("heading", {"text": "რას ინახავს ბრაუზერი მაინც", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ღილაკი საიტს ამ ჩანართის „უკან“ ღილაკს უმალავს. სხვა ვერაფერს "
                            "წაშლის შენი მოწყობილობიდან:</p><ul><li><b>ისტორია:</b> ბრაუზერის "
                            "ისტორიის სიაში ისევ ჩანს ყველა გვერდი, რომელიც აქ "
                            "გახსენი.</li><li><b>მინიშნებები:</b> როცა საიტი ისტორიაშია, "
                            "მისამართის ველმა შეიძლება რამდენიმე ასოს შემდეგ "
                            "შემოგთავაზოს.</li><li><b>შენახული ასლები:</b> ბრაუზერი გვერდებსა და "
                            "სურათებს გარკვეული დროით ინახავს (ქეში), რომ უფრო სწრაფად "
                            "ჩაიტვირთოს.</li><li><b>საძიებო სიტყვები:</b> რაც საძიებო სისტემაში "
                            "ჩვენს საპოვნელად ჩაწერე, შეიძლება მის ისტორიაში დარჩეს, ასევე შენს "
                            "Google ან Apple ანგარიშში, თუ შესული ხარ. ძიების ველებში ჩაწერილი "
                            "სიტყვები ბრაუზერს შეიძლება შემდეგი ჯერისთვის დაამახსოვრდეს "
                            "(ავტომატური შევსება).</li><li><b>სხვა საიტები:</b> თუ აქედან ბმულით "
                            "სხვა საიტზე გადახვედი, ჩვენი გვერდი „უკან“ ისტორიაში მის უკან რჩება, "
                            "სანამ არ დაბრუნდები და ღილაკით არ დატოვებ.</li><li><b>სხვა "
                            "ჩანართები:</b> ღილაკი მხოლოდ იმ ჩანართს ტოვებს, სადაც დააჭირე. დახურე "
                            "სხვა ჩანართები, სადაც ჩვენი გვერდებია.</li></ul><p>Redefine არ "
                            "იყენებს cookie-ებს და არ აწარმოებს სიას, ვინ რას კითხულობს.</p>"
                        ),
                    ),
                    ("heading", {"text": "გამოიყენე პირადი რეჟიმი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>პირად ფანჯარაში ბრაუზერი ისტორიას, შენახულ ასლებსა და ავტომატურ "
                            "შევსებას ივიწყებს, როგორც კი ფანჯარას დახურავ. ასე "
                            "გახსნი:</p><ul><li><b>Chrome:</b> მენიუ ⋮, შემდეგ ახალი ინკოგნიტო "
                            "ჩანართი (ან ფანჯარა).</li><li><b>Safari iPhone-ზე:</b> ჩანართების "
                            "ღილაკი, შემდეგ პირადი რეჟიმი.</li><li><b>Firefox:</b> მენიუ ⋮ ან ☰, "
                            "შემდეგ ახალი პირადი ჩანართი ან ფანჯარა.</li><li><b>Samsung "
                            "Internet:</b> ჩანართების ღილაკი, შემდეგ საიდუმლო რეჟიმის "
                            "ჩართვა.</li></ul><p>როცა მორჩები, ყველა პირადი ჩანართი დახურე. პირადი "
                            "რეჟიმი შენს ვიზიტს არ მალავს მისგან, ვინც ქსელს მართავს, მაგალითად, "
                            "სკოლის ან სამსახურის Wi-Fi-ს, ხოლო გადმოწერილი ფაილები მოწყობილობაზე "
                            "რჩება.</p>"
                        ),
                    ),
                    ("heading", {"text": "ისტორიის წაშლა ბრაუზერების მიხედვით", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>აირჩიე დრო, რომელიც შენს ვიზიტს მოიცავს, მაგალითად, ბოლო ერთი "
                            "საათი, და მონიშნე დათვალიერების ისტორია, ქეშში შენახული სურათები და "
                            "ფაილები, დამატებით პარამეტრებში კი ავტომატური შევსების ან ფორმების "
                            "მონაცემები. მენიუები ვერსიიდან ვერსიამდე ცოტათი "
                            "იცვლება.</p><ul><li><b>Chrome Android-ზე:</b> მენიუ ⋮, შემდეგ "
                            "დათვალიერების მონაცემების წაშლა. მხოლოდ რამდენიმე გვერდის წასაშლელად: "
                            "⋮, „ისტორია“, და დააჭირე ×-ს თითოეულის გვერდით.</li><li><b>Chrome "
                            "კომპიუტერზე:</b> დააჭირე Ctrl+Shift+Delete (Mac-ზე "
                            "Cmd+Shift+Delete).</li><li><b>Safari iPhone-ზე ან iPad-ზე:</b> "
                            "Safari-ში დააჭირე სანიშნეების ღილაკს (გაშლილი წიგნი), შემდეგ საათს — "
                            "ეს ისტორიაა, შემდეგ გასუფთავებას და აირჩიე ბოლო საათი. ერთი გვერდის "
                            "წასაშლელად სიაში მარცხნივ გადაუსვი.</li><li><b>Firefox:</b> მენიუ, "
                            "„ისტორია“, შემდეგ ისტორიის წაშლა, და აირჩიე დრო. კომპიუტერზე იმავეს "
                            "Ctrl+Shift+Delete ხსნის.</li><li><b>Samsung Internet:</b> მენიუ ☰, "
                            "„ისტორია“, შემდეგ ⋮ და ისტორიის წაშლა; ან პარამეტრები, დათვალიერების "
                            "პირადი მონაცემები და მათი წაშლა.</li></ul><p>გახსოვდეს, რომ სულ "
                            "ცარიელი ისტორია შეიძლება უცნაურად მოეჩვენოს მას, ვინც ხშირად "
                            "ამოწმებს. თუ მხოლოდ ჩვენს გვერდებს წაშლი, ნაკლებად შესამჩნევი "
                            "იქნება.</p>"
                        ),
                    ),
                    ("heading", {"text": "აირჩიე უსაფრთხო მოწყობილობა", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>თუ შეგიძლია, გამოიყენე ტელეფონი ან კომპიუტერი, რომელსაც სხვა "
                            "არავინ ამოწმებს: შენი საკუთარი, იმ მეგობრის, რომელსაც ენდობი, ან "
                            "სკოლის თუ ბიბლიოთეკის კომპიუტერი. როცა მორჩები, ყველა ანგარიშიდან "
                            "გამოდი. თუ შენი ტელეფონი საერთო ანგარიშთანაა დაკავშირებული, "
                            "მაგალითად, ოჯახის Google ან Apple ანგარიშთან, ისტორია შეიძლება სხვა "
                            "მოწყობილობებზეც გამოჩნდეს. ყოველ დახმარების გვერდზე წერია, რას "
                            "ინახავს მისი ჩატი და იცის თუ არა, ვინ ხარ, — ასე აირჩევ, საიდან "
                            "მოგვწერო.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "სასარგებლო ინფორმაცია",
                            "items": [
                                {
                                    "question": "ღილაკი ჩემს ისტორიას შლის?",
                                    "answer": (
                                        "<p>არა. ის ჩვენს გვერდებს ამ ჩანართის „უკან“ ღილაკიდან "
                                        "აშორებს, და მეტი არაფერი. ისტორიის სია, შენახული ასლები "
                                        "და საძიებო სიტყვები რჩება, სანამ არ წაშლი, როგორც ზემოთ "
                                        "წერია, ან სანამ პირად ფანჯარას არ დახურავ.</p>"
                                    ),
                                },
                                {
                                    "question": "რატომ გავყავარ ბრაუზერის ღილაკს „უკან“ საიტიდან?",
                                    "answer": (
                                        "<p>იმიტომ, რომ მთელი ვიზიტი ერთ ნაბიჯად ინახება — ასე "
                                        "ღილაკი „დატოვე საიტი“ მას მთლიანად წაშლის. წინა "
                                        "წაკითხულზე დასაბრუნებლად გვერდის ზემოთ ბმული „უკან“ "
                                        "გამოიყენე.</p>"
                                    ),
                                },
                                {
                                    "question": "შეიძლება ვინმემ დაინახოს, რომ ჩატში ვწერდი?",
                                    "answer": (
                                        "<p>ჩვენ არ გეკითხებით, ვინ ხარ. მაგრამ შენს მოწყობილობაზე "
                                        "შეიძლება დარჩეს კვალი, რომ ჩატის გვერდი გახსენი, ამიტომ "
                                        "გამოიყენე ზემოთ მოცემული რჩევები. თუ ღელავ, ჩატშივე "
                                        "გვკითხე, კიდევ რა შეგიძლია გააკეთო.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "hy": {
                "title": "Անվտանգությունը համացանցում",
                "intro": (
                    "Եթե ինչ-որ մեկը ստուգում է քո հեռախոսը կամ համակարգիչը, գուցե չես ուզում, որ "
                    "նա տեսնի, որ այստեղ ես եղել։ Այստեղ գրված է, թե ինչ է անում կայքը, որ քիչ "
                    "հետքեր մնան, ինչ է բրաուզերը պահում ամեն դեպքում և ինչպես ջնջել այն։"
                ),
                "body": [
                    ("heading", {"text": "Արագ լքիր կայքը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Յուրաքանչյուր էջի վերևում կա «Լքել կայքը» կոճակը։ Սեղմիր այն, և "
                            "էջն անմիջապես կանհետանա, իսկ դրա փոխարեն կբացվի չեզոք կայք քո լեզվով, "
                            "օրինակ՝ հանրագիտարան։ Համակարգչում կարող ես նաև անընդմեջ երեք անգամ "
                            "սեղմել Shift ստեղնը․ արդյունքը նույնն է։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Քանի դեռ կայքում շարժվում ես նրա սեփական հղումներով, որոնմամբ և "
                            "նրա «Հետ» հղումով, ամբողջ այցը բրաուզերի «Հետ» պատմության մեջ "
                            "զբաղեցնում է ընդամենը մեկ քայլ։ «Լքել կայքը» կոճակը փոխարինում է այդ "
                            "քայլը, ուստի «Հետ»-ը քեզ տանում է այն էջը, որտեղ էիր մինչև մեզ գալը, "
                            "օրինակ՝ որոնման արդյունքներին, և երբեք՝ մեր էջերից որևէ մեկին։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Դրա համար էլ բրաուզերի սեփական «Հետ» կոճակը քեզ դուրս է բերում "
                            "կայքից։ Նախորդ կարդացած էջին վերադառնալու համար օգտվիր վերևի մուգ "
                            "շերտի «Հետ» հղումից կամ էջի վերնագրի վերևի հղումներից։ Որպեսզի այդ "
                            "հղումն աշխատի, կայքը հիշում է, թե իր որ էջերով ես անցել՝ միայն այս "
                            "ներդիրում։ Դա երբեք մեզ չի ուղարկվում և ջնջվում է, երբ կոճակով լքում "
                            "ես կայքը կամ փակում ներդիրը։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Այս ամենն աշխատում է JavaScript-ով, որը գրեթե բոլոր բրաուզերներում "
                            "կա։ Եթե քո մոտ այն անջատված է կամ էջը դեռ լրիվ չի բեռնվել, կոճակը "
                            "միևնույն է կբացի չեզոք կայքը, բայց Shift-ը ոչինչ չի անի, և "
                            "յուրաքանչյուր բացված էջ կմնա «Հետ» պատմության մեջ․ ով սեղմի «Հետ», "
                            "կտեսնի դրանք։ Այդ դեպքում ավարտելուց հետո ջնջիր պատմությունը, ինչպես "
                            "գրված է ստորև, կամ օգտվիր գաղտնի ռեժիմից։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ինչ է բրաուզերը պահում ամեն դեպքում", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Կոճակը կայքը թաքցնում է այս ներդիրի «Հետ» կոճակից։ Ուրիշ ոչինչ այն "
                            "չի կարող ջնջել քո սարքից․</p><ul><li><b>Պատմություն․</b> բրաուզերի "
                            "պատմության ցանկում դեռ երևում է այստեղ բացված յուրաքանչյուր "
                            "էջ։</li><li><b>Հուշումներ․</b> երբ կայքը պատմության մեջ է, հասցեի "
                            "դաշտը կարող է առաջարկել այն մի քանի տառից հետո։</li><li><b>Պահված "
                            "պատճեններ․</b> բրաուզերը որոշ ժամանակ պահում է էջերն ու նկարները "
                            "(քեշ), որպեսզի դրանք ավելի արագ բեռնվեն։</li><li><b>Որոնման "
                            "բառեր․</b> այն, ինչ մեզ գտնելու համար գրել ես որոնողական համակարգում, "
                            "կարող է մնալ նրա պատմության մեջ և քո Google կամ Apple հաշվում, եթե "
                            "մուտք ես գործել։ Որոնման դաշտերում գրված բառերը բրաուզերը կարող է "
                            "հիշել հաջորդ անգամվա համար (ավտոլրացում)։</li><li><b>Այլ կայքեր․</b> "
                            "եթե այստեղից հղումով անցել ես այլ կայք, մեր էջը «Հետ» պատմության մեջ "
                            "մնում է դրա հետևում, մինչև վերադառնաս և լքես կոճակով։</li><li><b>Այլ "
                            "ներդիրներ․</b> կոճակը լքում է միայն այն ներդիրը, որտեղ սեղմել ես։ "
                            "Փակիր մեր էջերով մյուս ներդիրները։</li></ul><p>Redefine-ը cookie-ներ "
                            "չի դնում և ցուցակ չի վարում, թե ով ինչ է կարդում։</p>"
                        ),
                    ),
                    ("heading", {"text": "Օգտվիր գաղտնի ռեժիմից", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Գաղտնի պատուհանում բրաուզերը մոռանում է պատմությունը, պահված "
                            "պատճեններն ու ավտոլրացումը, հենց որ փակում ես այն։ Բացելու "
                            "ձևը․</p><ul><li><b>Chrome․</b> ⋮ մենյուն, հետո նոր ինկոգնիտո ներդիր "
                            "(կամ պատուհան)։</li><li><b>Safari iPhone-ում․</b> ներդիրների կոճակը, "
                            "հետո գաղտնի ռեժիմը։</li><li><b>Firefox․</b> ⋮ կամ ☰ մենյուն, հետո նոր "
                            "գաղտնի ներդիր կամ պատուհան։</li><li><b>Samsung Internet․</b> "
                            "ներդիրների կոճակը, հետո գաղտնի ռեժիմի "
                            "միացումը։</li></ul><p>Ավարտելուց հետո փակիր բոլոր գաղտնի ներդիրները։ "
                            "Գաղտնի ռեժիմը քո այցը չի թաքցնում նրանից, ով կառավարում է ցանցը, "
                            "օրինակ՝ դպրոցի կամ աշխատանքի Wi-Fi-ը, իսկ ներբեռնված ֆայլերը մնում են "
                            "սարքում։</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Ինչպես ջնջել պատմությունը տարբեր բրաուզերներում", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ընտրիր ժամանակահատված, որն ընդգրկում է քո այցը, օրինակ՝ վերջին մեկ "
                            "ժամը, և նշիր դիտարկումների պատմությունը, քեշում պահված նկարներն ու "
                            "ֆայլերը, իսկ լրացուցիչ կարգավորումներում՝ ավտոլրացման կամ ձևերի "
                            "տվյալները։ Մենյուները տարբերակից տարբերակ մի փոքր փոխվում "
                            "են։</p><ul><li><b>Chrome Android-ում․</b> ⋮ մենյուն, հետո դիտարկման "
                            "տվյալների ջնջումը։ Միայն մի քանի էջ ջնջելու համար՝ ⋮, «Պատմություն», "
                            "և սեղմիր ×-ը յուրաքանչյուրի կողքին։</li><li><b>Chrome "
                            "համակարգչում․</b> սեղմիր Ctrl+Shift+Delete (Mac-ում՝ "
                            "Cmd+Shift+Delete)։</li><li><b>Safari iPhone-ում կամ iPad-ում․</b> "
                            "Safari-ում սեղմիր էջանիշների կոճակը (բաց գիրքը), հետո ժամացույցը՝ "
                            "պատմությունը, հետո մաքրումը, և ընտրիր վերջին ժամը։ Մեկ էջ ջնջելու "
                            "համար ցանկում սահեցրու այն ձախ։</li><li><b>Firefox․</b> մենյուն, "
                            "«Պատմություն», հետո պատմության ջնջումը, և ընտրիր ժամանակահատվածը։ "
                            "Համակարգչում նույնը բացում է Ctrl+Shift+Delete-ը։</li><li><b>Samsung "
                            "Internet․</b> ☰ մենյուն, «Պատմություն», հետո ⋮ և պատմության ջնջումը, "
                            "կամ Կարգավորումներ, դիտարկման անձնական տվյալներ և դրանց "
                            "ջնջումը։</li></ul><p>Հիշիր, որ լրիվ դատարկ պատմությունը նույնպես "
                            "կարող է տարօրինակ թվալ նրան, ով հաճախ է ստուգում։ Եթե ջնջես միայն մեր "
                            "էջերը, դա ավելի քիչ աչքի կընկնի։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ընտրիր անվտանգ սարք", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Եթե կարող ես, օգտվիր հեռախոսից կամ համակարգչից, որը ուրիշ ոչ ոք չի "
                            "ստուգում․ քո սեփականից, այն ընկերոջ սարքից, ում վստահում ես, կամ "
                            "դպրոցի կամ գրադարանի համակարգչից։ Ավարտելուց հետո դուրս եկիր բոլոր "
                            "հաշիվներից։ Եթե հեռախոսդ կապված է ընդհանուր հաշվի հետ, օրինակ՝ "
                            "ընտանիքի Google կամ Apple հաշվի, պատմությունը կարող է երևալ նաև այլ "
                            "սարքերում։ Աջակցության յուրաքանչյուր էջում գրված է, թե ինչ է պահում "
                            "նրա չատը և արդյոք գիտի, թե ով ես, որպեսզի ընտրես, թե որտեղից "
                            "գրել։</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Օգտակար է իմանալ",
                            "items": [
                                {
                                    "question": "Կոճակը ջնջո՞ւմ է իմ պատմությունը։",
                                    "answer": (
                                        "<p>Ոչ։ Այն մեր էջերը հանում է այս ներդիրի «Հետ» կոճակից, "
                                        "և վերջ։ Պատմության ցանկը, պահված պատճեններն ու որոնման "
                                        "բառերը մնում են, մինչև ջնջես դրանք, ինչպես գրված է "
                                        "վերևում, կամ մինչև փակես գաղտնի պատուհանը։</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ինչո՞ւ է բրաուզերի «Հետ» կոճակը ինձ դուրս բերում կայքից։"
                                    ),
                                    "answer": (
                                        "<p>Որովհետև ամբողջ այցը պահվում է որպես մեկ քայլ, որպեսզի "
                                        "«Լքել կայքը» կոճակը կարողանա այն ամբողջությամբ հեռացնել։ "
                                        "Նախորդ կարդացածին վերադառնալու համար օգտվիր էջի վերևի "
                                        "«Հետ» հղումից։</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Կարո՞ղ է ինչ-որ մեկը տեսնել, որ ես գրել եմ չատում։"
                                    ),
                                    "answer": (
                                        "<p>Մենք չենք հարցնում, թե ով ես։ Բայց քո սարքում կարող է "
                                        "հետք մնալ, որ բացել ես չատի էջը, ուստի օգտվիր վերևի "
                                        "խորհուրդներից։ Եթե անհանգստանում ես, հարցրու մեզ չատում, "
                                        "թե էլ ինչ կարող ես անել։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ro": {
                "title": "Siguranța online",
                "intro": (
                    "Dacă cineva îți verifică telefonul sau calculatorul, poate nu vrei să vadă că "
                    "ai fost aici. Aici afli ce face site-ul ca să lași mai puține urme, ce "
                    "păstrează oricum browserul și cum ștergi."
                ),
                "body": [
                    ("heading", {"text": "Părăsește rapid site-ul", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>În partea de sus a fiecărei pagini există butonul „Părăsește "
                            "site-ul”. Apasă-l și pagina dispare imediat, iar în locul ei se "
                            "deschide un site neutru în limba ta, de exemplu o pagină cu vremea. "
                            "Pe calculator poți apăsa și tasta Shift de trei ori la rând: are "
                            "același efect.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Cât timp te miști pe site cu linkurile lui, cu căutarea și cu "
                            "linkul lui „Înapoi”, toată vizita ocupă un singur pas în istoricul "
                            "butonului „Înapoi” al browserului. Butonul înlocuiește acest pas, așa "
                            "că „Înapoi” te duce la pagina pe care erai înainte să vii aici, de "
                            "exemplu rezultatele căutării, și niciodată la una dintre paginile "
                            "noastre.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Tot de aceea butonul „Înapoi” al browserului te scoate de pe site. "
                            "Ca să revii la pagina citită înainte, folosește linkul „Înapoi” din "
                            "bara întunecată de sus sau linkurile de deasupra titlului paginii. Ca "
                            "să funcționeze linkul, site-ul ține minte prin ce pagini ale lui ai "
                            "trecut, doar în această filă. Nu ne este trimis niciodată și se "
                            "șterge când pleci cu butonul sau închizi fila.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Toate acestea au nevoie de JavaScript, pe care aproape orice "
                            "browser îl rulează. Dacă la tine e oprit sau pagina nu s-a încărcat "
                            "complet, butonul deschide totuși site-ul neutru, dar Shift nu face "
                            "nimic și fiecare pagină deschisă rămâne în istoricul „Înapoi”: cine "
                            "apasă „Înapoi” le poate vedea. Atunci șterge istoricul când termini, "
                            "cum scrie mai jos, sau folosește navigarea privată.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ce păstrează browserul oricum", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Butonul ascunde site-ul de butonul „Înapoi” din această filă. "
                            "Altceva nu poate șterge de pe dispozitivul "
                            "tău:</p><ul><li><b>Istoricul:</b> lista de istoric a browserului "
                            "arată în continuare fiecare pagină deschisă "
                            "aici.</li><li><b>Sugestiile:</b> odată ce site-ul e în istoric, bara "
                            "de adrese îl poate sugera după câteva litere.</li><li><b>Copiile "
                            "salvate:</b> browserul păstrează un timp pagini și imagini (memoria "
                            "cache) ca să se încarce mai repede.</li><li><b>Cuvintele căutate:</b> "
                            "ce ai scris într-un motor de căutare ca să ne găsești poate rămâne în "
                            "istoricul lui și în contul tău Google sau Apple, dacă ești conectat. "
                            "Cuvintele scrise în casetele de căutare pot fi reținute pentru data "
                            "viitoare (completare automată).</li><li><b>Alte site-uri:</b> dacă "
                            "urmezi de aici un link spre alt site, pagina noastră rămâne în "
                            "spatele lui în istoricul „Înapoi”, până revii și pleci cu "
                            "butonul.</li><li><b>Alte file:</b> butonul părăsește doar fila în "
                            "care îl apeși. Închide orice altă filă cu paginile "
                            "noastre.</li></ul><p>Redefine nu pune cookie-uri și nu ține nicio "
                            "listă cu cine ce citește.</p>"
                        ),
                    ),
                    ("heading", {"text": "Folosește navigarea privată", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Într-o fereastră privată, browserul uită istoricul, copiile "
                            "salvate și completarea automată imediat ce o închizi. O deschizi "
                            "așa:</p><ul><li><b>Chrome:</b> meniul ⋮, apoi „Filă nouă incognito” "
                            "(sau fereastră).</li><li><b>Safari pe iPhone:</b> butonul pentru "
                            "file, apoi „Privat”.</li><li><b>Firefox:</b> meniul ⋮ sau ☰, apoi "
                            "„Filă privată nouă” sau „Fereastră privată nouă”.</li><li><b>Samsung "
                            "Internet:</b> butonul pentru file, apoi „Activare Mod "
                            "secret”.</li></ul><p>Închide toate filele private când termini. "
                            "Navigarea privată nu îți ascunde vizita de cine administrează "
                            "rețeaua, de exemplu Wi-Fi-ul de la școală sau de la serviciu, iar "
                            "fișierele descărcate rămân pe dispozitiv.</p>"
                        ),
                    ),
                    ("heading", {"text": "Șterge istoricul, browser cu browser", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Alege o perioadă care cuprinde vizita, de exemplu ultima oră, și "
                            "bifează istoricul de navigare, imaginile și fișierele din cache și, "
                            "printre opțiunile avansate, datele de completare automată sau din "
                            "formulare. Meniurile se schimbă puțin de la o versiune la "
                            "alta.</p><ul><li><b>Chrome pe Android:</b> meniul ⋮, apoi ștergerea "
                            "datelor de navigare. Ca să ștergi doar câteva pagini: ⋮, „Istoric”, "
                            "și atinge × lângă fiecare.</li><li><b>Chrome pe calculator:</b> apasă "
                            "Ctrl+Shift+Delete (Cmd+Shift+Delete pe Mac).</li><li><b>Safari pe "
                            "iPhone sau iPad:</b> în Safari atinge butonul de marcaje (cartea "
                            "deschisă), apoi ceasul pentru istoric, apoi „Șterge” și alege ultima "
                            "oră. O singură pagină o ștergi glisând spre stânga pe ea în "
                            "listă.</li><li><b>Firefox:</b> meniul, „Istoric”, apoi opțiunea de "
                            "ștergere a istoricului, și alege perioada. Pe calculator, "
                            "Ctrl+Shift+Delete deschide aceeași alegere.</li><li><b>Samsung "
                            "Internet:</b> meniul ☰, „Istoric”, apoi ⋮ și ștergerea istoricului; "
                            "sau Setări, datele personale de navigare și ștergerea datelor de "
                            "navigare.</li></ul><p>Ține minte că un istoric complet gol poate "
                            "părea ciudat cuiva care verifică des. Dacă ștergi doar paginile "
                            "noastre, se observă mai puțin.</p>"
                        ),
                    ),
                    ("heading", {"text": "Alege un dispozitiv sigur", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Dacă poți, folosește un telefon sau un calculator pe care nu îl "
                            "verifică nimeni altcineva: al tău, al unui prieten în care ai "
                            "încredere sau un calculator de la școală ori de la bibliotecă. Ieși "
                            "din conturi când termini. Dacă telefonul tău e legat de un cont "
                            "comun, de exemplu un cont Google sau Apple al familiei, istoricul "
                            "poate apărea și pe alte dispozitive. Fiecare pagină de sprijin spune "
                            "ce păstrează chatul ei și dacă știe cine ești, ca să poți alege de "
                            "unde scrii.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Bine de știut",
                            "items": [
                                {
                                    "question": "Butonul îmi șterge istoricul?",
                                    "answer": (
                                        "<p>Nu. Scoate paginile noastre din butonul „Înapoi” al "
                                        "acestei file, și atât. Lista de istoric, copiile salvate "
                                        "și cuvintele căutate rămân până le ștergi, cum scrie mai "
                                        "sus, sau până închizi o fereastră privată.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "De ce butonul „Înapoi” al browserului mă scoate de pe "
                                        "site?"
                                    ),
                                    "answer": (
                                        "<p>Pentru că toată vizita e păstrată ca un singur pas, ca "
                                        "butonul să o poată șterge dintr-odată. Folosește linkul "
                                        "„Înapoi” din partea de sus ca să revii la ce ai citit "
                                        "înainte.</p>"
                                    ),
                                },
                                {
                                    "question": "Poate vedea cineva că am scris în chat?",
                                    "answer": (
                                        "<p>Nu te întrebăm cine ești. Dar pe dispozitivul tău "
                                        "poate rămâne urma că ai deschis pagina chatului, așa că "
                                        "folosește sfaturile de mai sus. Dacă ești îngrijorat, "
                                        "întreabă-ne în chat ce altceva poți face.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Безопасность в сети",
                "intro": (
                    "Если кто-то проверяет твой телефон или компьютер, ты, возможно, не хочешь, "
                    "чтобы он увидел, что ты был здесь. Здесь написано, что делает сайт, чтобы "
                    "следов было меньше, что браузер всё равно сохраняет и как это удалить."
                ),
                "body": [
                    ("heading", {"text": "Быстро уйти с сайта", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Вверху каждой страницы есть кнопка «Уйти с сайта». Нажми её, и "
                            "страница сразу исчезнет, а вместо неё откроется нейтральный сайт на "
                            "твоём языке, например энциклопедия или прогноз погоды. На компьютере "
                            "можно также три раза подряд нажать клавишу Shift — это работает так "
                            "же.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Пока ты ходишь по сайту по его собственным ссылкам, через поиск и "
                            "его ссылку «Назад», весь визит занимает всего один шаг в истории "
                            "кнопки «Назад» браузера. Кнопка «Уйти с сайта» заменяет этот шаг, "
                            "поэтому «Назад» ведёт на страницу, где ты был до нас, например к "
                            "результатам поиска, и никогда — на наши страницы.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Поэтому же кнопка «Назад» самого браузера уводит тебя с сайта. "
                            "Чтобы вернуться к странице, которую ты читал перед этим, нажми ссылку "
                            "«Назад» в тёмной полосе вверху или ссылки над заголовком страницы. "
                            "Чтобы эта ссылка работала, сайт помнит, через какие его страницы ты "
                            "прошёл, — только в этой вкладке. Это никогда не отправляется нам и "
                            "стирается, когда ты уходишь кнопкой или закрываешь вкладку.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Всё это работает с JavaScript, который есть почти в каждом "
                            "браузере. Если он у тебя выключен или страница ещё не загрузилась до "
                            "конца, кнопка всё равно откроет нейтральный сайт, но Shift ничего не "
                            "сделает, а каждая открытая страница останется в истории «Назад»: тот, "
                            "кто нажмёт «Назад», её увидит. Тогда очисти историю, когда закончишь, "
                            "как написано ниже, или пользуйся приватным режимом.</p>"
                        ),
                    ),
                    ("heading", {"text": "Что браузер всё равно сохраняет", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Кнопка прячет сайт от кнопки «Назад» в этой вкладке. Больше ничего "
                            "она с твоего устройства удалить не может:</p><ul><li><b>История:</b> "
                            "в списке истории браузера по-прежнему видна каждая страница, которую "
                            "ты здесь открыл.</li><li><b>Подсказки:</b> когда сайт есть в истории, "
                            "адресная строка может подсказать его после пары "
                            "букв.</li><li><b>Сохранённые копии:</b> браузер какое-то время хранит "
                            "страницы и картинки (кэш), чтобы они быстрее "
                            "загружались.</li><li><b>Поисковые слова:</b> то, что ты вводил в "
                            "поисковике, чтобы найти нас, может остаться в его истории и в твоём "
                            "аккаунте Google или Apple, если ты вошёл в него. Слова из полей "
                            "поиска браузер может запомнить на следующий раз "
                            "(автозаполнение).</li><li><b>Другие сайты:</b> если ты перешёл отсюда "
                            "по ссылке на другой сайт, наша страница остаётся за ним в истории "
                            "«Назад», пока ты не вернёшься и не уйдёшь кнопкой.</li><li><b>Другие "
                            "вкладки:</b> кнопка уводит только из той вкладки, где ты её нажал. "
                            "Закрой другие вкладки с нашими страницами.</li></ul><p>Redefine не "
                            "ставит cookie и не ведёт списков, кто что читает.</p>"
                        ),
                    ),
                    ("heading", {"text": "Приватный режим", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>В приватном окне браузер забывает историю, сохранённые копии и "
                            "автозаполнение, как только ты его закроешь. Открыть его можно "
                            "так:</p><ul><li><b>Chrome:</b> меню ⋮, затем новая вкладка (или окно) "
                            "в режиме инкогнито.</li><li><b>Safari на iPhone:</b> кнопка вкладок, "
                            "затем «Частный доступ».</li><li><b>Firefox:</b> меню ⋮ или ☰, затем "
                            "новая приватная вкладка или новое приватное окно.</li><li><b>Samsung "
                            "Internet:</b> кнопка вкладок, затем включение секретного "
                            "режима.</li></ul><p>Когда закончишь, закрой все приватные вкладки. "
                            "Приватный режим не скрывает посещение от тех, кто управляет сетью, "
                            "например школьным или рабочим Wi-Fi, а скачанные файлы остаются на "
                            "устройстве.</p>"
                        ),
                    ),
                    ("heading", {"text": "Как очистить историю в разных браузерах", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Выбери период, в который попадает твой визит, например последний "
                            "час, и отметь историю браузера, изображения и файлы в кэше, а в "
                            "дополнительных настройках — данные автозаполнения или форм. От версии "
                            "к версии меню немного меняются.</p><ul><li><b>Chrome на Android:</b> "
                            "меню ⋮, затем удаление данных о работе в браузере. Чтобы удалить "
                            "только некоторые страницы: ⋮, «История», и нажми × рядом с "
                            "каждой.</li><li><b>Chrome на компьютере:</b> нажми Ctrl+Shift+Delete "
                            "(Cmd+Shift+Delete на Mac).</li><li><b>Safari на iPhone или iPad:</b> "
                            "в Safari нажми кнопку закладок (открытая книга), затем часы — это "
                            "история, затем «Очистить» и выбери последний час. Одну страницу можно "
                            "удалить, смахнув её в списке влево.</li><li><b>Firefox:</b> меню, "
                            "«История», затем удаление истории, и выбери период. На компьютере то "
                            "же самое открывает Ctrl+Shift+Delete.</li><li><b>Samsung "
                            "Internet:</b> меню ☰, «История», затем ⋮ и удаление истории; или "
                            "«Настройки», личные данные браузера и удаление данных "
                            "браузера.</li></ul><p>Помни, что совсем пустая история тоже может "
                            "показаться странной тому, кто часто проверяет. Если удалить только "
                            "наши страницы, это меньше бросается в глаза.</p>"
                        ),
                    ),
                    ("heading", {"text": "Безопасное устройство", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Если можешь, пользуйся телефоном или компьютером, который никто "
                            "другой не проверяет: своим, устройством друга, которому доверяешь, "
                            "или компьютером в школе или библиотеке. Когда закончишь, выйди из "
                            "всех аккаунтов. Если твой телефон привязан к общему аккаунту, "
                            "например к семейному аккаунту Google или Apple, история может "
                            "появиться и на других устройствах. На каждой странице поддержки "
                            "написано, что хранит её чат и знает ли он, кто ты, — так ты сможешь "
                            "выбрать, откуда писать.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Полезно знать",
                            "items": [
                                {
                                    "question": "Кнопка удаляет мою историю?",
                                    "answer": (
                                        "<p>Нет. Она убирает наши страницы из кнопки «Назад» в "
                                        "этой вкладке, и только. Список истории, сохранённые копии "
                                        "и поисковые слова остаются, пока ты их не удалишь, как "
                                        "написано выше, или пока не закроешь приватное окно.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Почему кнопка «Назад» в браузере уводит меня с сайта?"
                                    ),
                                    "answer": (
                                        "<p>Потому что весь визит хранится как один шаг — так "
                                        "кнопка «Уйти с сайта» может убрать его целиком. Чтобы "
                                        "вернуться к тому, что ты читал перед этим, нажми ссылку "
                                        "«Назад» вверху страницы.</p>"
                                    ),
                                },
                                {
                                    "question": "Может ли кто-то увидеть, что я писал в чат?",
                                    "answer": (
                                        "<p>Мы не спрашиваем, кто ты. Но на твоём устройстве может "
                                        "остаться след, что ты открывал страницу чата, поэтому "
                                        "пользуйся советами выше. Если волнуешься, спроси нас в "
                                        "чате, что ещё можно сделать.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            "be": {
                "title": "Бяспека ў сеціве",
                "intro": (
                    "Калі нехта правярае твой тэлефон ці камп’ютар, ты, магчыма, не хочаш, каб ён "
                    "убачыў, што ты быў тут. Тут напісана, што робіць сайт, каб слядоў было менш, "
                    "што браўзер усё адно захоўвае і як гэта выдаліць."
                ),
                "body": [
                    ("heading", {"text": "Хутка пакінуць сайт", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Уверсе кожнай старонкі ёсць кнопка «Пакінуць сайт». Націсні яе, і "
                            "старонка адразу знікне, а замест яе адкрыецца нейтральны сайт на "
                            "тваёй мове, напрыклад энцыклапедыя. На камп’ютары можна таксама тры "
                            "разы запар націснуць клавішу Shift — гэта працуе гэтак жа.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Пакуль ты ходзіш па сайце па яго ўласных спасылках, праз пошук і "
                            "яго спасылку «Назад», увесь візіт займае толькі адзін крок у гісторыі "
                            "кнопкі «Назад» браўзера. Кнопка «Пакінуць сайт» замяняе гэты крок, "
                            "таму «Назад» вядзе на старонку, дзе ты быў да нас, напрыклад да "
                            "вынікаў пошуку, і ніколі — на нашы старонкі.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Таму ж кнопка «Назад» самога браўзера выводзіць цябе з сайта. Каб "
                            "вярнуцца да старонкі, якую ты чытаў перад гэтым, націсні спасылку "
                            "«Назад» у цёмнай палосе ўверсе або спасылкі над загалоўкам старонкі. "
                            "Каб гэтая спасылка працавала, сайт памятае, праз якія яго старонкі ты "
                            "прайшоў, — толькі ў гэтай укладцы. Гэта ніколі не адпраўляецца нам і "
                            "сціраецца, калі ты сыходзіш кнопкай або зачыняеш укладку.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Усё гэта працуе з JavaScript, які ёсць амаль у кожным браўзеры. "
                            "Калі ён у цябе выключаны або старонка яшчэ не загрузілася да канца, "
                            "кнопка ўсё адно адкрые нейтральны сайт, але Shift нічога не зробіць, "
                            "а кожная адкрытая старонка застанецца ў гісторыі «Назад»: той, хто "
                            "націсне «Назад», яе ўбачыць. Тады ачысці гісторыю, калі скончыш, як "
                            "напісана ніжэй, або карыстайся прыватным рэжымам.</p>"
                        ),
                    ),
                    ("heading", {"text": "Што браўзер усё адно захоўвае", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Кнопка хавае сайт ад кнопкі «Назад» у гэтай укладцы. Нічога іншага "
                            "яна з тваёй прылады выдаліць не можа:</p><ul><li><b>Гісторыя:</b> у "
                            "спісе гісторыі браўзера па-ранейшаму відаць кожная старонка, якую ты "
                            "тут адкрыў.</li><li><b>Падказкі:</b> калі сайт ёсць у гісторыі, "
                            "адрасны радок можа падказаць яго пасля пары "
                            "літар.</li><li><b>Захаваныя копіі:</b> браўзер пэўны час захоўвае "
                            "старонкі і малюнкі (кэш), каб яны хутчэй "
                            "загружаліся.</li><li><b>Пошукавыя словы:</b> тое, што ты ўводзіў у "
                            "пашукавіку, каб знайсці нас, можа застацца ў яго гісторыі і ў тваім "
                            "акаўнце Google ці Apple, калі ты ў яго ўвайшоў. Словы з палёў пошуку "
                            "браўзер можа запомніць на наступны раз "
                            "(аўтазапаўненне).</li><li><b>Іншыя сайты:</b> калі ты перайшоў адсюль "
                            "па спасылцы на іншы сайт, наша старонка застаецца за ім у гісторыі "
                            "«Назад», пакуль ты не вернешся і не сыдзеш кнопкай.</li><li><b>Іншыя "
                            "ўкладкі:</b> кнопка выводзіць толькі з той укладкі, дзе ты яе "
                            "націснуў. Зачыні іншыя ўкладкі з нашымі "
                            "старонкамі.</li></ul><p>Redefine не ставіць cookie і не вядзе спісаў, "
                            "хто што чытае.</p>"
                        ),
                    ),
                    ("heading", {"text": "Прыватны рэжым", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>У прыватным акне браўзер забывае гісторыю, захаваныя копіі і "
                            "аўтазапаўненне, як толькі ты яго зачыніш. Адкрыць яго можна "
                            "так:</p><ul><li><b>Chrome:</b> меню ⋮, потым новая ўкладка (або акно) "
                            "у рэжыме інкогніта.</li><li><b>Safari на iPhone:</b> кнопка ўкладак, "
                            "потым прыватны доступ.</li><li><b>Firefox:</b> меню ⋮ або ☰, потым "
                            "новая прыватная ўкладка або новае прыватнае акно.</li><li><b>Samsung "
                            "Internet:</b> кнопка ўкладак, потым уключэнне сакрэтнага "
                            "рэжыму.</li></ul><p>Калі скончыш, зачыні ўсе прыватныя ўкладкі. "
                            "Прыватны рэжым не хавае наведванне ад тых, хто кіруе сеткай, "
                            "напрыклад школьным ці працоўным Wi-Fi, а спампаваныя файлы застаюцца "
                            "на прыладзе.</p>"
                        ),
                    ),
                    ("heading", {"text": "Як ачысціць гісторыю ў розных браўзерах", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Выберы перыяд, у які трапляе твой візіт, напрыклад апошнюю "
                            "гадзіну, і адзнач гісторыю браўзера, выявы і файлы ў кэшы, а ў "
                            "дадатковых наладах — даныя аўтазапаўнення або формаў. Ад версіі да "
                            "версіі меню крыху мяняюцца.</p><ul><li><b>Chrome на Android:</b> меню "
                            "⋮, потым выдаленне даных браўзера. Каб выдаліць толькі некаторыя "
                            "старонкі: ⋮, «Гісторыя», і націсні × побач з "
                            "кожнай.</li><li><b>Chrome на камп’ютары:</b> націсні "
                            "Ctrl+Shift+Delete (Cmd+Shift+Delete на Mac).</li><li><b>Safari на "
                            "iPhone ці iPad:</b> у Safari націсні кнопку закладак (адкрытая "
                            "кніга), потым гадзіннік — гэта гісторыя, потым ачыстку і выберы "
                            "апошнюю гадзіну. Адну старонку можна выдаліць, змахнуўшы яе ў спісе "
                            "ўлева.</li><li><b>Firefox:</b> меню, «Гісторыя», потым выдаленне "
                            "гісторыі, і выберы перыяд. На камп’ютары тое ж самае адкрывае "
                            "Ctrl+Shift+Delete.</li><li><b>Samsung Internet:</b> меню ☰, "
                            "«Гісторыя», потым ⋮ і выдаленне гісторыі; або «Налады», асабістыя "
                            "даныя браўзера і выдаленне даных.</li></ul><p>Памятай, што зусім "
                            "пустая гісторыя таксама можа падацца дзіўнай таму, хто часта "
                            "правярае. Калі выдаліць толькі нашы старонкі, гэта менш кідаецца ў "
                            "вочы.</p>"
                        ),
                    ),
                    ("heading", {"text": "Бяспечная прылада", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Калі можаш, карыстайся тэлефонам ці камп’ютарам, які ніхто іншы не "
                            "правярае: сваім, прыладай сябра, якому давяраеш, або камп’ютарам у "
                            "школе ці бібліятэцы. Калі скончыш, выйдзі з усіх акаўнтаў. Калі твой "
                            "тэлефон прывязаны да агульнага акаўнта, напрыклад да сямейнага "
                            "акаўнта Google ці Apple, гісторыя можа з’явіцца і на іншых прыладах. "
                            "На кожнай старонцы падтрымкі напісана, што захоўвае яе чат і ці ведае "
                            "ён, хто ты, — так ты зможаш выбраць, адкуль пісаць.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Карысна ведаць",
                            "items": [
                                {
                                    "question": "Кнопка выдаляе маю гісторыю?",
                                    "answer": (
                                        "<p>Не. Яна прыбірае нашы старонкі з кнопкі «Назад» у "
                                        "гэтай укладцы, і толькі. Спіс гісторыі, захаваныя копіі і "
                                        "пошукавыя словы застаюцца, пакуль ты іх не выдаліш, як "
                                        "напісана вышэй, або пакуль не зачыніш прыватнае акно.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Чаму кнопка «Назад» у браўзеры выводзіць мяне з сайта?"
                                    ),
                                    "answer": (
                                        "<p>Таму што ўвесь візіт захоўваецца як адзін крок — так "
                                        "кнопка «Пакінуць сайт» можа прыбраць яго цалкам. Каб "
                                        "вярнуцца да таго, што ты чытаў перад гэтым, націсні "
                                        "спасылку «Назад» уверсе старонкі.</p>"
                                    ),
                                },
                                {
                                    "question": "Ці можа нехта ўбачыць, што я пісаў у чат?",
                                    "answer": (
                                        "<p>Мы не пытаемся, хто ты. Але на тваёй прыладзе можа "
                                        "застацца след, што ты адкрываў старонку чата, таму "
                                        "карыстайся парадамі вышэй. Калі хвалюешся, спытай нас у "
                                        "чаце, што яшчэ можна зрабіць.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
]

FOOTER = {
    "en": (
        "<p>Redefine is a regional programme by MÄN and partner organisations in Georgia, "
        "Moldova, Belarus and Armenia, and you are welcome here just as you are.</p>"
    ),
    "sv": (
        "<p>Redefine är ett regionalt program av MÄN och partnerorganisationer i Georgien, "
        "Moldavien, Belarus och Armenien, och du är välkommen här precis som du är.</p>"
    ),
    "ka": (
        "<p>Redefine არის MÄN-ისა და მისი პარტნიორი ორგანიზაციების რეგიონული პროგრამა "
        "საქართველოში, მოლდოვაში, ბელარუსსა და სომხეთში, და აქ ისეთს გელოდებით, როგორიც ხარ.</p>"
    ),
    "hy": (
        "<p>Redefine-ը MÄN-ի և Վրաստանի, Մոլդովայի, Բելառուսի ու Հայաստանի գործընկեր "
        "կազմակերպությունների տարածաշրջանային ծրագիր է, և այստեղ քեզ ընդունում են այնպիսին, "
        "ինչպիսին կաս։</p>"
    ),
    "ro": (
        "<p>Redefine este un program regional al MÄN și al organizațiilor partenere din Georgia, "
        "Republica Moldova, Belarus și Armenia, iar aici ești binevenit exact așa cum ești.</p>"
    ),
    "ru": (
        "<p>Redefine — региональная программа MÄN и партнёрских организаций в Грузии, Молдове, "
        "Беларуси и Армении, и здесь тебе рады таким, какой ты есть.</p>"
    ),
    "be": (
        "<p>Redefine — рэгіянальная праграма MÄN і партнёрскіх арганізацый у Грузіі, Малдове, "
        "Беларусі і Арменіі, і тут табе рады такім, які ты ёсць.</p>"
    ),
}

HELPLINES = [
    {
        "country": "SE",
        "phone": "116 111",
        "free": True,
        "translations": {
            "sv": {
                "name": "BRIS",
                "hours": "Alla dagar, aktuella tider finns på bris.se",
                "audience": "För dig som är under 18 år. Du kan vara anonym.",
            },
            "en": {
                "name": "BRIS",
                "hours": "Every day, current times at bris.se",
                "audience": "For anyone under 18. You can stay anonymous.",
            },
        },
    },
    {
        "country": "SE",
        "phone": "90101",
        "free": False,
        "translations": {
            "sv": {
                "name": "Mind Självmordslinjen",
                "hours": "Dygnet runt",
                "audience": (
                    "För dig som har tankar på att ta ditt liv, eller som oroar dig för någon "
                    "annan."
                ),
            },
            "en": {
                "name": "Mind Suicide Line (Självmordslinjen)",
                "hours": "Around the clock",
                "audience": (
                    "If you have thoughts of ending your life, or are worried about someone else."
                ),
            },
        },
    },
    {
        "country": "GE",
        "phone": "+995 32 200 00 00",
        "free": False,
        "translations": {
            "ka": {
                "name": "საფარის ცხელი ხაზი (demo)",
                "hours": "ორშ–პარ 10:00–18:00",
                "audience": (
                    "ყველასთვის, ვისაც ძალადობა შეემთხვა ან ვისაც ეშინია, რომ შეიძლება შეემთხვეს."
                ),
            },
            "en": {
                "name": "Sapari helpline (demo)",
                "hours": "Mon–Fri 10:00–18:00",
                "audience": (
                    "For anyone who has experienced violence or is afraid it might happen."
                ),
            },
        },
    },
    {
        "country": "MD",
        "phone": "116 111",
        "free": True,
        "translations": {
            "ro": {
                "name": "Telefonul Copilului",
                "hours": "Non-stop",
                "audience": (
                    "Pentru copii și tineri până la 18 ani și pentru părinții lor. Apelul este "
                    "gratuit și confidențial."
                ),
            },
            "ru": {
                "name": "Детский телефон доверия (Telefonul Copilului)",
                "hours": "Круглосуточно",
                "audience": (
                    "Для детей и подростков до 18 лет и их родителей. Звонок бесплатный и "
                    "конфиденциальный."
                ),
            },
            "en": {
                "name": "Telefonul Copilului (Child Helpline)",
                "hours": "Around the clock",
                "audience": (
                    "For children and young people under 18 and their parents. The call is free "
                    "and confidential."
                ),
            },
        },
    },
    {
        "country": "BY",
        "phone": "+370 5 200 00 00",
        "free": False,
        "translations": {
            "be": {
                "name": "Лінія падтрымкі «Агенды правоў жанчын Беларусі» (demo)",
                "hours": "Аўт і чц 18:00–21:00 (па мінскім часе)",
                "audience": (
                    "Для хлопцаў і маладых мужчын з Беларусі, у тым ліку ў эміграцыі. Калі "
                    "тэлефанаваць небяспечна, напішы ў чат."
                ),
            },
            "ru": {
                "name": "Линия поддержки «Повестки прав женщин Беларуси» (demo)",
                "hours": "Вт и чт 18:00–21:00 (по минскому времени)",
                "audience": (
                    "Для парней и молодых мужчин из Беларуси, в том числе в эмиграции. Если "
                    "звонить небезопасно, напиши в чат."
                ),
            },
            "en": {
                "name": "Women's Rights Agenda Belarus support line (demo)",
                "hours": "Tue and Thu 18:00–21:00 (Minsk time)",
                "audience": (
                    "For boys and young men from Belarus, including those in exile. If calling is "
                    "not safe, write in the chat."
                ),
            },
        },
    },
    {
        "country": "AM",
        "phone": "+374 10 200 000",
        "free": False,
        "translations": {
            "hy": {
                "name": "Սեռական բռնության ճգնաժամային կենտրոնի թեժ գիծ (demo)",
                "hours": "Երկուշաբթի–ուրբաթ 10:00–18:00",
                "audience": (
                    "Նրանց համար, ովքեր ենթարկվել են սեռական բռնության, և նրանց մտերիմների համար։"
                ),
            },
            "ru": {
                "name": "Горячая линия Кризисного центра помощи при сексуальном насилии (demo)",
                "hours": "Пн–пт 10:00–18:00",
                "audience": "Для тех, кто пережил сексуальное насилие, и для их близких.",
            },
            "en": {
                "name": "Sexual Assault Crisis Center hotline (demo)",
                "hours": "Mon–Fri 10:00–18:00",
                "audience": (
                    "For people who have experienced sexual violence, and for those close to them."
                ),
            },
        },
    },
]

EMERGENCY = [
    {
        "country": "SE",
        "number": "112",
        "translations": {"sv": {"label": "Nödnummer"}, "en": {"label": "Emergency"}},
    },
    {
        "country": "GE",
        "number": "112",
        "translations": {"ka": {"label": "გადაუდებელი დახმარება"}, "en": {"label": "Emergency"}},
    },
    {
        "country": "MD",
        "number": "112",
        "translations": {
            "ro": {"label": "Urgențe"},
            "ru": {"label": "Экстренная помощь"},
            "en": {"label": "Emergency"},
        },
    },
    {
        "country": "BY",
        "number": "112",
        "translations": {
            "be": {"label": "Тэрміновая дапамога"},
            "ru": {"label": "Экстренная помощь"},
            "en": {"label": "Emergency"},
        },
    },
    {
        "country": "AM",
        "number": "112",
        "translations": {
            "hy": {"label": "Արտակարգ ծառայություններ"},
            "ru": {"label": "Экстренная помощь"},
            "en": {"label": "Emergency"},
        },
    },
]
