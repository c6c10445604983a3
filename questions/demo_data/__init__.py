"""Answered questions for the demo content, written for each partner in its languages.

Each entry: a slug, its topics (demo topic slugs) and, per language, the title, the question as
a moderator edited it (nothing that tells who asked) and the answer (simple HTML). English is
the source page; the other languages are its translations. Original writing, not real letters.
"""

INDEX_TITLES = {
    "en": ("Questions and answers", "Boys ask, we answer. Nothing here tells who asked."),
    "sv": ("Frågor och svar", "Killar frågar, vi svarar. Inget här avslöjar vem som frågade."),
    "ka": (
        "კითხვები და პასუხები",
        "ბიჭები კითხულობენ, ჩვენ ვპასუხობთ. აქ არაფერი ამხელს, ვინ იკითხა.",
    ),
    "hy": (
        "Հարցեր և պատասխաններ",
        "Տղաները հարցնում են, մենք պատասխանում ենք։ Այստեղ ոչինչ ցույց չի տալիս, թե ով է հարցրել։",
    ),
    "ro": (
        "Întrebări și răspunsuri",
        "Băieții întreabă, noi răspundem. Nimic de aici nu arată cine a întrebat.",
    ),
    "ru": (
        "Вопросы и ответы",
        "Парни спрашивают, мы отвечаем. Здесь ничто не выдаёт, кто спросил.",
    ),
    "be": ("Пытанні і адказы", "Хлопцы пытаюцца, мы адказваем. Тут нішто не выдае, хто спытаў."),
}


def qa(title, question, answer):
    return {"title": title, "question": question, "answer": answer}


ANSWERS = {
    "man": [
        {
            "slug": "jealous-when-she-sees-her-friends",
            "topics": ["relationships", "feelings"],
            "texts": {
                "en": qa(
                    "I get jealous when she sees her friends",
                    "My girlfriend goes out with her friends almost every weekend and I get so "
                    "jealous that I check her phone. I know it is wrong. How do I stop?",
                    "<p>Good that you see it yourself: that is where change starts. Jealousy is a "
                    "feeling, and feelings are allowed. Checking her phone is an action, and it "
                    "breaks her trust.</p><p>Next time the feeling comes, notice it before you "
                    "act. Ask yourself what you are afraid of: losing her, not being enough? Tell "
                    "her about the fear instead of checking. If it takes over your weekends, talk "
                    "to someone about it, in our chat or with a friend you trust.</p>",
                ),
                "sv": qa(
                    "Jag blir svartsjuk när hon träffar sina kompisar",
                    "Min flickvän går ut med sina kompisar nästan varje helg och jag blir så "
                    "svartsjuk att jag kollar hennes mobil. Jag vet att det är fel. "
                    "Hur slutar jag?",
                    "<p>Bra att du ser det själv: det är där förändring börjar. Svartsjuka är en "
                    "känsla, och känslor är okej. Att kolla hennes mobil är en handling, och den "
                    "förstör hennes förtroende.</p><p>Nästa gång känslan kommer, lägg märke till "
                    "den innan du gör något. Fråga dig vad du är rädd för: att förlora henne, att "
                    "inte räcka till? Berätta för henne om rädslan i stället för att kolla. Om den "
                    "tar över dina helger, prata med någon om det, i vår chatt eller med en kompis "
                    "du litar på.</p>",
                ),
            },
        },
        {
            "slug": "is-it-weird-to-cry",
            "topics": ["masculinity", "feelings"],
            "texts": {
                "en": qa(
                    "Is it weird to cry?",
                    "I cried at my grandfather's funeral and my cousins laughed at me. Is "
                    "something wrong with me?",
                    "<p>Nothing is wrong with you. You lost someone you loved, and crying is what "
                    "bodies do with grief. Many boys learn that a man does not cry, and your "
                    "cousins probably learnt it too. That rule is part of the Man Box: it protects "
                    "nobody, it only makes people feel alone.</p><p>Let yourself be sad. If you "
                    "want to talk about your grandfather, or about what happened at the funeral, "
                    "we are here.</p>",
                ),
                "sv": qa(
                    "Är det konstigt att gråta?",
                    "Jag grät på min morfars begravning och mina kusiner skrattade åt mig. Är det "
                    "något fel på mig?",
                    "<p>Det är inget fel på dig. Du har förlorat någon du älskade, och att gråta "
                    "är vad kroppen gör med sorg. Många killar lär sig att en man inte gråter, och "
                    "dina kusiner har nog lärt sig samma sak. Den regeln är en del av Manslådan: "
                    "den skyddar ingen, den gör bara att man känner sig ensam.</p><p>Låt dig få "
                    "vara ledsen. Om du vill prata om din morfar, eller om det som hände på "
                    "begravningen, finns vi här.</p>",
                ),
            },
        },
    ],
    "sapari": [
        {
            "slug": "my-father-decided-what-i-will-study",
            "topics": ["family-and-fatherhood"],
            "texts": {
                "en": qa(
                    "My father decided what I will study",
                    "My father says I have to study law like him. I want to study music. Every "
                    "time I try to talk about it, he shouts. What can I do?",
                    "<p>It is hard when someone you love has decided your future for you. Your "
                    "father probably wants to keep you safe, even if it does not feel like it. "
                    "Pick a calm moment, not the middle of an argument, and start with what you "
                    "share: you both want you to have a good life.</p><p>Tell him what music means "
                    "to you, and show him you have thought it through. If talking alone does not "
                    "work, another adult he respects may help, a relative or a teacher. And you "
                    "can always write to us again.</p>",
                ),
                "ka": qa(
                    "მამამ გადაწყვიტა, რა უნდა ვისწავლო",
                    "მამა მეუბნება, რომ სამართალი უნდა ვისწავლო, როგორც მან. მე მუსიკის სწავლა "
                    "მინდა. როცა ამაზე საუბარს ვცდილობ, ყვირის. რა ვქნა?",
                    "<p>ძნელია, როცა ვინმემ, ვინც გიყვარს, შენი მომავალი შენ მაგივრად "
                    "გადაწყვიტა. მამას, ალბათ, შენი დაცვა უნდა, თუნდაც ასე არ გეჩვენებოდეს. "
                    "აირჩიე მშვიდი წუთი და არა კამათის შუაგული, და დაიწყე იმით, რაც "
                    "გაერთიანებთ: ორივეს გინდათ, რომ კარგი ცხოვრება გქონდეს.</p><p>უთხარი, რას "
                    "ნიშნავს შენთვის მუსიკა, და აჩვენე, რომ ყველაფერი კარგად მოიფიქრე. თუ "
                    "მარტო საუბარი არ გამოდის, შეიძლება დაგეხმაროს სხვა ზრდასრული, ვისაც ის "
                    "პატივს სცემს: ნათესავი ან მასწავლებელი. და ყოველთვის შეგიძლია ისევ "
                    "მოგვწერო.</p>",
                ),
            },
        },
        {
            "slug": "friends-share-photos-of-a-girl",
            "topics": ["online-life", "violence-and-consent"],
            "texts": {
                "en": qa(
                    "My friends share photos of a girl from our class",
                    "In our group chat my friends send around intimate photos of a girl from our "
                    "class. I did not send anything, but I feel bad. What should I do?",
                    "<p>Your feeling is right: sharing someone's intimate photos without consent "
                    "is violence, and in many countries a crime. She did not agree to be seen by "
                    "your whole group, and it can hurt her for years.</p><p>You can do something: "
                    "do not pass them on, leave the chat or say clearly that it is not okay, and "
                    "tell an adult you trust. It is brave to be the one who says stop, and others "
                    "in the group may be waiting for someone to do it.</p>",
                ),
                "ka": qa(
                    "მეგობრები ჩვენი კლასელი გოგოს ფოტოებს ავრცელებენ",
                    "ჯგუფურ ჩატში მეგობრები ჩვენი კლასელი გოგოს ინტიმურ ფოტოებს ავრცელებენ. მე "
                    "არაფერი გამიგზავნია, მაგრამ ცუდად ვგრძნობ თავს. რა ვქნა?",
                    "<p>შენი განცდა სწორია: ვინმეს ინტიმური ფოტოების თანხმობის გარეშე გავრცელება "
                    "ძალადობაა, ბევრ ქვეყანაში კი დანაშაულიც. ის არ დათანხმებულა, რომ მთელ "
                    "ჯგუფს ენახა, და ამან შეიძლება წლების განმავლობაში ატკინოს.</p><p>შენ "
                    "შეგიძლია რაღაც გააკეთო: ნუ გადააგზავნი, დატოვე ჩატი ან პირდაპირ თქვი, რომ "
                    "ეს არ არის ნორმალური, და უთხარი ზრდასრულს, ვისაც ენდობი. გამბედაობაა, იყო "
                    "ის, ვინც იტყვის „გაჩერდით“, და ჯგუფში სხვებიც შეიძლება ელოდებოდნენ, ვინმემ "
                    "ეს გააკეთოს.</p>",
                ),
            },
        },
    ],
    "casa-marioarei": [
        {
            "slug": "my-father-hits-my-mother",
            "topics": ["violence-and-consent", "family-and-fatherhood"],
            "texts": {
                "en": qa(
                    "My father hits my mother",
                    "When my father drinks, he hits my mother. I am 15. I do not know whether to "
                    "tell someone, or if it will only make things worse.",
                    "<p>What happens at home is not your fault, and it is not normal, even if it "
                    "happens often. You are right to think it through. Violence at home is "
                    "something adults can help with: a helpline for children, a school "
                    "counsellor, or the police when someone is in danger right now.</p><p>You do "
                    "not have to solve it alone or decide everything today. Call a helpline and "
                    "tell them what you told us; they know what to do next and how to keep you "
                    "and your mother safe. In an emergency, call 112.</p>",
                ),
                "ro": qa(
                    "Tata o bate pe mama",
                    "Când bea, tata o bate pe mama. Am 15 ani. Nu știu dacă să spun cuiva sau dacă "
                    "asta va face totul mai rău.",
                    "<p>Ce se întâmplă acasă nu e vina ta și nu e normal, chiar dacă se întâmplă "
                    "des. Faci bine că te gândești cu grijă. Violența în familie e ceva la care "
                    "adulții pot ajuta: o linie de sprijin pentru copii, psihologul școlii sau "
                    "poliția, când cineva e în pericol chiar acum.</p><p>Nu trebuie să rezolvi "
                    "totul singur sau să decizi totul azi. Sună la o linie de sprijin și spune-le "
                    "ce ne-ai spus nouă; ei știu ce urmează și cum să vă țină pe tine și pe mama "
                    "ta în siguranță. În caz de urgență, sună la 112.</p>",
                ),
                "ru": qa(
                    "Отец бьёт маму",
                    "Когда отец пьёт, он бьёт маму. Мне 15 лет. Я не знаю, рассказать ли "
                    "кому-нибудь или от этого станет только хуже.",
                    "<p>То, что происходит дома, — не твоя вина, и это не нормально, даже если "
                    "случается часто. Ты правильно делаешь, что обдумываешь это. С насилием в "
                    "семье могут помочь взрослые: телефон доверия для детей, школьный психолог "
                    "или полиция, если кому-то угрожает опасность прямо сейчас.</p><p>Тебе не "
                    "нужно справляться одному и решать всё сегодня. Позвони на телефон доверия и "
                    "расскажи то, что рассказал нам: там знают, что делать дальше и как защитить "
                    "тебя и маму. В экстренном случае звони 112.</p>",
                ),
            },
        },
        {
            "slug": "everyone-expects-me-to-work-abroad",
            "topics": ["masculinity", "family-and-fatherhood"],
            "texts": {
                "en": qa(
                    "Everyone expects me to go and work abroad",
                    "My older brothers all went to work in Italy, and everyone says I should go "
                    "too after school. I want to stay. Am I weak?",
                    "<p>Choosing your own way is not weakness. Many families have someone "
                    "abroad, and those who go often do it out of love for their family. Staying "
                    "can be a way of showing love too.</p><p>Think about what you want your life "
                    "to look like in five years, and what you need for it: school, work, people "
                    "around you. Then talk to your family about that plan. A plan is easier to "
                    "respect than a no.</p>",
                ),
                "ro": qa(
                    "Toți se așteaptă să plec la muncă în străinătate",
                    "Frații mei mai mari au plecat toți la muncă în Italia și toată lumea zice că "
                    "și eu ar trebui să plec după școală. Eu vreau să rămân. Sunt slab?",
                    "<p>Să-ți alegi propriul drum nu e slăbiciune. Multe familii au pe cineva "
                    "plecat, iar cei care pleacă o fac adesea din dragoste pentru familie. Și să "
                    "rămâi poate fi un fel de a arăta dragoste.</p><p>Gândește-te cum vrei să-ți "
                    "arate viața peste cinci ani și de ce ai nevoie pentru asta: școală, muncă, "
                    "oameni în jur. Apoi vorbește cu familia despre planul ăsta. Un plan e mai "
                    "ușor de respectat decât un simplu „nu”.</p>",
                ),
                "ru": qa(
                    "Все ждут, что я уеду на заработки",
                    "Мои старшие братья все уехали работать в Италию, и все говорят, что после "
                    "школы я тоже должен уехать. А я хочу остаться. Я слабый?",
                    "<p>Выбрать свой путь — не слабость. Во многих семьях кто-то работает за "
                    "границей, и те, кто уезжает, часто делают это из любви к семье. Остаться "
                    "тоже может быть способом показать любовь.</p><p>Подумай, какой ты хочешь "
                    "видеть свою жизнь через пять лет и что для этого нужно: учёба, работа, люди "
                    "рядом. Потом поговори с семьёй об этом плане. План уважать легче, чем просто "
                    "«нет».</p>",
                ),
            },
        },
    ],
    "wrab": [
        {
            "slug": "my-friend-says-he-does-not-want-to-live",
            "topics": ["mental-health"],
            "texts": {
                "en": qa(
                    "My friend says he does not want to live",
                    "My best friend sometimes writes that he does not want to live any more. I "
                    "do not know if he means it. What should I do?",
                    "<p>Take it seriously, even if he says it as a joke. Ask him straight: "
                    "\u201cAre you thinking about killing yourself?\u201d Asking does not put "
                    "the idea in his head; it shows you care and lets him talk.</p><p>Listen "
                    "without judging, and do not promise to keep it secret. Help him find an "
                    "adult or a helpline, and if he is in danger right now, call the emergency "
                    "number. You cannot carry this alone, and you do not have to: talk to "
                    "someone about how it feels for you too.</p>",
                ),
                "be": qa(
                    "Сябар кажа, што не хоча жыць",
                    "Мой найлепшы сябар часам піша, што больш не хоча жыць. Я не ведаю, ці "
                    "сур'ёзна ён. Што мне рабіць?",
                    "<p>Стаўся да гэтага сур'ёзна, нават калі ён кажа гэта як жарт. Спытай "
                    "прама: «Ты думаеш пра тое, каб забіць сябе?» Пытанне не падкідае яму гэтую "
                    "думку: яно паказвае, што табе не ўсё роўна, і дае яму выказацца.</p><p>"
                    "Слухай, не асуджаючы, і не абяцай трымаць гэта ў сакрэце. Дапамажы яму "
                    "знайсці дарослага або тэлефон даверу, а калі ён у небяспецы прама зараз, "
                    "тэлефануй на нумар экстраннай дапамогі. Ты не можаш несці гэта адзін, і не "
                    "павінен: раскажы кам-небудзь і пра тое, як гэта для цябе.</p>",
                ),
                "ru": qa(
                    "Друг говорит, что не хочет жить",
                    "Мой лучший друг иногда пишет, что больше не хочет жить. Я не знаю, серьёзно "
                    "ли он. Что мне делать?",
                    "<p>Отнесись к этому серьёзно, даже если он говорит это в шутку. Спроси "
                    "прямо: «Ты думаешь о том, чтобы убить себя?» Вопрос не подбрасывает ему эту "
                    "мысль: он показывает, что тебе не всё равно, и даёт ему выговориться.</p>"
                    "<p>Слушай, не осуждая, и не обещай хранить это в секрете. Помоги ему найти "
                    "взрослого или телефон доверия, а если он в опасности прямо сейчас, звони на "
                    "номер экстренной помощи. Ты не можешь нести это один и не должен: расскажи "
                    "кому-нибудь и о том, каково это тебе.</p>",
                ),
            },
        },
        {
            "slug": "we-moved-and-i-have-no-friends",
            "topics": ["feelings", "online-life"],
            "texts": {
                "en": qa(
                    "We moved and I have no friends here",
                    "My family had to move to another country last year. I do not speak the "
                    "language well and I have no friends here. I spend all my time online. Is "
                    "this normal?",
                    "<p>Moving is hard, especially when you did not choose it. Feeling lonely "
                    "after a move is very common, and staying in touch with people from home "
                    "online is a good way to keep your friends. It becomes a problem only if it "
                    "stops you from doing anything else.</p><p>Try one small step: a sports "
                    "club, a language course, a group for young people from your country. It "
                    "takes time; most people need a year or more to feel at home. And if the "
                    "loneliness gets heavy, talk to us.</p>",
                ),
                "be": qa(
                    "Мы пераехалі, і ў мяне тут няма сяброў",
                    "Летась мая сям'я мусіла пераехаць у іншую краіну. Я дрэнна ведаю мову, і ў "
                    "мяне тут няма сяброў. Увесь час я праводжу ў інтэрнэце. Гэта нармальна?",
                    "<p>Пераезд — гэта цяжка, асабліва калі ты яго не выбіраў. Самота пасля "
                    "пераезду — вельмі частая з'ява, а размовы з людзьмі з дому ў інтэрнэце — "
                    "добры спосаб захаваць сяброў. Праблемай гэта становіцца, толькі калі не "
                    "пакідае месца нічому іншаму.</p><p>Паспрабуй адзін маленькі крок: спартыўны "
                    "гурток, моўныя курсы, суполку моладзі з тваёй краіны. Гэта патрабуе часу: "
                    "большасці людзей трэба год ці больш, каб адчуць сябе дома. А калі самота "
                    "стане цяжкай, напішы нам.</p>",
                ),
                "ru": qa(
                    "Мы переехали, и у меня здесь нет друзей",
                    "В прошлом году моей семье пришлось переехать в другую страну. Я плохо знаю "
                    "язык, и у меня здесь нет друзей. Всё время я провожу в интернете. Это "
                    "нормально?",
                    "<p>Переезд — это тяжело, особенно если ты его не выбирал. Одиночество после "
                    "переезда — очень частое явление, а общение с людьми из дома в интернете — "
                    "хороший способ сохранить друзей. Проблемой это становится, только если не "
                    "оставляет места ничему другому.</p><p>Попробуй один маленький шаг: "
                    "спортивную секцию, языковые курсы, сообщество молодёжи из твоей страны. "
                    "Это требует времени: большинству людей нужен год или больше, чтобы "
                    "почувствовать себя дома. А если одиночество станет тяжёлым, напиши нам.</p>",
                ),
            },
        },
    ],
    "sacc": [
        {
            "slug": "she-said-yes-then-no",
            "topics": ["violence-and-consent", "relationships"],
            "texts": {
                "en": qa(
                    "She said yes, then no",
                    "My girlfriend and I started kissing and she said yes, but then she said she "
                    "wanted to stop. I stopped, but I was angry. Did I do something wrong?",
                    "<p>You did the right thing: you stopped. Consent can change at any moment, "
                    "and a yes to one thing is not a yes to everything. Respecting her no is what "
                    "makes her feel safe with you.</p><p>Being disappointed, even angry, is a "
                    "feeling, and it is okay to have it. What matters is what you do with it. "
                    "Talk about it later, when you are calm: what she liked, what she did not, "
                    "what you both want. That is how trust grows.</p>",
                ),
                "hy": qa(
                    "Նա ասաց «այո», հետո՝ «ոչ»",
                    "Ես ու ընկերուհիս սկսեցինք համբուրվել, նա համաձայնեց, բայց հետո ասաց, որ "
                    "ուզում է դադարել։ Ես դադարեցի, բայց բարկացած էի։ Ես ինչ-որ սխալ բա՞ն արեցի։",
                    "<p>Դու ճիշտ վարվեցիր՝ կանգ առար։ Համաձայնությունը կարող է փոխվել ցանկացած "
                    "պահի, և մի բանի համար ասված «այո»-ն ամեն ինչի համար «այո» չէ։ Նրա «ոչ»-ը "
                    "հարգելն է, որ նրան քո կողքին ապահով է զգացնել տալիս։</p><p>Հիասթափվելը, "
                    "նույնիսկ բարկանալը զգացմունք է, և դա նորմալ է։ Կարևորն այն է, թե ինչ ես "
                    "անում դրա հետ։ Հետո, երբ հանգիստ լինեք, խոսեք այդ մասին՝ ինչն էր նրան դուր "
                    "գալիս, ինչը՝ ոչ, ինչ եք ուզում երկուսդ։ Այդպես է վստահությունն աճում։</p>",
                ),
                "ru": qa(
                    "Она сказала «да», а потом «нет»",
                    "Мы с девушкой начали целоваться, она была согласна, но потом сказала, что "
                    "хочет остановиться. Я остановился, но разозлился. Я сделал что-то не так?",
                    "<p>Ты поступил правильно: ты остановился. Согласие может измениться в любой "
                    "момент, и «да» на одно — это не «да» на всё. Уважение к её «нет» — вот что "
                    "даёт ей чувствовать себя рядом с тобой в безопасности.</p><p>Разочарование "
                    "и даже злость — это чувства, и испытывать их нормально. Важно, что ты с "
                    "ними делаешь. Поговорите об этом позже, когда успокоитесь: что ей "
                    "нравилось, что нет, чего хотите вы оба. Так растёт доверие.</p>",
                ),
            },
        },
        {
            "slug": "an-older-boy-touched-me",
            "topics": ["violence-and-consent", "mental-health"],
            "texts": {
                "en": qa(
                    "An older boy touched me when I was younger",
                    "When I was younger, an older boy from our neighbourhood touched me in a way "
                    "I did not want. I never told anyone. Now I think about it all the time.",
                    "<p>Thank you for writing this. What he did was abuse, and it was not your "
                    "fault, whatever you did or did not do then. Many boys stay silent for years "
                    "because they are afraid nobody will believe them. We believe you.</p><p>"
                    "Thinking about it a lot is a common reaction, and it can get easier with "
                    "help. You can talk to our counsellors anonymously, on the helpline or in "
                    "the chat. You decide what you tell, and when.</p>",
                ),
                "hy": qa(
                    "Երբ փոքր էի, ավելի մեծ տղան ինձ դիպչել է",
                    "Երբ փոքր էի, մեր թաղի ավելի մեծ տղաներից մեկն ինձ դիպչել է այնպես, ինչպես "
                    "ես չէի ուզում։ Ես երբեք ոչ ոքի չեմ պատմել։ Հիմա անընդհատ մտածում եմ դրա "
                    "մասին։",
                    "<p>Շնորհակալություն, որ գրեցիր։ Այն, ինչ նա արեց, բռնություն էր, և դա քո "
                    "մեղքը չէր, ինչ էլ որ այն ժամանակ արած կամ չարած լինես։ Շատ տղաներ տարիներով "
                    "լռում են, որովհետև վախենում են, որ իրենց չեն հավատա։ Մենք քեզ հավատում "
                    "ենք։</p><p>Դրա մասին հաճախ մտածելը սովորական արձագանք է, և օգնությամբ դա "
                    "կարող է թեթևանալ։ Կարող ես անանուն խոսել մեր խորհրդատուների հետ՝ թեժ գծով "
                    "կամ չաթում։ Դու ես որոշում՝ ինչ պատմել և երբ։</p>",
                ),
                "ru": qa(
                    "Когда я был младше, меня трогал старший парень",
                    "Когда я был младше, один старший парень из нашего района трогал меня так, "
                    "как я не хотел. Я никому не рассказывал. Теперь я всё время об этом думаю.",
                    "<p>Спасибо, что написал. То, что он сделал, — насилие, и это не твоя вина, "
                    "что бы ты тогда ни делал и ни говорил. Многие парни молчат годами, "
                    "потому что боятся, что им не поверят. Мы тебе верим.</p><p>Часто думать об "
                    "этом — обычная реакция, и с помощью может стать легче. Ты можешь анонимно "
                    "поговорить с нашими консультантами по телефону доверия или в чате. Ты сам "
                    "решаешь, что рассказать и когда.</p>",
                ),
            },
        },
    ],
    "apy": [
        {
            "slug": "scared-of-military-service",
            "topics": ["masculinity", "mental-health"],
            "texts": {
                "en": qa(
                    "I am scared of military service",
                    "I turn 18 next year and I will go to the army. Everybody says it will make "
                    "me a man, but I am scared. I cannot tell anyone.",
                    "<p>Being afraid of something big and unknown is human, and many boys feel "
                    "the same without saying it. Being scared does not make you less of a man. "
                    "Courage is doing hard things while you are afraid, not feeling no fear."
                    "</p><p>Find out what you can: talk to someone who served and will tell you "
                    "honestly how it was. Keep close to the people who support you. And tell "
                    "someone how you feel, a friend, a brother, or us: fear shared is lighter."
                    "</p>",
                ),
                "hy": qa(
                    "Վախենում եմ բանակից",
                    "Հաջորդ տարի 18 տարեկան կդառնամ ու բանակ կգնամ։ Բոլորն ասում են, որ բանակն "
                    "ինձ տղամարդ կդարձնի, բայց ես վախենում եմ։ Ոչ ոքի չեմ կարող ասել։",
                    "<p>Վախենալ մեծ ու անծանոթ բանից մարդկային է, և շատ տղաներ նույնն են "
                    "զգում, պարզապես չեն ասում։ Վախը քեզ պակաս տղամարդ չի դարձնում։ "
                    "Քաջությունը դժվար բաներ անելն է՝ չնայած վախին, այլ ոչ թե վախ չզգալը։</p>"
                    "<p>Իմացիր այն, ինչ կարող ես․ խոսիր որևէ մեկի հետ, ով ծառայել է և ազնվորեն "
                    "կպատմի, թե ինչպես էր։ Մնա քեզ աջակցող մարդկանց կողքին։ Եվ պատմիր որևէ մեկին, "
                    "թե ինչ ես զգում՝ ընկերոջը, եղբորը կամ մեզ․ կիսված վախն ավելի թեթև է։</p>",
                ),
            },
        },
        {
            "slug": "friends-laugh-because-i-do-not-drink",
            "topics": ["masculinity", "relationships"],
            "texts": {
                "en": qa(
                    "My friends laugh because I do not drink",
                    "At parties my friends push me to drink and call me a girl when I say no. "
                    "How do I deal with this?",
                    "<p>Saying no when everyone pushes you takes more strength than saying yes. "
                    "Calling you a girl is an old trick of the Man Box: it tries to make you "
                    "ashamed of a choice that is yours.</p><p>You can say no short and calm, "
                    "without explaining: \u201cNo, I am good.\u201d The pressure often fades when "
                    "they see you do not change your mind. And ask yourself whether these are "
                    "the friends you want: there are people who will like you as you are.</p>",
                ),
                "hy": qa(
                    "Ընկերներս ծիծաղում են, որ չեմ խմում",
                    "Խնջույքներին ընկերներս ստիպում են, որ խմեմ, և երբ հրաժարվում եմ, ինձ "
                    "աղջիկ են անվանում։ Ինչպե՞ս վարվեմ։",
                    "<p>«Ոչ» ասելը, երբ բոլորը ճնշում են, ավելի շատ ուժ է պահանջում, քան «այո» "
                    "ասելը։ Քեզ աղջիկ անվանելը Տղամարդու արկղի հին հնարքն է․ այն փորձում է քեզ "
                    "ամաչեցնել մի ընտրության համար, որը քոնն է։</p><p>Կարող ես «ոչ» ասել կարճ ու "
                    "հանգիստ, առանց բացատրելու․ «Ոչ, շնորհակալ եմ»։ Ճնշումը հաճախ անցնում է, երբ "
                    "տեսնում են, որ միտքդ չես փոխում։ Եվ ինքդ քեզ հարցրու՝ արդյո՞ք սրանք են այն "
                    "ընկերները, որոնց ուզում ես․ կան մարդիկ, ովքեր քեզ կհավանեն այնպիսին, ինչպիսին "
                    "կաս։</p>",
                ),
            },
        },
    ],
}
