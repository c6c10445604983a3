"""Demo articles for Casa Marioarei (Moldova), written in Romanian, then Russian and English."""

ARTICLES = [
    {
        "slug": "cand-tata-lucreaza-departe",
        "topics": ["family-and-fatherhood", "feelings"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "ro": {
                "title": "Când tata lucrează departe",
                "summary": (
                    "Mulți băieți din Moldova cresc cu tatăl plecat la muncă în Italia, Rusia "
                    "sau Germania. E normal să-ți fie dor, să fii supărat sau să nu simți nimic. "
                    "Iată câteva lucruri care pot ajuta."
                ),
                "hero_alt": (
                    "Forme abstracte în turcoaz și nisipiu: două cercuri depărtate, "
                    "unite de o linie subțire"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Tata a plecat când aveai zece ani. Acum vorbiți pe video duminica, "
                        "el întreabă de note, tu spui „bine” și apelul se termină. Poate îți "
                        "trimite bani, haine, un telefon nou. Și totuși, uneori simți un gol pe "
                        "care nu știi cum să-l numești.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nu ești singurul. Aproape în fiecare sat din Moldova sunt familii în "
                        "care tata, mama sau amândoi lucrează în Italia, Rusia, Germania sau "
                        "Marea Britanie. Se vorbește mult despre bani și despre casele noi. Se "
                        "vorbește mult mai puțin despre cum e pentru cei care rămân.</p>",
                    ),
                    ("heading", {"text": "Ce poți simți și de ce e în regulă", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Poate ți-e dor de el. Poate ești supărat că nu e aici la meciurile "
                        "tale, de ziua ta, atunci când ai avut probleme la școală. Poate te "
                        "simți vinovat că ești supărat, pentru că „el muncește pentru voi”. Poate "
                        "nu simți nimic și te întrebi dacă e ceva în neregulă cu tine. Toate "
                        "sunt reacții normale. Sentimentele nu trebuie să fie logice ca să fie "
                        "adevărate.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Băieții rămași acasă aud uneori: „Acum tu ești bărbatul casei.” Poate "
                        "ajuți mai mult, ai grijă de frații mai mici sau de bunici. E frumos să "
                        "ajuți. Dar ai în continuare voie să fii adolescent, să greșești și să ai "
                        "nevoie de cineva.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Mult timp am crezut că, dacă îi spun tatei că mi-e greu, îl "
                                "încarc și mai mult. Când i-am zis totuși, a tăcut, apoi mi-a "
                                "spus că și lui îi e dor de noi. A fost prima noastră discuție "
                                "adevărată după doi ani."
                            ),
                            "attribution": "Vlad, 16 ani, raionul Soroca",
                        },
                    ),
                    ("heading", {"text": "Câteva lucruri de încercat", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Spune-i tatei un lucru concret din săptămâna ta, nu doar "
                        "„bine”. Un meci, o ceartă, o glumă.</li><li>Întreabă-l și tu cum îi e "
                        "acolo. Și el poate fi singur.</li><li>Dacă vorbitul e greu, scrie-i. "
                        "Uneori e mai ușor în scris.</li><li>Găsește un adult de lângă tine cu "
                        "care să vorbești: un unchi, un antrenor, un profesor.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Poți vorbi cu cineva",
                            "text": (
                                "Dacă dorul sau supărarea devin prea grele, scrie-ne pe Telegram. "
                                "Te ascultăm fără să te judecăm."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Когда папа работает далеко",
                "summary": (
                    "Многие парни в Молдове растут, пока отец работает в Италии, России или "
                    "Германии. Нормально скучать, злиться или вообще ничего не чувствовать. "
                    "Вот что может помочь."
                ),
                "hero_alt": (
                    "Абстрактные формы бирюзового и песочного цвета: два далёких круга, "
                    "соединённые тонкой линией"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Папа уехал, когда тебе было десять. Теперь вы созваниваетесь по "
                        "видео по воскресеньям, он спрашивает про оценки, ты отвечаешь "
                        "«нормально», и звонок заканчивается. Может, он присылает деньги, одежду, "
                        "новый телефон. И всё равно иногда внутри пустота, которую трудно "
                        "назвать.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ты не один такой. Почти в каждом селе Молдовы есть семьи, где отец, "
                        "мать или оба работают в Италии, России, Германии или Англии. О деньгах и "
                        "новых домах говорят много. О том, каково тем, кто остался, говорят "
                        "гораздо меньше.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Что ты можешь чувствовать, и почему это нормально",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Может, ты скучаешь. Может, злишься, что его не было на твоих матчах, "
                        "на дне рождения, тогда, когда у тебя были проблемы в школе. Может, тебе "
                        "стыдно за эту злость, ведь «он же работает ради вас». А может, ты ничего "
                        "не чувствуешь и думаешь, что с тобой что-то не так. Всё это обычные "
                        "реакции. Чувства не обязаны быть логичными, чтобы быть настоящими.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Парням, которые остались дома, иногда говорят: «Теперь ты мужчина в "
                        "доме». Может, ты больше помогаешь, присматриваешь за младшими или за "
                        "бабушкой с дедушкой. Помогать — это хорошо. Но у тебя всё равно есть "
                        "право быть подростком, ошибаться и нуждаться в ком-то.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Я долго думал, что если скажу папе, как мне тяжело, то только "
                                "добавлю ему проблем. Когда всё-таки сказал, он замолчал, а "
                                "потом признался, что тоже по нам скучает. Это был наш первый "
                                "настоящий разговор за два года."
                            ),
                            "attribution": "Влад, 16 лет, Сорокский район",
                        },
                    ),
                    ("heading", {"text": "Что можно попробовать", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Расскажи папе что-то конкретное из своей недели, а не только "
                        "«нормально». Матч, ссору, шутку.</li><li>Спроси, как ему там. Ему тоже "
                        "может быть одиноко.</li><li>Если говорить трудно, напиши ему. Иногда "
                        "так проще.</li><li>Найди взрослого рядом, с кем можно поговорить: дядю, "
                        "тренера, учителя.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Ты можешь с кем-то поговорить",
                            "text": (
                                "Если тоска или злость становятся слишком тяжёлыми, напиши нам "
                                "в Telegram. Мы выслушаем и не будем осуждать."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When your dad works far away",
                "summary": (
                    "Many boys in Moldova grow up while their father works in Italy, Russia or "
                    "Germany. It is normal to miss him, to be angry, or to feel nothing at all. "
                    "Here are a few things that can help."
                ),
                "hero_alt": (
                    "Abstract shapes in teal and sand: two distant circles joined by a thin line"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Your dad left when you were ten. Now you video call on Sundays, he "
                        "asks about your grades, you say “fine” and the call ends. Maybe he sends "
                        "money, clothes, a new phone. And still, sometimes there is an empty "
                        "feeling you can't quite put a name to.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>You are not the only one. In almost every village in Moldova there "
                        "are families where the father, the mother or both work in Italy, Russia, "
                        "Germany or the UK. People talk a lot about the money and the new houses. "
                        "They talk much less about what it is like for those who stay behind.</p>",
                    ),
                    ("heading", {"text": "What you might feel, and why it's okay", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Maybe you miss him. Maybe you are angry that he wasn't there for your "
                        "matches, your birthday, the time you got into trouble at school. Maybe "
                        "you feel guilty for being angry, because “he's working for all of you”. "
                        "Maybe you feel nothing and wonder if something is wrong with you. All of "
                        "these are normal reactions. Feelings don't have to be logical to be "
                        "real.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Boys who stay at home sometimes hear: “Now you're the man of the "
                        "house.” Maybe you help more, look after younger siblings or your "
                        "grandparents. Helping is a good thing. But you are still allowed to be a "
                        "teenager, to make mistakes and to need someone.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "For a long time I thought that if I told my dad it was hard for "
                                "me, I would only add to his load. When I finally said it, he "
                                "went quiet, then told me he misses us too. It was our first real "
                                "conversation in two years."
                            ),
                            "attribution": "Vlad, 16, Soroca district",
                        },
                    ),
                    ("heading", {"text": "A few things to try", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Tell your dad one concrete thing from your week, not just "
                        "“fine”. A match, an argument, a joke.</li><li>Ask him how he is doing "
                        "over there. He may be lonely too.</li><li>If talking is hard, write to "
                        "him. Sometimes it's easier in writing.</li><li>Find an adult close by "
                        "you can talk to: an uncle, a coach, a teacher.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "If missing him or being angry gets too heavy, write to us on "
                                "Telegram. We listen without judging."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "cand-acasa-ti-e-frica",
        "topics": ["violence-and-consent", "family-and-fatherhood", "mental-health"],
        "age_group": "all",
        "sensitive_subjects": ["violence", "abuse"],
        "image": True,
        "translations": {
            "ro": {
                "title": "Când acasă ți-e frică",
                "summary": (
                    "Dacă cineva din familie țipă, lovește sau amenință, nu e vina ta și nu "
                    "trebuie să duci asta singur. Despre ce se întâmplă cu tine și unde poți "
                    "cere ajutor."
                ),
                "hero_alt": (
                    "Forme abstracte în albastru închis și bej: un pătrat mic adăpostit "
                    "sub un arc moale"
                ),
                "content_warning_note": "Articolul vorbește despre violența în familie.",
                "body": [
                    (
                        "paragraph",
                        "<p>Seara auzi cheia în ușă și deja știi, după pași, cum va fi. Poate "
                        "tata a băut. Poate cineva țipă la mama. Poate te lovește pe tine. Sau "
                        "poate nimeni nu lovește pe nimeni, dar toată casa trăiește cu frica "
                        "că se va întâmpla.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>În multe familii din Moldova se spune că „ce se întâmplă în casă "
                        "rămâne în casă”. Dar violența nu e o problemă privată pe care trebuie "
                        "s-o duci în tăcere. Nimeni nu are dreptul să te lovească, să te "
                        "umilească sau să te amenințe, nici măcar un părinte.</p>",
                    ),
                    ("heading", {"text": "Nu e vina ta", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Copiii care trăiesc cu violență se gândesc des că ei au provocat-o: "
                        "dacă aș fi avut note mai bune, dacă aș fi tăcut. Nu e adevărat. "
                        "Responsabil pentru violență e doar cel care o face. Poți simți frică, "
                        "rușine, furie sau chiar dorința de a lovi înapoi. Poate nu dormi bine, "
                        "nu te poți concentra la școală sau te enervezi repede pe prieteni. Așa "
                        "reacționează corpul și mintea la un stres care durează mult. Nu "
                        "înseamnă că ești slab.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Întrebări pe care și le pun mulți băieți",
                            "items": [
                                {
                                    "question": "Dacă spun cuiva, o să se destrame familia?",
                                    "answer": (
                                        "<p>Nu poți ști dinainte ce va urma și e normal să-ți "
                                        "fie frică. Dar adulții care lucrează cu astfel de "
                                        "situații caută soluții care să-i protejeze pe toți "
                                        "cei care suferă. Nu tu distrugi familia. Violența o "
                                        "face.</p>"
                                    ),
                                },
                                {
                                    "question": "Ar trebui s-o apăr pe mama?",
                                    "answer": (
                                        "<p>E firesc să vrei s-o protejezi. Dar nu e datoria ta "
                                        "să te bați cu un adult. Și siguranța ta contează. Poți "
                                        "ieși din cameră, poți suna la 112 dacă cineva e în "
                                        "pericol și poți cere ajutorul unui adult în care ai "
                                        "încredere.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Ce poți face acum", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Gândește-te unde poți merge dacă acasă devine periculos: la "
                        "un vecin, la bunici, la un prieten.</li><li>Ține minte numărul 112 "
                        "pentru urgențe.</li><li>Spune unui adult în care ai încredere: "
                        "dirigintelui, psihologului școlar, unei rude.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Nu trebuie să duci asta singur",
                            "text": (
                                "Scrie-ne pe Telegram, chiar dacă nu știi cum să începi. "
                                "Poți scrie doar „acasă nu e bine”. Te ascultăm și te ajutăm să "
                                "găsești următorul pas."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Когда дома страшно",
                "summary": (
                    "Если кто-то в семье кричит, бьёт или угрожает, это не твоя вина, и ты не "
                    "должен справляться с этим один. О том, что с тобой происходит и где можно "
                    "получить помощь."
                ),
                "hero_alt": (
                    "Абстрактные формы тёмно-синего и бежевого цвета: маленький квадрат "
                    "под мягкой аркой"
                ),
                "content_warning_note": "В статье говорится о насилии в семье.",
                "body": [
                    (
                        "paragraph",
                        "<p>Вечером ты слышишь ключ в двери и уже по шагам понимаешь, каким "
                        "будет вечер. Может, отец выпил. Может, кто-то кричит на маму. Может, "
                        "бьют тебя. А может, никто никого не бьёт, но весь дом живёт в страхе, "
                        "что это случится.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Во многих семьях в Молдове говорят: «Что происходит дома, остаётся "
                        "дома». Но насилие — это не частное дело, которое нужно терпеть молча. "
                        "Никто не имеет права бить тебя, унижать или угрожать тебе, даже "
                        "родитель.</p>",
                    ),
                    ("heading", {"text": "Это не твоя вина", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Дети, которые живут с насилием, часто думают, что сами его вызвали: "
                        "если бы я лучше учился, если бы промолчал. Это неправда. За насилие "
                        "отвечает только тот, кто его совершает. Ты можешь чувствовать страх, "
                        "стыд, злость или даже желание ударить в ответ. Может, ты плохо спишь, "
                        "не можешь сосредоточиться в школе или срываешься на друзей. Так тело и "
                        "психика реагируют на долгий стресс. Это не значит, что ты слабый.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Вопросы, которые задают многие парни",
                            "items": [
                                {
                                    "question": "Если я расскажу, семья развалится?",
                                    "answer": (
                                        "<p>Заранее знать, что будет, нельзя, и бояться — "
                                        "нормально. Но взрослые, которые работают с такими "
                                        "ситуациями, ищут способы защитить всех, кто страдает. "
                                        "Не ты разрушаешь семью. Её разрушает насилие.</p>"
                                    ),
                                },
                                {
                                    "question": "Должен ли я защищать маму?",
                                    "answer": (
                                        "<p>Конечно, тебе хочется её защитить. Но драться со "
                                        "взрослым — не твоя обязанность. Твоя безопасность "
                                        "тоже важна. Ты можешь выйти из комнаты, позвонить по "
                                        "номеру 112, если кто-то в опасности, и попросить "
                                        "помощи у взрослого, которому доверяешь.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Что можно сделать сейчас", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Подумай, куда можно пойти, если дома станет опасно: к "
                        "соседям, к бабушке с дедушкой, к другу.</li><li>Запомни номер 112 для "
                        "экстренных случаев.</li><li>Расскажи взрослому, которому доверяешь: "
                        "классному руководителю, школьному психологу, родственнику.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Тебе не нужно нести это одному",
                            "text": (
                                "Напиши нам в Telegram, даже если не знаешь, с чего начать. "
                                "Можно просто написать: «Дома не всё в порядке». Мы выслушаем и "
                                "поможем найти следующий шаг."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When you're afraid at home",
                "summary": (
                    "If someone in your family shouts, hits or threatens, it is not your fault "
                    "and you don't have to carry it alone. About what happens inside you and "
                    "where you can get help."
                ),
                "hero_alt": (
                    "Abstract shapes in deep blue and beige: a small square sheltered under a "
                    "soft arch"
                ),
                "content_warning_note": "This article talks about violence in the family.",
                "body": [
                    (
                        "paragraph",
                        "<p>In the evening you hear the key in the door and you already know "
                        "from the footsteps how it's going to be. Maybe your dad has been "
                        "drinking. Maybe someone is shouting at your mum. Maybe you are the one "
                        "getting hit. Or maybe nobody hits anyone, but the whole house lives in "
                        "fear that it will happen.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In many families in Moldova people say that “what happens at home "
                        "stays at home”. But violence is not a private matter you have to carry "
                        "in silence. No one has the right to hit you, humiliate you or threaten "
                        "you, not even a parent.</p>",
                    ),
                    ("heading", {"text": "It is not your fault", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Kids who live with violence often think they caused it: if only I'd "
                        "had better grades, if only I'd kept quiet. That is not true. The only "
                        "person responsible for violence is the one doing it. You might feel "
                        "fear, shame, anger, or even want to hit back. Maybe you sleep badly, "
                        "can't focus at school or snap at your friends. That is how the body and "
                        "mind react to stress that goes on for a long time. It does not mean you "
                        "are weak.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions many boys ask",
                            "items": [
                                {
                                    "question": "If I tell someone, will my family fall apart?",
                                    "answer": (
                                        "<p>You can't know in advance what will happen, and it's "
                                        "normal to be scared. But the adults who work with "
                                        "situations like this look for ways to protect everyone "
                                        "who is being hurt. You are not the one breaking the "
                                        "family. The violence is.</p>"
                                    ),
                                },
                                {
                                    "question": "Should I protect my mum?",
                                    "answer": (
                                        "<p>Of course you want to protect her. But it is not "
                                        "your job to fight an adult. Your safety matters too. "
                                        "You can leave the room, call 112 if someone is in "
                                        "danger, and ask an adult you trust for help.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "What you can do now", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Think about where you could go if home becomes dangerous: a "
                        "neighbour, your grandparents, a friend.</li><li>Remember 112 for "
                        "emergencies.</li><li>Tell an adult you trust: your form teacher, the "
                        "school psychologist, a relative.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to carry this alone",
                            "text": (
                                "Write to us on Telegram, even if you don't know how "
                                "to begin. You can just write “things aren't okay at home”. We'll "
                                "listen and help you find the next step."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "de-la-sat-la-oras",
        "topics": ["masculinity", "mental-health"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "ro": {
                "title": "De la sat la Chișinău: cum să rămâi tu într-un loc nou",
                "summary": (
                    "Te-ai mutat la oraș pentru liceu sau colegiu și parcă toți știu cum să fie "
                    "„bărbați adevărați”, doar tu nu. Despre presiune, singurătate și cutia în "
                    "care încercăm să încăpem."
                ),
                "hero_alt": (
                    "Forme abstracte în verde salvie și nisipiu: linii orizontale calme "
                    "și un dreptunghi deschis"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Acasă, în sat, te știa toată lumea. Și tu știai cine ești: fiul lui "
                        "cutare, băiatul care ajută la vie, cel bun la fotbal. Acum stai la "
                        "cămin sau la o rudă în Chișinău, înveți la un liceu sau colegiu nou și "
                        "dintr-odată te simți mic. Ceilalți par să se îmbrace altfel, să "
                        "vorbească altfel și să știe deja toate regulile.</p>",
                    ),
                    ("heading", {"text": "Cutia bărbatului", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Poate simți că trebuie să arăți repede că ești „de-al lor”: să râzi "
                        "la glumele tuturor, să nu arăți că ți-e dor de casă, să bei când beau "
                        "ceilalți, să pari mereu sigur pe tine. Noi numim asta <i>cutia "
                        "bărbatului</i>: o listă nescrisă de reguli despre cum ar trebui să fie "
                        "un băiat. Dur, tăcut, fără frică. Cutia te ajută poate să nu ieși în "
                        "evidență, dar te și strânge. Tot ce nu încape în ea, dorul, "
                        "nesiguranța, bucuria pentru lucruri „necool”, trebuie ascuns.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Și la sat există o cutie, doar că arată altfel. Acolo poate se "
                        "aștepta de la tine să muncești și să nu te plângi. Aici, să fii relaxat "
                        "și să ai bani. Niciuna nu te descrie pe de-a-ntregul.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Primele luni în Chișinău le-am petrecut mai mult în cameră, pe "
                                "telefon. Credeam că doar eu mă simt așa. Apoi am aflat că "
                                "colegul meu de cameră suna acasă în fiecare seară, pe ascuns."
                            ),
                            "attribution": "Ion, 17 ani, din raionul Cahul",
                        },
                    ),
                    ("heading", {"text": "Ce te poate ajuta", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Caută ceva ce îți place și care nu ține de imagine: un cerc, "
                        "o sală de sport, un cor, voluntariat.</li><li>E în regulă să suni acasă "
                        "des. Asta nu te face mai puțin matur.</li><li>Observă când râzi de ceva "
                        "doar ca să nu ieși în evidență. Nu trebuie să schimbi totul dintr-odată, "
                        "doar să observi.</li><li>Dacă tristețea ține săptămâni întregi, dacă nu "
                        "mai dormi sau nu mai mănânci ca lumea, vorbește cu psihologul din "
                        "instituție sau cu cineva în care ai încredere.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Poți vorbi cu cineva",
                            "text": (
                                "Un loc nou poate fi greu. Dacă vrei să povestești cuiva cum îți "
                                "e, scrie-ne pe Telegram."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Из села в Кишинёв: как оставаться собой на новом месте",
                "summary": (
                    "Ты переехал в город учиться в лицее или колледже, и кажется, что все знают, "
                    "как быть «настоящим мужиком», кроме тебя. О давлении, одиночестве и "
                    "коробке, в которую мы пытаемся влезть."
                ),
                "hero_alt": (
                    "Абстрактные формы цвета шалфея и песка: спокойные горизонтальные линии "
                    "и открытый прямоугольник"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Дома, в селе, тебя знали все. И ты знал, кто ты: сын такого-то, "
                        "парень, который помогает на винограднике, тот, кто хорошо играет в "
                        "футбол. Теперь ты живёшь в общежитии или у родственников в Кишинёве, "
                        "учишься в новом лицее или колледже и вдруг чувствуешь себя маленьким. "
                        "Другие, кажется, иначе одеваются, иначе говорят и уже знают все "
                        "правила.</p>",
                    ),
                    ("heading", {"text": "Мужская коробка", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Может, ты чувствуешь, что нужно поскорее доказать, что ты «свой»: "
                        "смеяться над всеми шутками, не показывать, что скучаешь по дому, пить, "
                        "когда пьют другие, всегда выглядеть уверенным. Мы называем это "
                        "<i>мужской коробкой</i>: неписаный список правил о том, каким должен "
                        "быть парень. Жёсткий, молчаливый, бесстрашный. Коробка, может, и "
                        "помогает не выделяться, но она же тебя и сжимает. Всё, что в неё не "
                        "помещается, — тоска по дому, неуверенность, радость от «некрутых» "
                        "вещей — приходится прятать.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>В селе тоже есть коробка, просто она выглядит иначе. Там от тебя, "
                        "может, ждали, что ты будешь много работать и не жаловаться. Здесь — что "
                        "будешь расслабленным и при деньгах. Ни то ни другое не описывает тебя "
                        "целиком.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Первые месяцы в Кишинёве я в основном сидел в комнате с "
                                "телефоном. Думал, что так чувствую себя только я. Потом узнал, "
                                "что мой сосед по комнате каждый вечер тайком звонил домой."
                            ),
                            "attribution": "Ион, 17 лет, Кагульский район",
                        },
                    ),
                    ("heading", {"text": "Что может помочь", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Найди занятие, которое тебе нравится и не зависит от имиджа: "
                        "кружок, спортзал, хор, волонтёрство.</li><li>Часто звонить домой — "
                        "нормально. Это не делает тебя менее взрослым.</li><li>Замечай, когда "
                        "смеёшься над чем-то, только чтобы не выделяться. Не нужно менять всё "
                        "сразу, просто замечай.</li><li>Если грусть длится неделями, если ты "
                        "перестал нормально спать или есть, поговори с психологом в учебном "
                        "заведении или с человеком, которому доверяешь.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Ты можешь с кем-то поговорить",
                            "text": (
                                "На новом месте бывает тяжело. Если хочешь рассказать кому-то, "
                                "как у тебя дела, напиши нам в Telegram."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "From the village to Chișinău: staying yourself in a new place",
                "summary": (
                    "You moved to the city for lyceum or college and it seems everyone knows how "
                    "to be a “real man” except you. About pressure, loneliness and the box we "
                    "try to fit into."
                ),
                "hero_alt": (
                    "Abstract shapes in sage green and sand: calm horizontal lines and an open "
                    "rectangle"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Back home in the village everyone knew you. And you knew who you "
                        "were: so-and-so's son, the boy who helps in the vineyard, the one who's "
                        "good at football. Now you live in a dorm or with relatives in Chișinău, "
                        "you go to a new lyceum or college, and suddenly you feel small. The "
                        "others seem to dress differently, talk differently and already know all "
                        "the rules.</p>",
                    ),
                    ("heading", {"text": "The Man Box", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Maybe you feel you have to prove fast that you're “one of them”: "
                        "laugh at everyone's jokes, never show you miss home, drink when the "
                        "others drink, always look sure of yourself. We call this the <i>Man "
                        "Box</i>: an unwritten list of rules about how a boy should be. Tough, "
                        "quiet, fearless. The box may help you not stand out, but it also "
                        "squeezes you. Everything that doesn't fit inside it, homesickness, "
                        "doubt, enjoying “uncool” things, has to be hidden.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>There's a box in the village too, it just looks different. There you "
                        "were maybe expected to work hard and never complain. Here, to be relaxed "
                        "and have money. Neither of them describes all of you.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I spent my first months in Chișinău mostly in my room, on my "
                                "phone. I thought I was the only one feeling like this. Then I "
                                "found out my roommate called home every evening, in secret."
                            ),
                            "attribution": "Ion, 17, from Cahul district",
                        },
                    ),
                    ("heading", {"text": "What can help", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Find something you enjoy that isn't about image: a club, a gym, "
                        "a choir, volunteering.</li><li>It's fine to call home often. It doesn't "
                        "make you any less grown up.</li><li>Notice when you laugh at something "
                        "just to avoid standing out. You don't have to change everything at once, "
                        "just notice.</li><li>If the sadness lasts for weeks, or you stop "
                        "sleeping or eating properly, talk to the psychologist at your school or "
                        "to someone you trust.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "A new place can be hard. If you want to tell someone how it's "
                                "going, write to us on Telegram."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "prima-relatie-fara-graba",
        "topics": ["relationships", "sex-and-the-body"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "ro": {
                "title": "Prima relație: nu trebuie să te grăbești",
                "summary": (
                    "Prietenii întreabă „ați făcut-o deja?”, iar tu nu știi ce să răspunzi. "
                    "Despre presiune, dorință, consimțământ și dreptul de a merge în ritmul "
                    "vostru."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Ești de câteva luni cu cineva. Vă place să vă plimbați și să vă "
                        "scrieți până noaptea târziu. Apoi, într-o pauză, un prieten te întreabă "
                        "zâmbind: „Ei, ați făcut-o deja?” Toți râd. Râzi și tu, dar pe dinăuntru "
                        "simți presiunea.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mulți băieți cresc cu ideea că un bărbat trebuie să vrea sex mereu, "
                        "să știe exact ce face și să „bifeze” cât mai repede. Pe TikTok și în "
                        "filme pare simplu. În realitate, mulți tineri sunt nesiguri, emoționați "
                        "și nu știu de unde să înceapă. Și asta e complet normal. Nimeni nu se "
                        "naște știind.</p>",
                    ),
                    ("heading", {"text": "Ritmul vostru, nu al prietenilor", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>O relație nu e o competiție și nu datorezi nimănui o poveste. Voi doi "
                        "decideți ce vreți și când, iar fiecare are dreptul să spună „nu” sau "
                        "„încă nu” oricând, chiar și la jumătatea drumului. Consimțământul "
                        "înseamnă un „da” clar și liber, nu tăcere și nici un „bine, hai” spus "
                        "doar ca să nu-l superi pe celălalt. Apropierea poate fi multe lucruri: "
                        "să vă țineți de mână, să vorbiți sincer, să vă sărutați. Nu există o "
                        "listă pe care trebuie s-o parcurgeți.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Întrebări frecvente",
                            "items": [
                                {
                                    "question": "Cum știu dacă și cealaltă persoană vrea?",
                                    "answer": (
                                        "<p>Întrebi. Pe bune. „E ok așa?”, „Vrei să "
                                        "continuăm?” Asta nu strică momentul, ci îl face mai "
                                        "sigur pentru amândoi. Dacă cealaltă persoană ezită, se "
                                        "retrage sau tace, te oprești.</p>"
                                    ),
                                },
                                {
                                    "question": "Și dacă eu nu sunt pregătit?",
                                    "answer": (
                                        "<p>Spune-o. Poți zice: „Îmi place mult de tine, dar "
                                        "vreau să mai așteptăm.” Un băiat are exact același "
                                        "drept să spună nu ca oricine altcineva. Dacă cineva "
                                        "râde de tine pentru asta, problema nu e la tine.</p>"
                                    ),
                                },
                                {
                                    "question": "Unde găsesc informații corecte despre protecție?",
                                    "answer": (
                                        "<p>Întreabă medicul de familie, mergi la un centru de "
                                        "sănătate prietenos tinerilor sau caută surse serioase "
                                        "de educație sexuală. Prietenii și filmele porno nu "
                                        "sunt surse bune.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Ai o întrebare pe care n-o vrei pusă cu voce tare?",
                            "text": "Scrie-ne pe Telegram. Nicio întrebare nu e prea ciudată.",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Первые отношения: не нужно торопиться",
                "summary": (
                    "Друзья спрашивают: «Ну что, у вас уже было?», а ты не знаешь, что ответить. "
                    "О давлении, желании, согласии и праве идти в своём темпе."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Ты уже несколько месяцев встречаешься с человеком. Вам нравится "
                        "гулять и переписываться до поздней ночи. А потом на перемене друг с "
                        "ухмылкой спрашивает: «Ну что, у вас уже было?» Все смеются. Ты тоже "
                        "смеёшься, но внутри чувствуешь давление.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Многие парни растут с мыслью, что мужчина всегда должен хотеть "
                        "секса, точно знать, что делать, и «отметиться» как можно быстрее. В "
                        "TikTok и в фильмах всё выглядит просто. На самом деле многие молодые "
                        "люди не уверены в себе, волнуются и не знают, с чего начать. И это "
                        "совершенно нормально. Никто не рождается, уже всё зная.</p>",
                    ),
                    ("heading", {"text": "Ваш темп, а не темп друзей", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Отношения — это не соревнование, и ты никому не должен историй. Вы "
                        "вдвоём решаете, чего хотите и когда, и у каждого есть право сказать "
                        "«нет» или «пока нет» в любой момент, даже на полпути. Согласие — это "
                        "ясное и свободное «да», а не молчание и не «ну ладно», сказанное, чтобы "
                        "не обидеть другого. Близость бывает разной: держаться за руки, "
                        "откровенно разговаривать, целоваться. Нет никакого списка, который "
                        "нужно пройти.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Частые вопросы",
                            "items": [
                                {
                                    "question": "Как понять, что другой человек тоже хочет?",
                                    "answer": (
                                        "<p>Спросить. Правда. «Тебе так нормально?», «Хочешь "
                                        "продолжить?» Это не портит момент, а делает его "
                                        "безопаснее для обоих. Если человек сомневается, "
                                        "отстраняется или замолкает, остановись.</p>"
                                    ),
                                },
                                {
                                    "question": "А если это я не готов?",
                                    "answer": (
                                        "<p>Скажи об этом. Например: «Ты мне очень нравишься, "
                                        "но я хочу подождать». У парня точно такое же право "
                                        "сказать «нет», как у любого другого человека. Если "
                                        "кто-то над этим смеётся, проблема не в тебе.</p>"
                                    ),
                                },
                                {
                                    "question": "Где найти достоверную информацию о защите?",
                                    "answer": (
                                        "<p>Спроси семейного врача, сходи в центр здоровья, "
                                        "дружественный к молодёжи, или найди серьёзные "
                                        "источники о половом воспитании. Друзья и порно — "
                                        "плохие источники.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Есть вопрос, который не хочется задавать вслух?",
                            "text": "Напиши нам в Telegram. Странных вопросов не бывает.",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Your first relationship: no need to rush",
                "summary": (
                    "Your friends ask “so, have you done it yet?” and you don't know what to say. "
                    "About pressure, desire, consent and the right to go at your own pace."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>You've been with someone for a few months. You like going for walks "
                        "and texting late into the night. Then at break a friend asks with a "
                        "grin: “So, have you done it yet?” Everyone laughs. You laugh too, but "
                        "inside you feel the pressure.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Many boys grow up with the idea that a man should always want sex, "
                        "know exactly what he's doing and “tick the box” as fast as possible. On "
                        "TikTok and in films it looks simple. In reality, lots of young people "
                        "feel unsure and nervous and don't know where to start. And that is "
                        "completely normal. Nobody is born knowing.</p>",
                    ),
                    ("heading", {"text": "Your pace, not your friends'", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A relationship is not a competition, and you don't owe anyone a "
                        "story. The two of you decide what you want and when, and each of you "
                        "has the right to say “no” or “not yet” at any time, even halfway "
                        "through. Consent means a clear and free “yes”, not silence and not an "
                        "“okay, fine” said just to avoid upsetting the other person. Being close "
                        "can mean lots of things: holding hands, talking honestly, kissing. "
                        "There's no list you have to work through.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Common questions",
                            "items": [
                                {
                                    "question": "How do I know the other person wants it too?",
                                    "answer": (
                                        "<p>You ask. Really. “Is this okay?”, “Do you want to "
                                        "keep going?” It doesn't ruin the moment, it makes it "
                                        "safer for both of you. If the other person hesitates, "
                                        "pulls away or goes quiet, you stop.</p>"
                                    ),
                                },
                                {
                                    "question": "What if I'm the one who isn't ready?",
                                    "answer": (
                                        "<p>Say so. You could say: “I really like you, but I "
                                        "want to wait a bit.” A boy has exactly the same right "
                                        "to say no as anyone else. If someone laughs at you for "
                                        "it, the problem isn't you.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Where can I find reliable information about protection?"
                                    ),
                                    "answer": (
                                        "<p>Ask your family doctor, go to a youth-friendly "
                                        "health centre, or look for serious sex education "
                                        "sources. Friends and porn are not good sources.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Got a question you don't want to ask out loud?",
                            "text": "Write to us on Telegram. No question is too strange.",
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "poza-din-grupul-clasei",
        "topics": ["online-life", "violence-and-consent"],
        "age_group": "13-15",
        "sensitive_subjects": ["sexual-violence"],
        "image": False,
        "translations": {
            "ro": {
                "title": "Poza din grupul clasei",
                "summary": (
                    "Cineva a trimis în grupul clasei o poză cu o colegă, fără acordul ei. Toți "
                    "au văzut-o, unii au râs. Ce faci dacă ești printre cei care au primit-o?"
                ),
                "hero_alt": "",
                "content_warning_note": (
                    "Articolul vorbește despre fotografia unei colege distribuită fără acordul ei."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>E seară, telefonul vibrează. În grupul clasei de pe Telegram cineva "
                        "a trimis o poză cu o colegă: făcută pe ascuns sau una pe care ea i-a "
                        "trimis-o doar unui singur băiat. Apar emoji-uri, glume, cineva scrie "
                        "„trimite-o și în celălalt grup”. Tu te uiți la ecran și nu știi ce să "
                        "faci.</p>",
                    ),
                    ("heading", {"text": "De ce nu e „doar o glumă”", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Pentru cei care râd e un moment. Pentru ea pot fi săptămâni sau ani "
                        "de rușine, priviri pe hol, mesaje urâte. O poză trimisă mai departe "
                        "fără acord e o formă de violență, chiar dacă nimeni nu atinge pe "
                        "nimeni. Dacă poza e intimă și persoana are sub 18 ani, distribuirea ei "
                        "poate fi și infracțiune.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mulți băieți tac în astfel de momente. Nu pentru că ar fi de acord, "
                        "ci pentru că le e frică să nu devină ei următoarea țintă. Presiunea asta "
                        "e reală. Dar tocmai tăcerea grupului face ca lucrurile astea să "
                        "continue. Nu trebuie să fii erou. Uneori ajunge să nu râzi și să nu dai "
                        "mai departe. Asta e deja o alegere și contează.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "N-am scris nimic în grup, dar i-am scris colegului în privat: "
                                "„Șterge-o, nu e ok.” A doua zi a șters-o. Mie nu mi-a zis "
                                "nimic, dar cred că avea nevoie ca cineva să i-o spună."
                            ),
                            "attribution": "Daniel, 15 ani, Bălți",
                        },
                    ),
                    ("heading", {"text": "Ce poți face", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Nu trimite poza mai departe și nu o salva.</li><li>Dacă poți, "
                        "scrie în grup ceva simplu: „Ștergeți, nu e ok.” Nu trebuie să ții un "
                        "discurs.</li><li>Scrie-i în privat celui care a trimis-o.</li><li>Spune "
                        "unui adult în care ai încredere: dirigintelui sau psihologului școlar. "
                        "Poza poate fi raportată și în aplicație.</li><li>Dacă o cunoști pe "
                        "colega ta, întreab-o dacă are nevoie de ceva. Să știe că nu toți "
                        "râd.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Nu știi ce să faci?",
                            "text": (
                                "Scrie-ne pe Telegram. Ne gândim împreună la următorul pas, "
                                "fără să te judecăm."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Фото в чате класса",
                "summary": (
                    "Кто-то выложил в чат класса фото одноклассницы без её согласия. Все видели, "
                    "кто-то смеялся. Что делать, если ты один из тех, кто его получил?"
                ),
                "hero_alt": "",
                "content_warning_note": (
                    "В статье говорится о фото одноклассницы, разосланном без её согласия."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Вечер, телефон вибрирует. В чате класса в Telegram кто-то выложил "
                        "фото одноклассницы: снятое тайком или то, которое она отправляла только "
                        "одному парню. Появляются смайлики, шутки, кто-то пишет: «Скинь и в "
                        "другую группу». Ты смотришь на экран и не знаешь, что делать.</p>",
                    ),
                    ("heading", {"text": "Почему это не «просто шутка»", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Для тех, кто смеётся, это минута. Для неё это могут быть недели или "
                        "годы стыда, взгляды в коридоре, мерзкие сообщения. Пересылать фото без "
                        "согласия — это форма насилия, даже если никто никого не трогает. Если "
                        "фото интимное, а человеку нет 18 лет, это может быть ещё и "
                        "преступлением.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Многие парни в такие моменты молчат. Не потому что согласны, а "
                        "потому что боятся стать следующей мишенью. Это реальное давление. Но "
                        "именно молчание группы позволяет таким вещам продолжаться. Не нужно быть "
                        "героем. Иногда достаточно не смеяться и не пересылать дальше. Это уже "
                        "выбор, и он важен.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Я ничего не написал в группе, но написал однокласснику в "
                                "личку: «Удали, так нельзя». На следующий день он удалил. Мне он "
                                "ничего не сказал, но, думаю, ему было нужно, чтобы кто-то это "
                                "сказал."
                            ),
                            "attribution": "Даниэль, 15 лет, Бельцы",
                        },
                    ),
                    ("heading", {"text": "Что ты можешь сделать", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Не пересылай фото и не сохраняй его.</li><li>Если можешь, "
                        "напиши в группе что-то простое: «Удалите, так нельзя». Не нужно "
                        "произносить речь.</li><li>Напиши в личку тому, кто его выложил.</li>"
                        "<li>Расскажи взрослому, которому доверяешь: классному руководителю или "
                        "школьному психологу. На фото можно пожаловаться и в самом "
                        "приложении.</li><li>Если ты знаешь эту девушку, спроси, нужно ли ей "
                        "что-нибудь. Пусть знает, что смеются не все.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Не знаешь, что делать?",
                            "text": (
                                "Напиши нам в Telegram. Вместе подумаем, какой шаг сделать "
                                "дальше, без осуждения."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "The photo in the class chat",
                "summary": (
                    "Someone posted a photo of a classmate in the class group chat without her "
                    "consent. Everyone saw it, some laughed. What do you do if you're one of the "
                    "people who got it?"
                ),
                "hero_alt": "",
                "content_warning_note": (
                    "This article talks about a photo of a classmate shared without her consent."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>It's evening and your phone buzzes. In the class group on Telegram "
                        "someone has posted a photo of a girl from your class: taken in secret, "
                        "or one she sent to just one boy. Emojis appear, jokes, someone writes "
                        "“send it to the other group too”. You stare at the screen and don't "
                        "know what to do.</p>",
                    ),
                    ("heading", {"text": "Why it's not “just a joke”", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>For those laughing it's a moment. For her it can mean weeks or years "
                        "of shame, looks in the corridor, nasty messages. Sharing a photo without "
                        "consent is a form of violence, even if nobody touches anybody. If the "
                        "photo is intimate and the person is under 18, sharing it can also be a "
                        "crime.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Many boys stay silent in moments like this. Not because they agree, "
                        "but because they're afraid of becoming the next target. That pressure "
                        "is real. But the silence of the group is exactly what keeps these "
                        "things going. You don't have to be a hero. Sometimes it's enough not to "
                        "laugh and not to pass it on. That is already a choice, and it "
                        "matters.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I didn't write anything in the group, but I messaged the guy "
                                "privately: “Delete it, it's not okay.” The next day he deleted "
                                "it. He didn't say anything to me, but I think he needed someone "
                                "to tell him."
                            ),
                            "attribution": "Daniel, 15, Bălți",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Don't forward the photo and don't save it.</li><li>If you can, "
                        "write something simple in the group: “Delete it, this isn't okay.” You "
                        "don't need to give a speech.</li><li>Message the person who posted it "
                        "privately.</li><li>Tell an adult you trust: your form teacher or the "
                        "school psychologist. The photo can also be reported in the app.</li>"
                        "<li>If you know the girl, ask her if she needs anything. Let her know "
                        "that not everyone is laughing.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Not sure what to do?",
                            "text": (
                                "Write to us on Telegram. We'll think through the next "
                                "step together, without judging you."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "cand-durerea-pare-prea-mare",
        "topics": ["mental-health", "feelings"],
        "age_group": "all",
        "sensitive_subjects": ["self-harm", "suicide"],
        "image": True,
        "translations": {
            "ro": {
                "title": "Când durerea pare prea mare",
                "summary": (
                    "Uneori e atât de greu încât te gândești să-ți faci rău sau că n-ai mai vrea "
                    "să trăiești. Nu ești singurul cu astfel de gânduri și se poate vorbi despre "
                    "ele. Ce te poate ajuta acum și mai departe."
                ),
                "hero_alt": (
                    "Forme abstracte moi în albastru închis și gri deschis, cu un cerc mic galben "
                    "într-un colț"
                ),
                "content_warning_note": (
                    "Articolul vorbește despre gânduri de sinucidere și despre autovătămare, fără "
                    "detalii despre metode."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Părinții sunt în Italia, bunica doarme deja. Stai cu telefonul în "
                            "mână și nu mai ai putere să răspunzi nimănui. În cap se învârte "
                            "același gând: poate ar fi mai ușor pentru toți dacă n-aș mai fi. "
                            "Poate ai încercat deja să-ți faci rău, doar ca să suporți o clipă.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Dacă te recunoști aici, e bine că citești. Gândurile despre moarte "
                            "sau despre a-ți face rău sunt mai frecvente decât crede lumea, "
                            "inclusiv la băieții care par să le ducă pe toate. Nu înseamnă că ești "
                            "slab sau „nebun”. Înseamnă că duci ceva prea greu ca să-l duci "
                            "singur.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ce simți acum nu e pentru totdeauna", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Când îți e cel mai rău, mintea te minte. Îți spune că nimic nu se "
                            "va schimba și că nu-i pasă nimănui. Pare adevărat, dar nu este. "
                            "Emoțiile vin în valuri, chiar și cele mai întunecate. Mulți tineri "
                            "care au trecut prin asta spun mai târziu: mă bucur că am rămas și că "
                            "am vorbit cu cineva.</p><p>Să-ți faci rău poate părea singurul lucru "
                            "care ușurează presiunea pentru moment. Nu e ceva de care să-ți fie "
                            "rușine, dar nu vindecă ce doare și poate deveni mai periculos cu "
                            "timpul. Meriți un ajutor adevărat.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I-am scris mamei în Italia că nu mai pot. Credeam că se va "
                                "supăra. M-a sunat imediat, a plâns cu mine, iar a doua zi mătușa "
                                "m-a dus la psiholog."
                            ),
                            "attribution": "Andrei, 16, Orhei",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Dacă gândurile sunt puternice chiar acum", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Spune cuiva azi.</b> Unui prieten, unei rude, dirigintei "
                            "sau psihologului școlar. Poți începe simplu: „Nu mă simt bine și am "
                            "nevoie de ajutor.”</li><li><b>Sună la Telefonul Copilului, 116 "
                            "111.</b> Apelul e gratuit și poți suna oricând, zi și "
                            "noapte.</li><li><b>Nu rămâne singur.</b> Mergi unde sunt și alți "
                            "oameni și ține departe de tine lucrurile cu care te-ai putea "
                            "răni.</li><li><b>Gândește-te doar la ora următoare.</b> Nu la toată "
                            "viața, doar la ora asta. Ieși afară, bea apă, ascultă ceva care te "
                            "liniștește.</li></ul><p>Dacă ești în pericol chiar acum, sună la "
                            "112.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Întrebări pe care le au mulți băieți",
                            "items": [
                                {
                                    "question": "Dacă spun cuiva, o să afle toată lumea?",
                                    "answer": (
                                        "<p>Psihologul și medicul păstrează confidențialitatea. "
                                        "Dacă viața ta e în pericol, s-ar putea să trebuiască să "
                                        "anunțe pe cineva care te poate proteja. Poți întreba "
                                        "dinainte cum se procedează. Scopul e să primești ajutor, "
                                        "nu să ai probleme.</p>"
                                    ),
                                },
                                {
                                    "question": "Ce fac dacă un prieten pare să se simtă așa?",
                                    "answer": (
                                        "<p>Întreabă-l direct: „Te gândești să-ți iei viața?” Nu-i "
                                        "bagi ideea în cap dacă întrebi. Ascultă-l fără să-l "
                                        "judeci și ajută-l să vorbească cu un adult. Nu trebuie să "
                                        "păstrezi secretul dacă viața lui e în pericol.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Nu trebuie să duci asta singur",
                            "text": (
                                "Ne poți scrie pe Telegram, chiar dacă nu știi ce să spui. "
                                "Telegram îți cunoaște contul, dar noi nu-ți cerem numele. "
                                "Telefonul Copilului, 116 111, răspunde non-stop. Dacă ești în "
                                "pericol acum, sună la 112."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Когда боль кажется слишком сильной",
                "summary": (
                    "Иногда бывает так тяжело, что думаешь о том, чтобы причинить себе вред, или о "
                    "том, что больше не хочется жить. Ты не один с такими мыслями, и о них можно "
                    "говорить. Что может помочь сейчас и потом."
                ),
                "hero_alt": (
                    "Абстрактные мягкие формы в тёмно-синих и светло-серых тонах, с маленьким "
                    "жёлтым кругом в углу"
                ),
                "content_warning_note": (
                    "В статье говорится о мыслях о самоубийстве и о самоповреждении, без "
                    "подробностей о способах."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Родители в Италии, бабушка уже спит. Ты сидишь с телефоном в руке, "
                            "и нет сил никому отвечать. В голове крутится одна и та же мысль: "
                            "может, всем было бы проще, если бы меня не было. Может быть, ты уже "
                            "делал себе больно, только чтобы хоть на минуту стало легче.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Если ты узнаёшь себя, хорошо, что ты это читаешь. Мысли о смерти "
                            "или о том, чтобы навредить себе, бывают чаще, чем принято думать, в "
                            "том числе у парней, которые вроде бы со всем справляются. Это не "
                            "значит, что ты слабый или «ненормальный». Это значит, что ты несёшь "
                            "что-то слишком тяжёлое, чтобы нести это одному.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "То, что ты чувствуешь сейчас, не навсегда", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Когда совсем плохо, разум обманывает. Он говорит, что ничего не "
                            "изменится и что всем всё равно. Это кажется правдой, но это не так. "
                            "Чувства приходят волнами, даже самые тёмные. Многие, кто прошёл через "
                            "это, потом говорят: хорошо, что я остался и что поговорил с "
                            "кем-то.</p><p>Причинять себе боль может казаться единственным, что на "
                            "время снимает напряжение. Стыдиться тут нечего, но это не лечит то, "
                            "что болит, и со временем может стать опаснее. Ты заслуживаешь "
                            "настоящей помощи.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Я написал маме в Италию, что больше не могу. Думал, она "
                                "рассердится. Она сразу позвонила, плакала вместе со мной, а на "
                                "следующий день тётя отвела меня к психологу."
                            ),
                            "attribution": "Андрей, 16, Орхей",
                        },
                    ),
                    ("heading", {"text": "Если мысли сильные прямо сейчас", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Скажи кому-нибудь сегодня.</b> Другу, родственнику, "
                            "классному руководителю или школьному психологу. Можно начать просто: "
                            "«Мне плохо, и мне нужна помощь».</li><li><b>Позвони на Детский "
                            "телефон доверия, 116 111.</b> Звонок бесплатный, звонить можно в "
                            "любое время, днём и ночью.</li><li><b>Не оставайся один.</b> Иди "
                            "туда, где есть другие люди, и убери подальше то, чем мог бы себе "
                            "навредить.</li><li><b>Думай только о ближайшем часе.</b> Не обо всей "
                            "жизни, только об этом часе. Выйди на улицу, выпей воды, послушай то, "
                            "что тебя успокаивает.</li></ul><p>Если ты в опасности прямо сейчас, "
                            "звони 112.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Вопросы, которые задают многие парни",
                            "items": [
                                {
                                    "question": "Если я расскажу, узнают все?",
                                    "answer": (
                                        "<p>Психолог и врач соблюдают конфиденциальность. Если "
                                        "твоя жизнь в опасности, им, возможно, придётся сообщить "
                                        "тому, кто сможет тебя защитить. Можно заранее спросить, "
                                        "как это происходит. Цель в том, чтобы ты получил помощь, "
                                        "а не проблемы.</p>"
                                    ),
                                },
                                {
                                    "question": "Что делать, если другу, похоже, так же плохо?",
                                    "answer": (
                                        "<p>Спроси прямо: «Ты думаешь о том, чтобы покончить с "
                                        "собой?» Вопросом ты не подтолкнёшь его к этой мысли. "
                                        "Выслушай без осуждения и помоги ему поговорить со "
                                        "взрослым. Если его жизнь в опасности, хранить это в "
                                        "секрете не нужно.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Не нужно нести это в одиночку",
                            "text": (
                                "Напиши нам в Telegram, даже если не знаешь, что сказать. Telegram "
                                "знает твой аккаунт, но мы не спрашиваем твоего имени. Детский "
                                "телефон доверия, 116 111, отвечает круглосуточно. Если ты в "
                                "опасности сейчас, звони 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When the pain feels too big",
                "summary": (
                    "Sometimes things are so hard that you think about hurting yourself, or that "
                    "you wouldn't want to live any more. You're not the only one with thoughts "
                    "like these, and they can be talked about. What can help you now and later on."
                ),
                "hero_alt": (
                    "Abstract soft shapes in dark blue and light grey, with a small yellow circle "
                    "in one corner"
                ),
                "content_warning_note": (
                    "This article talks about thoughts of suicide and about self-harm, with no "
                    "details of methods."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Your parents are in Italy, your grandmother is already asleep. "
                            "You're sitting with your phone in your hand and have no strength left "
                            "to answer anyone. The same thought goes round in your head: maybe it "
                            "would be easier for everyone if I weren't here. Maybe you've already "
                            "tried hurting yourself, just to get through a moment.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If you recognise yourself here, it's good that you're reading "
                            "this. Thoughts about death or about hurting yourself are more common "
                            "than people think, including among boys who seem to cope with "
                            "everything. It doesn't mean you're weak or “mad”. It means you're "
                            "carrying something too heavy to carry alone.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you feel now is not forever", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>When you feel at your worst, your mind lies to you. It tells you "
                            "nothing will change and nobody cares. It seems true, but it isn't. "
                            "Feelings come in waves, even the darkest ones. Many young people who "
                            "have been through this say later: I'm glad I stayed, and that I "
                            "talked to someone.</p><p>Hurting yourself can seem like the only "
                            "thing that eases the pressure for a moment. It's nothing to be "
                            "ashamed of, but it doesn't heal what hurts and it can become more "
                            "dangerous over time. You deserve real help.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I wrote to my mum in Italy that I couldn't go on. I thought she'd "
                                "be angry. She called straight away and cried with me, and the "
                                "next day my aunt took me to a psychologist."
                            ),
                            "attribution": "Andrei, 16, Orhei",
                        },
                    ),
                    ("heading", {"text": "If the thoughts are strong right now", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell someone today.</b> A friend, a relative, your form "
                            "teacher or the school psychologist. You can start simply: “I'm not "
                            "okay and I need help.”</li><li><b>Call Telefonul Copilului, the child "
                            "helpline, on 116 111.</b> The call is free and you can call at any "
                            "time, day or night.</li><li><b>Don't stay alone.</b> Go where there "
                            "are other people, and keep anything you could hurt yourself with away "
                            "from you.</li><li><b>Think only about the next hour.</b> Not your "
                            "whole life, just this hour. Go outside, drink some water, listen to "
                            "something that calms you.</li></ul><p>If you are in danger right now, "
                            "call 112.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions many boys have",
                            "items": [
                                {
                                    "question": "If I tell someone, will everyone find out?",
                                    "answer": (
                                        "<p>Psychologists and doctors keep things confidential. If "
                                        "your life is in danger, they may need to tell someone who "
                                        "can protect you. You can ask beforehand how it works. The "
                                        "point is for you to get help, not to get into trouble.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend seems to feel like this?",
                                    "answer": (
                                        "<p>Ask him directly: “Are you thinking about ending your "
                                        "life?” Asking won't put the idea into his head. Listen "
                                        "without judging and help him talk to an adult. You don't "
                                        "have to keep the secret if his life is in danger.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to carry this alone",
                            "text": (
                                "You can write to us on Telegram, even if you don't know what to "
                                "say. Telegram knows your account, but we won't ask your name. "
                                "Telefonul Copilului on 116 111 answers around the clock. If you "
                                "are in danger now, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "cand-esti-tinta-glumelor",
        "topics": ["violence-and-consent", "mental-health"],
        "age_group": "13-15",
        "sensitive_subjects": ["abuse"],
        "image": False,
        "translations": {
            "ro": {
                "title": "Când ești ținta glumelor la școală",
                "summary": (
                    "Porecle, râsete când intri în clasă, un grup pe Telegram în care sunt toți în "
                    "afară de tine. Bullyingul nu e vina ta și nu trebuie să-l înduri. Ce poți "
                    "face și ce poți face dacă i se întâmplă altcuiva."
                ),
                "content_warning_note": (
                    "Articolul vorbește despre bullying: umilire, excludere și amenințări."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>A început cu o glumă despre hainele tale sau despre cum vorbești. "
                            "Apoi a apărut o poreclă pe care acum o folosește toată clasa. La "
                            "pauză nu se mai așază nimeni lângă tine, cineva te filmează pe "
                            "ascuns, iar în grupul clasei circulă poze cu tine la care râd toți. "
                            "Dimineața te doare stomacul înainte să ajungi la școală.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Asta se numește bullying: când cineva sau un grup te umilește, te "
                            "amenință sau te exclude iar și iar. Se poate întâmpla la școală, în "
                            "sat, la antrenament și pe internet, adesea în toate locurile deodată. "
                            "Nu e vina ta. Cine îl umilește pe altul o face ca să se simtă el mai "
                            "mare.</p>"
                        ),
                    ),
                    ("heading", {"text": "De ce tac mulți băieți", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Nimeni nu vrea să fie „pârâcios”. Îți e frică să nu se "
                            "înrăutățească lucrurile dacă se bagă adulții, sau îți e rușine, de "
                            "parcă tu ai fi de vină. Poate ți s-a spus că „un bărbat se descurcă "
                            "singur”. Dar bullyingul rareori se oprește de la sine. Cu cât durează "
                            "mai mult, cu atât îți afectează mai tare somnul, școala și felul în "
                            "care te vezi.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Am făcut capturi de ecran la tot. Când i le-am arătat dirigintei, "
                                "n-a mai putut spune că sunt doar glume."
                            ),
                            "attribution": "Mihai, 14, Ungheni",
                        },
                    ),
                    ("heading", {"text": "Ce poți face", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Spune unui adult în care ai încredere:</b> dirigintei, "
                            "psihologului școlar, unui părinte sau antrenorului. Școala are "
                            "obligația să intervină când află.</li><li><b>Păstrează dovezile:</b> "
                            "capturi de ecran, date, ce s-a întâmplat și cine a "
                            "văzut.</li><li><b>Blochează și raportează</b> conturile pe internet. "
                            "Nu e o înfrângere, e o formă de a te proteja.</li><li><b>Găsește-ți "
                            "locurile tale:</b> un cerc, o echipă sau oameni cu care poți fi tu "
                            "însuți.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Dacă i se întâmplă altcuiva",
                            "items": [
                                {
                                    "question": "Ce pot face dacă văd că cineva e luat în râs?",
                                    "answer": (
                                        "<p>Nu râde și nu trimite nimic mai departe. Dacă poți, "
                                        "spune scurt: „Gata, ajunge.” Apoi du-te la el și "
                                        "întreabă-l cum e. Spune și unui adult. Asta nu înseamnă "
                                        "să pârăști, înseamnă să fii alături de cineva.</p>"
                                    ),
                                },
                                {
                                    "question": "Și dacă eu am fost cel care a râs de alții?",
                                    "answer": (
                                        "<p>E bine că te gândești la asta. Oprește-te, cere-ți "
                                        "scuze fără să te justifici și gândește-te de ce ai "
                                        "făcut-o. De multe ori în spate e altceva, de exemplu că "
                                        "și pe tine te-a umilit cineva. Și despre asta se poate "
                                        "vorbi.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Nu trebuie să înduri singur",
                            "text": (
                                "Scrie-ne pe Telegram ce se întâmplă și ne gândim împreună la "
                                "pasul următor. Telefonul Copilului, 116 111, e gratuit. Dacă "
                                "cineva te amenință că îți face rău, sună la 112."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Когда над тобой издеваются в школе",
                "summary": (
                    "Клички, смех, когда ты заходишь в класс, группа в Telegram, где есть все, "
                    "кроме тебя. Травля — не твоя вина, и терпеть её ты не обязан. Что можно "
                    "сделать и что делать, если это происходит с кем-то другим."
                ),
                "content_warning_note": (
                    "В статье говорится о травле: унижениях, изоляции и угрозах."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Всё началось с шутки про твою одежду или про то, как ты говоришь. "
                            "Потом появилась кличка, и теперь ею пользуется весь класс. На "
                            "перемене рядом с тобой никто не садится, кто-то тайком снимает тебя "
                            "на видео, а в группе класса ходят твои фото, над которыми все "
                            "смеются. По утрам у тебя болит живот ещё до того, как ты доходишь до "
                            "школы.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Это называется травлей, или буллингом: когда человек или группа "
                            "снова и снова унижает, запугивает или отталкивает кого-то. Это бывает "
                            "в школе, во дворе, на тренировке и в интернете, часто везде сразу. "
                            "Это не твоя вина. Тот, кто унижает другого, делает это, чтобы самому "
                            "почувствовать себя больше.</p>"
                        ),
                    ),
                    ("heading", {"text": "Почему многие парни молчат", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Никто не хочет быть «стукачом». Страшно, что станет хуже, если "
                            "вмешаются взрослые, или стыдно, будто ты сам виноват. Может быть, "
                            "тебе говорили, что «мужчина справляется сам». Но травля редко "
                            "прекращается сама по себе. Чем дольше она длится, тем сильнее "
                            "сказывается на сне, учёбе и на том, как ты себя видишь.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Я делал скриншоты всего. Когда показал их классной, она уже не "
                                "смогла сказать, что это просто шутки."
                            ),
                            "attribution": "Михай, 14, Унгены",
                        },
                    ),
                    ("heading", {"text": "Что можно сделать", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Расскажи взрослому, которому доверяешь:</b> классному "
                            "руководителю, школьному психологу, родителям или тренеру. Школа "
                            "обязана вмешаться, когда узнаёт о травле.</li><li><b>Сохраняй "
                            "доказательства:</b> скриншоты, даты, что случилось и кто это "
                            "видел.</li><li><b>Блокируй и жалуйся</b> на аккаунты в интернете. Это "
                            "не поражение, это способ защитить себя.</li><li><b>Найди свои "
                            "места:</b> кружок, команду или людей, с которыми можно быть "
                            "собой.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Если это происходит с кем-то другим",
                            "items": [
                                {
                                    "question": "Что делать, если я вижу, что над кем-то смеются?",
                                    "answer": (
                                        "<p>Не смейся вместе со всеми и ничего не пересылай. Если "
                                        "можешь, скажи коротко: «Всё, хватит». Потом подойди к "
                                        "нему и спроси, как он. И расскажи взрослому. Это не "
                                        "«стучать», это значит быть на стороне человека.</p>"
                                    ),
                                },
                                {
                                    "question": "А если это я смеялся над другими?",
                                    "answer": (
                                        "<p>Хорошо, что ты об этом думаешь. Остановись, извинись "
                                        "без оправданий и подумай, почему ты так делал. Часто за "
                                        "этим стоит что-то другое, например то, что и тебя кто-то "
                                        "унижал. Об этом тоже можно поговорить.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Терпеть это в одиночку не нужно",
                            "text": (
                                "Напиши нам в Telegram, что происходит, и мы вместе подумаем о "
                                "следующем шаге. Детский телефон доверия, 116 111, бесплатный. "
                                "Если тебе угрожают причинить вред, звони 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When you're the target at school",
                "summary": (
                    "Nicknames, laughter when you walk into class, a Telegram group with everyone "
                    "in it but you. Bullying is not your fault and you don't have to put up with "
                    "it. What you can do, and what you can do if it's happening to someone else."
                ),
                "content_warning_note": (
                    "This article talks about bullying: humiliation, being shut out and threats."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It started with a joke about your clothes or the way you talk. "
                            "Then came a nickname the whole class uses now. At break nobody sits "
                            "next to you any more, someone films you secretly, and photos of you "
                            "go round the class group while everyone laughs. In the morning your "
                            "stomach hurts before you even get to school.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>This is called bullying: when someone, or a group, humiliates, "
                            "threatens or shuts you out again and again. It can happen at school, "
                            "in the village, at training and online, often in all those places at "
                            "once. It's not your fault. Whoever humiliates someone else does it to "
                            "feel bigger himself.</p>"
                        ),
                    ),
                    ("heading", {"text": "Why so many boys stay silent", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Nobody wants to be a snitch. You're afraid things will get worse "
                            "if adults get involved, or you feel ashamed, as if it were your "
                            "fault. Maybe you've been told that “a man sorts things out himself”. "
                            "But bullying rarely stops on its own. The longer it goes on, the more "
                            "it affects your sleep, your schoolwork and the way you see "
                            "yourself.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I took screenshots of everything. When I showed them to my form "
                                "teacher, she couldn't say it was just jokes any more."
                            ),
                            "attribution": "Mihai, 14, Ungheni",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell an adult you trust:</b> your form teacher, the school "
                            "psychologist, a parent or your coach. The school has a duty to step "
                            "in when it finds out.</li><li><b>Keep evidence:</b> screenshots, "
                            "dates, what happened and who saw it.</li><li><b>Block and report</b> "
                            "the accounts online. It isn't losing, it's a way of protecting "
                            "yourself.</li><li><b>Find your own places:</b> a club, a team or "
                            "people you can be yourself with.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If it's happening to someone else",
                            "items": [
                                {
                                    "question": "What can I do if I see someone being laughed at?",
                                    "answer": (
                                        "<p>Don't laugh and don't forward anything. If you can, "
                                        "say it briefly: “Okay, that's enough.” Then go up to him "
                                        "and ask how he is. Tell an adult too. That's not "
                                        "snitching, it's being there for someone.</p>"
                                    ),
                                },
                                {
                                    "question": "And what if I was the one laughing at others?",
                                    "answer": (
                                        "<p>It's good that you're thinking about it. Stop, "
                                        "apologise without justifying yourself, and think about "
                                        "why you did it. Often there's something else behind it, "
                                        "for example that someone humiliated you too. That can be "
                                        "talked about as well.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to put up with it alone",
                            "text": (
                                "Write to us on Telegram about what's happening, and we'll think "
                                "about the next step together. Telefonul Copilului on 116 111 is "
                                "free. If someone threatens to hurt you, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "intrebari-despre-cine-iti-place",
        "topics": ["sex-and-the-body", "relationships"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "ro": {
                "title": "Întrebări despre cine îți place",
                "summary": (
                    "Poate îți plac fetele, poate băieții, poate încă nu știi. E în regulă să nu "
                    "fii sigur. Despre sentimente, despre cuvinte folosite ca insulte și despre "
                    "dreptul tău de a decide singur cui îi spui."
                ),
                "hero_alt": (
                    "Cercuri abstracte suprapuse în corai, verde mentă și lila deschis, pe un "
                    "fundal crem"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Băieții din clasă vorbesc toată ziua despre fete și tu dai din "
                            "cap. Dar uneori te surprinzi că te gândești la un băiat din echipă. "
                            "Sau deocamdată nu te atrage nimeni și te întrebi dacă e ceva în "
                            "neregulă cu tine. Sau ți-a plăcut o fată, iar acum te încurcă ce "
                            "simți pentru un prieten.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Nu există o ordine „corectă” a sentimentelor. Unii știu devreme "
                            "cine îi atrage, alții își dau seama mai târziu, iar la unii lucrurile "
                            "se schimbă cu timpul. Să nu fii sigur nu e o problemă pe care trebuie "
                            "s-o rezolvi repede. Ai tot timpul de care ai nevoie.</p>"
                        ),
                    ),
                    ("heading", {"text": "Cuvinte folosite ca insulte", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>În vestiar sau în curtea școlii, unele cuvinte sunt folosite ca "
                            "să-i arate cuiva că „nu e destul de bărbat”. Asta spune mai mult "
                            "despre regulile strâmte ale cutiei bărbatului decât despre omul "
                            "vizat. Nu ești obligat să râzi cu ceilalți. Valoarea unui om nu "
                            "depinde de cine iubește.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Primul căruia i-am spus a fost vărul meu. A zis doar: „Tot tu "
                                "ești.” Exact asta aveam nevoie să aud."
                            ),
                            "attribution": "Cristian, 18",
                        },
                    ),
                    ("heading", {"text": "Siguranța ta e pe primul loc", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Tu decizi dacă, când și cui îi spui. Gândește-te mai întâi cu cine "
                            "ești în siguranță și începe cu cineva în care ai încredere deplină. "
                            "Ai grijă la pozele și conversațiile pe care le-ar putea vedea alții. "
                            "Dacă cineva te amenință că va spune tuturor, nu e vina ta, și poți "
                            "vorbi cu noi despre asta.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Întrebări pe care ni le pun băieții",
                            "items": [
                                {
                                    "question": "E normal că mă gândesc la un băiat?",
                                    "answer": (
                                        "<p>Gândurile și fanteziile sunt frecvente și nu spun "
                                        "întotdeauna ceva definitiv despre cine ești. Contează ce "
                                        "simți în timp, și nu trebuie să știi asta de azi.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ce fac dacă un prieten îmi spune că îi plac băieții?"
                                    ),
                                    "answer": (
                                        "<p>Mulțumește-i pentru încredere și ascultă-l. Nu spune "
                                        "nimănui fără acordul lui, pentru că l-ai putea pune în "
                                        "pericol. Arată-i doar că între voi nu s-a schimbat "
                                        "nimic.</p>"
                                    ),
                                },
                                {
                                    "question": "Unde găsesc informații de încredere?",
                                    "answer": (
                                        "<p>La un centru de sănătate prietenos tinerilor, unde "
                                        "poți veni cu orice întrebare, sau la un medic în care ai "
                                        "încredere. Glumele prietenilor și filmele porno nu sunt "
                                        "surse bune.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Vrei să vorbești despre asta?",
                            "text": (
                                "Scrie-ne pe Telegram. Nu te judecăm și nu-ți cerem numele. Nicio "
                                "întrebare nu e ciudată."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Вопросы о том, кто тебе нравится",
                "summary": (
                    "Может быть, тебе нравятся девушки, может быть, парни, а может, ты ещё не "
                    "знаешь. Не быть уверенным — нормально. О чувствах, о словах, которые стали "
                    "оскорблениями, и о твоём праве самому решать, кому рассказывать."
                ),
                "hero_alt": (
                    "Абстрактные перекрывающиеся круги кораллового, мятного и светло-сиреневого "
                    "цвета на кремовом фоне"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Парни в классе весь день говорят о девушках, и ты киваешь. Но "
                            "иногда ловишь себя на том, что думаешь о парне из команды. Или пока "
                            "тебе вообще никто не нравится, и ты думаешь, всё ли с тобой в "
                            "порядке. Или тебе нравилась девушка, а теперь ты запутался в том, что "
                            "чувствуешь к другу.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>«Правильного» порядка чувств не существует. Одни рано понимают, "
                            "кто их привлекает, другие осознают это позже, а у кого-то это "
                            "меняется со временем. Неуверенность — не проблема, которую нужно "
                            "срочно решить. У тебя есть столько времени, сколько нужно.</p>"
                        ),
                    ),
                    ("heading", {"text": "Слова, ставшие оскорблениями", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>В раздевалке или во дворе некоторые слова используют, чтобы "
                            "показать кому-то, что он «недостаточно мужик». Это больше говорит о "
                            "тесных правилах мужской коробки, чем о человеке, которому это "
                            "адресовано. Ты не обязан смеяться вместе со всеми. Ценность человека "
                            "не зависит от того, кого он любит.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Первым я рассказал двоюродному брату. Он просто сказал: «Ты всё "
                                "тот же». Именно это мне и нужно было услышать."
                            ),
                            "attribution": "Кристиан, 18",
                        },
                    ),
                    ("heading", {"text": "Твоя безопасность прежде всего", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Только ты решаешь, рассказывать ли, когда и кому. Сначала подумай, "
                            "с кем ты в безопасности, и начни с того, кому полностью доверяешь. "
                            "Будь осторожен с фото и перепиской, которые могут увидеть другие. "
                            "Если кто-то угрожает рассказать всем, это не твоя вина, и об этом "
                            "можно поговорить с нами.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Вопросы, которые нам задают парни",
                            "items": [
                                {
                                    "question": "Нормально ли, что я думаю о парне?",
                                    "answer": (
                                        "<p>Мысли и фантазии бывают у многих и не всегда говорят "
                                        "что-то окончательное о том, кто ты. Важно то, что ты "
                                        "чувствуешь со временем, и разбираться в этом прямо "
                                        "сегодня не обязательно.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Что делать, если друг говорит мне, что ему нравятся парни?"
                                    ),
                                    "answer": (
                                        "<p>Поблагодари за доверие и выслушай. Никому не "
                                        "рассказывай без его согласия: так ты можешь подвергнуть "
                                        "его опасности. Просто дай понять, что между вами ничего "
                                        "не изменилось.</p>"
                                    ),
                                },
                                {
                                    "question": "Где найти надёжную информацию?",
                                    "answer": (
                                        "<p>В молодёжном центре здоровья, куда можно прийти с "
                                        "любым вопросом, или у врача, которому ты доверяешь. Шутки "
                                        "друзей и порно — плохие источники.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Хочешь поговорить об этом?",
                            "text": (
                                "Напиши нам в Telegram. Мы не осуждаем и не спрашиваем имени. "
                                "Странных вопросов не бывает."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Questions about who you like",
                "summary": (
                    "Maybe you like girls, maybe boys, maybe you don't know yet. It's okay not to "
                    "be sure. About feelings, about words used as insults, and about your right to "
                    "decide for yourself who you tell."
                ),
                "hero_alt": (
                    "Abstract overlapping circles in coral, mint green and light lilac on a cream "
                    "background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The boys in your class talk about girls all day and you nod along. "
                            "But sometimes you catch yourself thinking about a boy from the team. "
                            "Or nobody attracts you yet and you wonder if something's wrong with "
                            "you. Or you liked a girl, and now you're confused about what you feel "
                            "for a friend.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>There's no “correct” order for feelings. Some people know early "
                            "who they're attracted to, others realise later, and for some things "
                            "change over time. Not being sure isn't a problem you have to solve "
                            "quickly. You have all the time you need.</p>"
                        ),
                    ),
                    ("heading", {"text": "Words used as insults", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In the changing room or the schoolyard, some words are used to "
                            "show someone that he's “not man enough”. That says more about the "
                            "tight rules of the Man Box than about the person they're aimed at. "
                            "You don't have to laugh along with the others. A person's worth "
                            "doesn't depend on who they love.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first person I told was my cousin. He just said: “You're "
                                "still you.” That was exactly what I needed to hear."
                            ),
                            "attribution": "Cristian, 18",
                        },
                    ),
                    ("heading", {"text": "Your safety comes first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You decide if, when and who you tell. First think about who you're "
                            "safe with, and start with someone you trust completely. Be careful "
                            "with photos and conversations others might see. If someone threatens "
                            "to tell everyone, it's not your fault, and you can talk to us about "
                            "it.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions boys ask us",
                            "items": [
                                {
                                    "question": "Is it normal that I think about a boy?",
                                    "answer": (
                                        "<p>Thoughts and fantasies are common and don't always say "
                                        "anything final about who you are. What counts is what you "
                                        "feel over time, and you don't have to know that today.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend tells me he likes boys?",
                                    "answer": (
                                        "<p>Thank him for trusting you and listen. Don't tell "
                                        "anyone without his agreement, because you could put him "
                                        "in danger. Just show him that nothing has changed between "
                                        "you.</p>"
                                    ),
                                },
                                {
                                    "question": "Where can I find reliable information?",
                                    "answer": (
                                        "<p>At a youth-friendly health centre, where you can come "
                                        "with any question, or from a doctor you trust. Friends' "
                                        "jokes and porn films are not good sources.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Want to talk about it?",
                            "text": (
                                "Write to us on Telegram. We don't judge and we don't ask your "
                                "name. No question is strange."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "vinul-de-casa",
        "topics": ["masculinity", "mental-health"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "ro": {
                "title": "Vinul de casă și „hai, că ești bărbat”",
                "summary": (
                    "La nunți, cumătrii și sărbători, paharul tău e umplut înainte să apuci să "
                    "spui ceva. Despre presiunea de a bea, despre alcool și droguri la petreceri "
                    "și despre ce faci dacă un prieten se simte foarte rău."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>E nunta verișorului. Unchiul îți toarnă vin de casă și spune tare, "
                            "ca să audă toată masa: „Hai, bea, că ești bărbat!” Toți se uită la "
                            "tine. Nu prea vrei, dar nici nu vrei să-i faci de rușine pe ai "
                            "tăi.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>În multe familii din Moldova vinul face parte din sărbătoare, și "
                            "asta nu e ceva rău în sine. Dar la masă învățăm și o regulă nescrisă: "
                            "un bărbat adevărat bea mult, nu refuză niciodată și „ține la "
                            "băutură”. E una dintre regulile din cutia bărbatului, și poți să n-o "
                            "urmezi.</p>"
                        ),
                    ),
                    ("heading", {"text": "Cum refuzi fără să faci scandal", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Ridică paharul la toast și ia cât vrei tu, chiar și doar o "
                            "gură.</li><li>Ai un răspuns scurt pregătit: „Mâine am antrenament”, "
                            "„Îmi ajunge, mulțumesc.”</li><li>Ține în mână un pahar cu suc sau "
                            "apă. Te vor întreba mai rar.</li><li>Găsește un aliat la masă, o "
                            "mătușă sau un văr mai mare, care să te susțină.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "La cumătria surorii mele am zis că nu beau pentru că am examen. "
                                "Unchiul a râs, dar tata a zis: „Lasă-l, are dreptate.” De atunci "
                                "nu mă mai forțează nimeni."
                            ),
                            "attribution": "Victor, 17, Cahul",
                        },
                    ),
                    ("heading", {"text": "Petrecerile cu prietenii", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>La petreceri pot apărea și pastile, „iarbă” sau alte substanțe. Nu "
                            "știi niciodată sigur ce conțin, iar amestecate cu alcool sunt și mai "
                            "periculoase. În Moldova, drogurile sunt interzise de lege, iar o "
                            "condamnare te poate urmări ani de zile. Dacă alegi totuși să bei, "
                            "mănâncă înainte, bea apă între pahare și rămâi cu prietenii tăi.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Dacă un prieten se simte rău",
                            "items": [
                                {
                                    "question": (
                                        "Ce fac dacă un prieten nu mai reacționează sau respiră "
                                        "greu?"
                                    ),
                                    "answer": (
                                        "<p>Sună imediat la 112. Întinde-l pe o parte, ca să poată "
                                        "respira, și rămâi lângă el până vine ajutorul. Nu-ți fie "
                                        "frică de probleme: viața lui e mai importantă.</p>"
                                    ),
                                },
                                {
                                    "question": "Tata bea mult și acasă e greu. Cu cine pot vorbi?",
                                    "answer": (
                                        "<p>Nu ești vinovat pentru cât bea el. Vorbește cu un "
                                        "adult în care ai încredere, cu psihologul școlar sau sună "
                                        "la Telefonul Copilului, 116 111. Dacă acasă devine "
                                        "periculos, sună la 112.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Poți vorbi cu cineva",
                            "text": (
                                "Te frământă cât bei tu sau cât bea cineva apropiat? Scrie-ne pe "
                                "Telegram. Nu te judecăm. Dacă cineva e în pericol, sună la 112."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Домашнее вино и «давай, ты же мужик»",
                "summary": (
                    "На свадьбах, крестинах и праздниках тебе наливают раньше, чем ты успеваешь "
                    "что-то сказать. О давлении «пей до дна», об алкоголе и наркотиках на "
                    "вечеринках и о том, что делать, если другу очень плохо."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Свадьба двоюродного брата. Дядя наливает тебе домашнего вина и "
                            "громко, чтобы слышал весь стол, говорит: «Давай, пей, ты же мужик!» "
                            "Все смотрят на тебя. Тебе не очень хочется, но и подводить своих не "
                            "хочется тоже.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Во многих семьях в Молдове вино — часть праздника, и само по себе "
                            "в этом нет ничего плохого. Но за столом мы усваиваем и неписаное "
                            "правило: настоящий мужчина много пьёт, никогда не отказывается и "
                            "«умеет пить». Это одно из правил мужской коробки, и следовать ему не "
                            "обязательно.</p>"
                        ),
                    ),
                    ("heading", {"text": "Как отказаться без скандала", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Поднимай бокал на тост и пей столько, сколько хочешь сам, "
                            "хоть один глоток.</li><li>Держи наготове короткий ответ: «Завтра "
                            "тренировка», «Мне хватит, спасибо».</li><li>Держи в руке стакан с "
                            "соком или водой. Спрашивать будут реже.</li><li>Найди за столом "
                            "союзника, тётю или старшего брата, который тебя поддержит.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "На крестинах племянника я сказал, что не пью, потому что у меня "
                                "экзамен. Дядя посмеялся, но папа сказал: «Оставь его, он прав». С "
                                "тех пор меня никто не заставляет."
                            ),
                            "attribution": "Виктор, 17, Кагул",
                        },
                    ),
                    ("heading", {"text": "Вечеринки с друзьями", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>На вечеринках могут появиться и таблетки, «травка» или другие "
                            "вещества. Никогда точно не знаешь, что в них, а вместе с алкоголем "
                            "они ещё опаснее. В Молдове наркотики запрещены законом, и судимость "
                            "может преследовать тебя годами. Если всё-таки решишь выпить, поешь "
                            "заранее, пей воду между бокалами и держись рядом с друзьями.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Если другу плохо",
                            "items": [
                                {
                                    "question": (
                                        "Что делать, если друг не реагирует или тяжело дышит?"
                                    ),
                                    "answer": (
                                        "<p>Сразу звони 112. Уложи его на бок, чтобы он мог "
                                        "дышать, и оставайся рядом, пока не приедет помощь. Не "
                                        "бойся проблем: его жизнь важнее.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Папа много пьёт, и дома тяжело. С кем можно поговорить?"
                                    ),
                                    "answer": (
                                        "<p>Ты не виноват в том, сколько он пьёт. Поговори со "
                                        "взрослым, которому доверяешь, со школьным психологом или "
                                        "позвони на Детский телефон доверия, 116 111. Если дома "
                                        "становится опасно, звони 112.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Можно с кем-то поговорить",
                            "text": (
                                "Тебя беспокоит, сколько пьёшь ты или кто-то из близких? Напиши "
                                "нам в Telegram. Мы не осуждаем. Если кто-то в опасности, звони "
                                "112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Homemade wine and “come on, be a man”",
                "summary": (
                    "At weddings, christenings and holidays your glass is filled before you can "
                    "say anything. About the pressure to drink, about alcohol and drugs at "
                    "parties, and about what to do if a friend is feeling really bad."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It's your cousin's wedding. Your uncle pours you some homemade "
                            "wine and says loudly, so the whole table can hear: “Come on, drink, "
                            "you're a man!” Everyone looks at you. You don't really want to, but "
                            "you don't want to embarrass your family either.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In many families in Moldova wine is part of the celebration, and "
                            "that isn't a bad thing in itself. But at the table we also learn an "
                            "unwritten rule: a real man drinks a lot, never says no and “can hold "
                            "his drink”. It's one of the rules of the Man Box, and you don't have "
                            "to follow it.</p>"
                        ),
                    ),
                    ("heading", {"text": "How to say no without a scene", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Raise your glass for the toast and drink as much as you want, "
                            "even just a sip.</li><li>Have a short answer ready: “I've got "
                            "training tomorrow”, “That's enough for me, thanks.”</li><li>Hold a "
                            "glass of juice or water. You'll be asked less often.</li><li>Find an "
                            "ally at the table, an aunt or an older cousin, who'll back you "
                            "up.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "At my nephew's christening I said I wasn't drinking because I had "
                                "an exam. My uncle laughed, but my dad said: “Leave him, he's "
                                "right.” Since then nobody pushes me."
                            ),
                            "attribution": "Victor, 17, Cahul",
                        },
                    ),
                    ("heading", {"text": "Parties with friends", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Pills, weed or other substances can turn up at parties too. You "
                            "never know for sure what's in them, and mixed with alcohol they're "
                            "even more dangerous. In Moldova drugs are against the law, and a "
                            "conviction can follow you for years. If you do decide to drink, eat "
                            "first, drink water between glasses and stay with your friends.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If a friend feels really bad",
                            "items": [
                                {
                                    "question": (
                                        "What do I do if a friend stops responding or is breathing "
                                        "with difficulty?"
                                    ),
                                    "answer": (
                                        "<p>Call 112 straight away. Lay him on his side so he can "
                                        "breathe, and stay with him until help comes. Don't be "
                                        "afraid of trouble: his life matters more.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "My dad drinks a lot and things are hard at home. Who can "
                                        "I talk to?"
                                    ),
                                    "answer": (
                                        "<p>You're not to blame for how much he drinks. Talk to an "
                                        "adult you trust or the school psychologist, or call "
                                        "Telefonul Copilului on 116 111. If home becomes "
                                        "dangerous, call 112.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "Worried about how much you drink, or how much someone close to "
                                "you drinks? Write to us on Telegram. We don't judge. If someone "
                                "is in danger, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
]
