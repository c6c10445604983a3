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
                    "you have been here. These steps help you leave fewer traces."
                ),
                "body": [
                    ("heading", {"text": "Leave this site quickly", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>At the top of every page there is a “Leave this site” button. "
                            "Press it and the page disappears at once, and a neutral site opens "
                            "in its place. On a computer you can also press the Shift key three "
                            "times in a row: it does the same thing.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The Back button will not take you back to the article you were "
                            "reading. That is on purpose, so that someone who picks up your phone "
                            "cannot simply go back and see it.</p>"
                        ),
                    ),
                    ("heading", {"text": "Use private browsing", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In private or incognito mode, the browser does not save your "
                            "history once you close the window. In most browsers you find it in "
                            "the menu, as “New private window” or “New incognito tab”. Remember "
                            "to close the window when you are done. Private mode does not hide "
                            "your visit from whoever runs the network, for example the Wi-Fi at "
                            "school or at work.</p>"
                        ),
                    ),
                    ("heading", {"text": "Clear your history", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you did not use private mode, you can delete your history "
                            "afterwards. Open the browser menu, go to History or Settings and "
                            "choose to clear browsing data. You can remove just this site or "
                            "everything from the last hour. Keep in mind that a completely empty "
                            "history can also look odd to someone who checks often.</p>"
                        ),
                    ),
                    ("heading", {"text": "Choose a safe device", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you can, use a phone or computer that nobody else checks: your "
                            "own, one belonging to a friend you trust, or a computer at school or "
                            "in a library. Log out of your accounts when you finish. If your "
                            "phone is linked to a shared account, such as a family Google or "
                            "Apple account, your history may also show up on other devices. The "
                            "chat is anonymous, so you can write to us from wherever you feel "
                            "safe.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Good to know",
                            "items": [
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
                    "Om någon kollar din telefon eller dator vill du kanske inte att de ser att "
                    "du har varit här. De här stegen hjälper dig att lämna färre spår."
                ),
                "body": [
                    ("heading", {"text": "Lämna sidan snabbt", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Högst upp på varje sida finns knappen ”Lämna sidan”. Tryck på den "
                            "så försvinner sidan direkt och en neutral webbplats öppnas i "
                            "stället. På en dator kan du också trycka på Shift-tangenten tre "
                            "gånger i rad: det gör samma sak.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Bakåtknappen tar dig inte tillbaka till texten du läste. Det är "
                            "med flit, så att någon som tar upp din telefon inte bara kan gå "
                            "tillbaka och se den.</p>"
                        ),
                    ),
                    ("heading", {"text": "Surfa privat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>I privat läge eller inkognitoläge sparar webbläsaren ingen "
                            "historik när du stänger fönstret. I de flesta webbläsare hittar du "
                            "det i menyn, som ”Nytt privat fönster” eller ”Ny inkognitoflik”. Kom "
                            "ihåg att stänga fönstret när du är klar. Privat läge döljer inte "
                            "besöket för den som driver nätverket, till exempel wifi:t i skolan "
                            "eller på jobbet.</p>"
                        ),
                    ),
                    ("heading", {"text": "Rensa historiken", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Om du inte surfade privat kan du radera historiken efteråt. Öppna "
                            "webbläsarens meny, gå till Historik eller Inställningar och välj att "
                            "rensa webbinformation. Du kan ta bort bara den här sidan eller allt "
                            "från den senaste timmen. Tänk på att en helt tom historik också kan "
                            "se konstig ut för någon som brukar kolla.</p>"
                        ),
                    ),
                    ("heading", {"text": "Välj en säker enhet", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Om du kan, använd en telefon eller dator som ingen annan kollar: "
                            "din egen, en kompis som du litar på, eller en dator i skolan eller "
                            "på biblioteket. Logga ut från dina konton när du är klar. Om din "
                            "telefon är kopplad till ett delat konto, till exempel familjens "
                            "Google- eller Apple-konto, kan historiken också synas på andra "
                            "enheter. Chatten är anonym, så du kan skriva till oss var du än "
                            "känner dig trygg.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Bra att veta",
                            "items": [
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
                    "დაინახოს, რომ აქ იყავი. ეს ნაბიჯები დაგეხმარება, ნაკლები კვალი დატოვო."
                ),
                "body": [
                    ("heading", {"text": "სწრაფად დატოვე საიტი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ყოველი გვერდის ზედა ნაწილში არის ღილაკი „დატოვე საიტი“. "
                            "დააჭირე და გვერდი მაშინვე გაქრება, მის ნაცვლად კი ნეიტრალური საიტი "
                            "გაიხსნება. კომპიუტერზე ასევე შეგიძლია ზედიზედ სამჯერ დააჭირო Shift-ს "
                            "— ეს იგივეს აკეთებს.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ღილაკი „უკან“ იმ სტატიაზე აღარ დაგაბრუნებს, რომელსაც კითხულობდი. "
                            "ეს განზრახ არის ასე: თუ ვინმე შენს ტელეფონს აიღებს, უბრალოდ უკან "
                            "დაბრუნებით ვერაფერს ნახავს.</p>"
                        ),
                    ),
                    ("heading", {"text": "გამოიყენე პირადი რეჟიმი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>პირად ან ინკოგნიტო რეჟიმში ბრაუზერი ფანჯრის დახურვის შემდეგ "
                            "ისტორიას არ ინახავს. უმეტეს ბრაუზერში მას მენიუში იპოვი: „ახალი "
                            "ინკოგნიტო ფანჯარა“ ან „ახალი პირადი ფანჯარა“. არ დაგავიწყდეს ფანჯრის "
                            "დახურვა, როცა მორჩები. პირადი რეჟიმი შენს ვიზიტს არ მალავს მისგან, "
                            "ვინც ქსელს მართავს, მაგალითად, სკოლის ან სამსახურის Wi-Fi-ს.</p>"
                        ),
                    ),
                    ("heading", {"text": "წაშალე ისტორია", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>თუ პირადი რეჟიმი არ გამოგიყენებია, ისტორიის წაშლა შემდეგაც "
                            "შეგიძლია. გახსენი ბრაუზერის მენიუ, შედი „ისტორიაში“ ან "
                            "„პარამეტრებში“ და აირჩიე დათვალიერების მონაცემების წაშლა. შეგიძლია "
                            "წაშალო მხოლოდ ეს საიტი ან ბოლო ერთი საათის მთელი ისტორია. გახსოვდეს, "
                            "რომ სულ ცარიელი ისტორია შეიძლება უცნაურად მოეჩვენოს მას, ვინც ხშირად "
                            "ამოწმებს.</p>"
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
                            "მოწყობილობებზეც გამოჩნდეს. ჩატი ანონიმურია, ამიტომ შეგიძლია მოგვწერო "
                            "იქიდან, სადაც თავს უსაფრთხოდ გრძნობ.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "სასარგებლო ინფორმაცია",
                            "items": [
                                {
                                    "question": "შეიძლება ვინმემ დაინახოს, რომ ჩატში ვწერდი?",
                                    "answer": (
                                        "<p>ჩვენ არ გეკითხებით, ვინ ხარ. მაგრამ შენს "
                                        "მოწყობილობაზე შეიძლება დარჩეს კვალი, რომ ჩატის გვერდი "
                                        "გახსენი, ამიტომ გამოიყენე ზემოთ მოცემული რჩევები. თუ "
                                        "ღელავ, ჩატშივე გვკითხე, კიდევ რა შეგიძლია გააკეთო.</p>"
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
                    "նա տեսնի, որ այստեղ ես եղել։ Այս քայլերը կօգնեն ավելի քիչ հետքեր թողնել։"
                ),
                "body": [
                    ("heading", {"text": "Արագ լքիր կայքը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Յուրաքանչյուր էջի վերևում կա «Լքել կայքը» կոճակը։ Սեղմիր այն, և "
                            "էջն անմիջապես կանհետանա, իսկ դրա փոխարեն կբացվի չեզոք կայք։ "
                            "Համակարգչում կարող ես նաև անընդմեջ երեք անգամ սեղմել Shift ստեղնը․ "
                            "արդյունքը նույնն է։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>«Հետ» կոճակը քեզ չի վերադարձնի այն հոդվածին, որը կարդում էիր։ Սա "
                            "արված է դիտավորյալ, որպեսզի եթե ինչ-որ մեկը վերցնի հեռախոսդ, "
                            "չկարողանա պարզապես հետ գնալ և տեսնել այն։</p>"
                        ),
                    ),
                    ("heading", {"text": "Օգտվիր գաղտնի ռեժիմից", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Գաղտնի կամ ինկոգնիտո ռեժիմում բրաուզերը չի պահում պատմությունը, "
                            "երբ փակում ես պատուհանը։ Բրաուզերների մեծ մասում այն կգտնես "
                            "ընտրացանկում՝ «Նոր ինկոգնիտո պատուհան» կամ «Նոր գաղտնի պատուհան» "
                            "անունով։ Մի մոռացիր փակել պատուհանը, երբ ավարտես։ Գաղտնի ռեժիմը չի "
                            "թաքցնում այցդ նրանից, ով կառավարում է ցանցը, օրինակ՝ դպրոցի կամ "
                            "աշխատավայրի Wi-Fi-ը։</p>"
                        ),
                    ),
                    ("heading", {"text": "Մաքրիր պատմությունը", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Եթե գաղտնի ռեժիմ չես օգտագործել, պատմությունը կարող ես ջնջել "
                            "հետո։ Բացիր բրաուզերի ընտրացանկը, գնա «Պատմություն» կամ "
                            "«Կարգավորումներ» բաժին և ընտրիր դիտարկման տվյալների մաքրումը։ Կարող "
                            "ես ջնջել միայն այս կայքը կամ վերջին մեկ ժամվա ամբողջ պատմությունը։ "
                            "Հիշիր, որ ամբողջովին դատարկ պատմությունը նույնպես կարող է տարօրինակ "
                            "թվալ նրան, ով հաճախ է ստուգում։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ընտրիր անվտանգ սարք", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Եթե կարող ես, օգտագործիր հեռախոս կամ համակարգիչ, որն ուրիշ ոչ ոք "
                            "չի ստուգում՝ քո սեփականը, այն ընկերոջդ, ում վստահում ես, կամ դպրոցի "
                            "կամ գրադարանի համակարգիչը։ Երբ ավարտես, դուրս եկ բոլոր հաշիվներից։ "
                            "Եթե հեռախոսդ կապված է ընդհանուր հաշվի հետ, օրինակ՝ ընտանիքի Google "
                            "կամ Apple հաշվի, պատմությունը կարող է երևալ նաև այլ սարքերում։ Չատն "
                            "անանուն է, ուստի կարող ես մեզ գրել այնտեղից, որտեղ քեզ ապահով ես "
                            "զգում։</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Օգտակար է իմանալ",
                            "items": [
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
                    "Dacă cineva îți verifică telefonul sau calculatorul, poate nu vrei să vadă "
                    "că ai fost aici. Pașii aceștia te ajută să lași mai puține urme."
                ),
                "body": [
                    ("heading", {"text": "Părăsește rapid site-ul", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>În partea de sus a fiecărei pagini există butonul „Părăsește "
                            "site-ul”. Apasă-l și pagina dispare imediat, iar în locul ei se "
                            "deschide un site neutru. Pe calculator poți apăsa și tasta Shift de "
                            "trei ori la rând: are același efect.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Butonul „Înapoi” nu te va duce la articolul pe care îl citeai. E "
                            "făcut intenționat, ca cineva care îți ia telefonul să nu poată pur "
                            "și simplu să revină și să-l vadă.</p>"
                        ),
                    ),
                    ("heading", {"text": "Folosește navigarea privată", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>În modul privat sau incognito, browserul nu îți salvează "
                            "istoricul după ce închizi fereastra. În majoritatea browserelor îl "
                            "găsești în meniu, ca „Fereastră nouă incognito” sau „Fereastră "
                            "privată nouă”. Nu uita să închizi fereastra când termini. Modul "
                            "privat nu îți ascunde vizita de cine administrează rețeaua, de "
                            "exemplu Wi-Fi-ul de la școală sau de la serviciu.</p>"
                        ),
                    ),
                    ("heading", {"text": "Șterge istoricul", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Dacă nu ai folosit modul privat, poți șterge istoricul după "
                            "aceea. Deschide meniul browserului, intră la Istoric sau Setări și "
                            "alege să ștergi datele de navigare. Poți șterge doar acest site sau "
                            "tot ce ai vizitat în ultima oră. Ține minte că un istoric complet "
                            "gol poate părea ciudat cuiva care verifică des.</p>"
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
                            "poate apărea și pe alte dispozitive. Chatul este anonim, așa că ne "
                            "poți scrie de oriunde te simți în siguranță.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Bine de știut",
                            "items": [
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
                    "чтобы он увидел, что ты был здесь. Эти шаги помогут оставить меньше следов."
                ),
                "body": [
                    ("heading", {"text": "Быстро уйти с сайта", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Вверху каждой страницы есть кнопка «Уйти с сайта». Нажми её, и "
                            "страница сразу исчезнет, а вместо неё откроется нейтральный сайт. На "
                            "компьютере можно также три раза подряд нажать клавишу Shift — это "
                            "работает так же.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Кнопка «Назад» не вернёт тебя к статье, которую ты читал. Так "
                            "сделано специально: если кто-то возьмёт твой телефон, он не сможет "
                            "просто вернуться назад и увидеть её.</p>"
                        ),
                    ),
                    ("heading", {"text": "Приватный режим", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>В приватном режиме или режиме инкогнито браузер не сохраняет "
                            "историю после того, как ты закроешь окно. В большинстве браузеров он "
                            "есть в меню: «Новое окно в режиме инкогнито» или «Новое приватное "
                            "окно». Не забудь закрыть окно, когда закончишь. Приватный режим не "
                            "скрывает посещение от тех, кто управляет сетью, например школьным "
                            "или рабочим Wi-Fi.</p>"
                        ),
                    ),
                    ("heading", {"text": "Очистить историю", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Если ты не пользовался приватным режимом, историю можно удалить "
                            "потом. Открой меню браузера, зайди в «Историю» или «Настройки» и "
                            "выбери очистку данных браузера. Можно удалить только этот сайт или "
                            "всё за последний час. Помни, что совсем пустая история тоже может "
                            "показаться странной тому, кто часто проверяет.</p>"
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
                            "появиться и на других устройствах. Чат анонимный, поэтому писать нам "
                            "можно оттуда, где ты чувствуешь себя в безопасности.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Полезно знать",
                            "items": [
                                {
                                    "question": "Может ли кто-то увидеть, что я писал в чат?",
                                    "answer": (
                                        "<p>Мы не спрашиваем, кто ты. Но на твоём устройстве "
                                        "может остаться след, что ты открывал страницу чата, "
                                        "поэтому пользуйся советами выше. Если волнуешься, спроси "
                                        "нас в чате, что ещё можно сделать.</p>"
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
                    "убачыў, што ты быў тут. Гэтыя крокі дапамогуць пакінуць менш слядоў."
                ),
                "body": [
                    ("heading", {"text": "Хутка пакінуць сайт", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Уверсе кожнай старонкі ёсць кнопка «Пакінуць сайт». Націсні яе, і "
                            "старонка адразу знікне, а замест яе адкрыецца нейтральны сайт. На "
                            "камп’ютары можна таксама тры разы запар націснуць клавішу Shift — "
                            "гэта працуе гэтак жа.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Кнопка «Назад» не верне цябе да артыкула, які ты чытаў. Так "
                            "зроблена наўмысна: калі нехта возьме твой тэлефон, ён не зможа "
                            "проста вярнуцца назад і ўбачыць яго.</p>"
                        ),
                    ),
                    ("heading", {"text": "Прыватны рэжым", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>У прыватным рэжыме або рэжыме інкогніта браўзер не захоўвае "
                            "гісторыю пасля таго, як ты зачыніш акно. У большасці браўзераў ён "
                            "ёсць у меню: «Новае акно інкогніта» або «Новае прыватнае акно». Не "
                            "забудзь зачыніць акно, калі скончыш. Прыватны рэжым не хавае "
                            "наведванне ад тых, хто кіруе сеткай, напрыклад школьным ці працоўным "
                            "Wi-Fi.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ачысціць гісторыю", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Калі ты не карыстаўся прыватным рэжымам, гісторыю можна выдаліць "
                            "пасля. Адкрый меню браўзера, зайдзі ў «Гісторыю» або «Налады» і "
                            "абяры ачыстку даных браўзера. Можна выдаліць толькі гэты сайт або "
                            "ўсё за апошнюю гадзіну. Памятай, што зусім пустая гісторыя таксама "
                            "можа падацца дзіўнай таму, хто часта правярае.</p>"
                        ),
                    ),
                    ("heading", {"text": "Бяспечная прылада", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Калі можаш, карыстайся тэлефонам ці камп’ютарам, які ніхто іншы "
                            "не правярае: сваім, прыладай сябра, якому давяраеш, або камп’ютарам "
                            "у школе ці бібліятэцы. Калі скончыш, выйдзі з усіх акаўнтаў. Калі "
                            "твой тэлефон прывязаны да агульнага акаўнта, напрыклад да сямейнага "
                            "акаўнта Google ці Apple, гісторыя можа з’явіцца і на іншых прыладах. "
                            "Чат ананімны, таму пісаць нам можна адтуль, дзе ты адчуваеш сябе ў "
                            "бяспецы.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Карысна ведаць",
                            "items": [
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
