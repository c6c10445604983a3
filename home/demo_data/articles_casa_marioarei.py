"""Demo articles for Casa Marioarei (Moldova), written in Romanian, then Russian and English."""

ARTICLES = [
    {
        "slug": "cand-tata-lucreaza-departe",
        "topics": ["family-and-fatherhood", "feelings"],
        "age_group": "all",
        "content_warning": "",
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
        "content_warning": "violence",
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
        "content_warning": "",
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
        "content_warning": "",
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
        "content_warning": "",
        "image": False,
        "translations": {
            "ro": {
                "title": "Poza din grupul clasei",
                "summary": (
                    "Cineva a trimis în grupul clasei o poză cu o colegă, fără acordul ei. Toți "
                    "au văzut-o, unii au râs. Ce faci dacă ești printre cei care au primit-o?"
                ),
                "hero_alt": "",
                "content_warning_note": "",
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
                "content_warning_note": "",
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
                "content_warning_note": "",
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
]
