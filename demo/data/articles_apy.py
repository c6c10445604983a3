"""Demo articles for Armenian Progressive Youth (Armenia), written in Armenian, then English."""

ARTICLES = [
    {
        "slug": "banakits-araj",
        "topics": ["masculinity", "mental-health"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "hy": {
                "title": "Բանակից առաջ. երբ վախենում ես, բայց չես ասում",
                "summary": (
                    "Շուտով զորակոչվելու ես, և բոլորն ասում են՝ «բանակը տղամարդ է սարքում»։ "
                    "Բայց ի՞նչ անել, եթե ներսումդ վախ կա։ Այդ զգացմունքների և դրանց հետ "
                    "ապրելու մասին։"
                ),
                "hero_alt": (
                    "Աբստրակտ ձևեր փիրուզագույն և ավազագույն երանգներով՝ մի քանի զուգահեռ "
                    "գծեր և մեկ փափուկ շրջան"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Մի քանի ամիս հետո զորակոչվելու ես։ Տանը հայրդ պատմում է իր "
                        "ծառայության մասին, պապդ ասում է՝ «բանակը տղամարդ է սարքում», "
                        "ընկերներդ կատակում են, թե ով որտեղ կընկնի։ Դու նրանց հետ ծիծաղում ես, "
                        "բայց որոշ գիշերներ չես կարողանում քնել։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Հայաստանում համարյա բոլոր երիտասարդ տղամարդիկ ծառայում են, և շատ "
                        "ընտանիքներում դա պատվի հարց է։ Պատերազմից հետո այս թեման շատերի համար "
                        "ավելի ծանր ու լուրջ է դարձել։ Բայց քիչ է խոսվում այն մասին, թե ինչ է "
                        "զգում տղան ծառայությունից առաջ։</p>",
                    ),
                    ("heading", {"text": "Վախը թուլություն չէ", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Կարող ես վախենալ տնից հեռու լինելուց, խիստ կարգապահությունից, "
                        "ավագ զինվորներից կամ պարզապես անհայտից։ Կարող ես միաժամանակ և՛ "
                        "հպարտ լինել, և՛ վախենալ։ Այդ զգացմունքները կարող են կողք կողքի ապրել։ "
                        "Վախը նշանակում է, որ հասկանում ես՝ կյանքումդ մեծ փոփոխություն է գալիս։ "
                        "Դա թուլություն չէ, դա ազնվություն է։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Շատ տղաներ լռում են, որովհետև կարծում են, թե «իսկական տղամարդը» "
                        "միշտ պետք է վստահ լինի։ Մենք դա անվանում ենք <i>տղամարդու արկղ</i>. "
                        "չգրված կանոններ, ըստ որոնց իսկական տղամարդը չի վախենում, չի բողոքում "
                        "և չի խոսում իր զգացմունքների մասին։ Արկղի մեջ կարող է ապահով թվալ, "
                        "բայց այնտեղ նեղ է, և ով ոչինչ չի ասում, մենակ է մնում իր մտքերի "
                        "հետ։</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Բանակից առաջ ինձ թվում էր, թե միայն ես եմ վախենում։ Առաջին "
                                "շաբաթվա ընթացքում պարզվեց, որ կողքի մահճակալի տղան էլ էր նույն "
                                "բանը մտածել։ Երբ իրար ասացինք, միանգամից ավելի հեշտ դարձավ։"
                            ),
                            "attribution": "Արամ, 20 տարեկան, Գյումրի",
                        },
                    ),
                    ("heading", {"text": "Ի՞նչ կարող ես անել հիմա", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Խոսիր մեկի հետ, ով արդեն ծառայել է, և հարցրու ոչ միայն "
                        "հերոսական պատմությունների մասին, այլ նաև այն մասին, թե ինչն էր "
                        "դժվար։</li><li>Ասա ծնողներիդ կամ ընկերոջդ, որ անհանգստանում ես։ "
                        "Պարտադիր չէ ամեն ինչ բացատրել։</li><li>Քնիր, մարզվիր, քայլիր։ Մարմինն "
                        "օգնում է հանգստացնել միտքը։</li><li>Եթե վախը խանգարում է ապրել, ուտել "
                        "կամ քնել, դիմիր հոգեբանի։</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Կարող ես խոսել որևէ մեկի հետ",
                            "text": (
                                "Եթե ուզում ես պատմել, թե ինչ ես զգում, զանգիր թեժ գծերից "
                                "մեկին։ Այնտեղ քեզ կլսեն առանց դատելու։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Before the army: when you're scared but don't say it",
                "summary": (
                    "You'll be called up soon, and everyone says “the army makes a man of you”. "
                    "But what if there's fear inside you? About those feelings and how to live "
                    "with them."
                ),
                "hero_alt": (
                    "Abstract shapes in teal and sand: a few parallel lines and one soft circle"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>In a few months you'll be called up. At home your father tells "
                        "stories about his service, your grandfather says “the army makes a man "
                        "of you”, your friends joke about who will end up where. You laugh "
                        "along, but some nights you can't sleep.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In Armenia almost every young man serves, and in many families it's "
                        "a matter of honour. Since the war, the subject has become heavier and "
                        "more serious for many people. But we rarely talk about what a boy feels "
                        "before his service starts.</p>",
                    ),
                    ("heading", {"text": "Fear is not weakness", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You might be afraid of being far from home, of strict discipline, of "
                        "older soldiers, or just of the unknown. You can feel proud and afraid "
                        "at the same time. Those feelings can live side by side. Fear means you "
                        "understand that a big change is coming in your life. That isn't "
                        "weakness, it's honesty.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Many guys stay quiet because they think a “real man” must always be "
                        "sure of himself. We call this the <i>Man Box</i>: unwritten rules that "
                        "say a real man isn't scared, doesn't complain and doesn't talk about his "
                        "feelings. It can feel safe inside the box, but it's tight in there, and "
                        "whoever says nothing is left alone with his thoughts.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Before the army I thought I was the only one who was scared. In "
                                "the first week it turned out the guy in the next bed had been "
                                "thinking the same. Once we told each other, it got easier "
                                "straight away."
                            ),
                            "attribution": "Aram, 20, Gyumri",
                        },
                    ),
                    ("heading", {"text": "What you can do now", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Talk to someone who has already served, and ask not only for the "
                        "hero stories but also about what was hard.</li><li>Tell your parents or "
                        "a friend that you're worried. You don't have to explain "
                        "everything.</li><li>Sleep, train, walk. The body helps calm the "
                        "mind.</li><li>If fear is getting in the way of living, eating or "
                        "sleeping, see a psychologist.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "If you want to tell someone how you feel, call one of the "
                                "helplines. They listen without judging."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "paterazmits-heto",
        "topics": ["feelings", "mental-health"],
        "age_group": "all",
        "sensitive_subjects": ["violence"],
        "image": True,
        "translations": {
            "hy": {
                "title": "Պատերազմից հետո. երբ կորուստը մնում է քեզ հետ",
                "summary": (
                    "Պատերազմում շատ տղաներ կորցրել են իրենց ընկերոջը, եղբորը կամ հորը, իսկ "
                    "ոմանց մտերիմները վերադարձել են փոխված։ Սուգը, լռությունն ու ծանրությունը "
                    "նորմալ են, և պարտավոր չես դրանք մենակ կրել։"
                ),
                "hero_alt": (
                    "Աբստրակտ ձևեր մեղմ կապույտ և տաք մոխրագույն երանգներով՝ մեծ հանդարտ "
                    "շրջան ցածր հորիզոնական գծի վերևում"
                ),
                "content_warning_note": "Հոդվածում խոսվում է պատերազմի, մահվան և կորստի մասին։",
                "body": [
                    (
                        "paragraph",
                        "<p>Դասարանում մի դատարկ նստարան կա, որի մասին ոչ ոք չի խոսում։ Կամ "
                        "ավագ եղբայրդ վերադարձել է, բայց այլևս չի ծիծաղում այնպես, ինչպես "
                        "առաջ։ Կամ տանը պատին մի լուսանկար է կախված, և բոլորը խուսափում են դրա "
                        "մասին խոսելուց։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Պատերազմը Հայաստանում դիպել է գրեթե յուրաքանչյուր ընտանիքի։ Շատերը "
                        "հարազատներ ու ընկերներ են կորցրել, ոմանք ստիպված են եղել թողնել իրենց "
                        "տունը։ Երբեմն թվում է, թե քո ցավը կարևոր չէ, որովհետև ուրիշներինն ավելի "
                        "մեծ է։ Բայց ցավը մրցույթ չէ։</p>",
                    ),
                    ("heading", {"text": "Սուգը տարբեր տեսք կարող է ունենալ", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Սուգը միշտ չէ, որ արցունք է։ Այն կարող է լինել զայրույթ, "
                        "հոգնածություն, դատարկություն, անքնություն կամ ցանկություն՝ ամբողջ "
                        "գիշեր խաղեր խաղալու, որպեսզի չմտածես։ Այն կարող է լինել մեղքի զգացում, "
                        "որ դու ողջ ես, իսկ նա՝ ոչ։ Այս ամենը նորմալ արձագանք է ծանր կորստին։ "
                        "Դա չի նշանակում, որ դու թույլ ես կամ «կոտրված»։</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Հարցեր, որ շատերն են տալիս",
                            "items": [
                                {
                                    "question": "Նորմա՞լ է, որ ես լաց չեմ լինում։",
                                    "answer": (
                                        "<p>Այո։ Ոմանք լաց են լինում, ոմանք՝ ոչ։ Դա ցույց չի "
                                        "տալիս, թե որքան ես սիրել այդ մարդուն։ Կարևոր է գտնել "
                                        "ինչ-որ ձև՝ դուրս հանելու այն, ինչ ներսումդ է. խոսել, "
                                        "գրել, քայլել, նվագել։</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ինչպե՞ս խոսեմ եղբորս հետ, ով վերադարձել է պատերազմից։"
                                    ),
                                    "answer": (
                                        "<p>Պետք չէ նրան հարցաքննել։ Պարզապես կողքին եղիր, "
                                        "առաջարկիր միասին ինչ-որ բան անել։ Կարող ես ասել. "
                                        "«Եթե երբևէ ուզենաս խոսել, ես այստեղ եմ»։ Եթե տեսնում "
                                        "ես, որ նա շատ է խմում, հաճախ է բարկանում կամ փակվում է "
                                        "իր մեջ, խոսիր մի մեծահասակի հետ, ում վստահում ես։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Ի՞նչը կարող է օգնել", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Հիշիր մարդուն այնպես, ինչպես դու ես ուզում. պատմիր նրա մասին "
                        "ընկերներիդ, գնա այն վայրը, որը նրա համար կարևոր էր։ Խոսիր նրանց հետ, "
                        "ովքեր նույնպես կորուստ են ունեցել, և կտեսնես, որ մենակ չես։ Եթե "
                        "ծանրությունն ամիսներով չի անցնում, դիմիր հոգեբանի։ Դա դավաճանություն "
                        "չէ հիշատակին, դա քո մասին հոգ տանելն է։</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Պարտավոր չես սա մենակ կրել",
                            "text": (
                                "Զանգիր թեժ գծերից մեկին, նույնիսկ եթե չգիտես՝ որտեղից սկսել։ "
                                "Քեզ կլսեն։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "After the war: when the loss stays with you",
                "summary": (
                    "In the war many boys lost a friend, a brother or a father, and some saw "
                    "the people close to them come home changed. Grief, silence and heaviness "
                    "are normal, and you don't have to carry them alone."
                ),
                "hero_alt": (
                    "Abstract shapes in muted blue and warm grey: a large calm circle above a "
                    "low horizon line"
                ),
                "content_warning_note": "This article talks about war, death and loss.",
                "body": [
                    (
                        "paragraph",
                        "<p>There's an empty desk in your class that nobody talks about. Or your "
                        "older brother came back, but he doesn't laugh the way he used to. Or "
                        "there's a photo on the wall at home, and everyone avoids talking about "
                        "it.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In Armenia the war has touched almost every family. Many people lost "
                        "relatives and friends, some had to leave their homes. Sometimes it "
                        "feels like your pain doesn't count, because other people's is bigger. "
                        "But pain is not a competition.</p>",
                    ),
                    ("heading", {"text": "Grief can look different", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Grief isn't always tears. It can be anger, tiredness, emptiness, not "
                        "sleeping, or wanting to play games all night so you don't have to "
                        "think. It can be guilt that you are alive and he isn't. All of this is a "
                        "normal reaction to a heavy loss. It doesn't mean you are weak or "
                        "“broken”.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions many people ask",
                            "items": [
                                {
                                    "question": "Is it normal that I don't cry?",
                                    "answer": (
                                        "<p>Yes. Some people cry, some don't. It says nothing "
                                        "about how much you loved the person. What matters is "
                                        "finding some way to let out what's inside: talking, "
                                        "writing, walking, playing music.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "How do I talk to my brother who came back from the war?"
                                    ),
                                    "answer": (
                                        "<p>You don't need to question him. Just be there, and "
                                        "suggest doing something together. You can say: “If you "
                                        "ever want to talk, I'm here.” If you see him drinking a "
                                        "lot, getting angry often or shutting himself away, talk "
                                        "to an adult you trust.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "What can help", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Remember the person in your own way: tell your friends about him, go "
                        "to a place that mattered to him. Talk to others who have lost someone "
                        "too, and you'll see you are not alone. If the heaviness doesn't lift for "
                        "months, see a psychologist. That's not betraying the memory, it's "
                        "taking care of yourself.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to carry this alone",
                            "text": (
                                "Call one of the helplines, even if you don't know where "
                                "to start. They will listen."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "inch-kasen-mardik",
        "topics": ["family-and-fatherhood", "masculinity"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "hy": {
                "title": "«Ի՞նչ կասեն մարդիկ». ընտանիքի պատիվը և քո ընտրությունը",
                "summary": (
                    "Ինչ մասնագիտություն ընտրել, ինչ հագնել, ում հետ ընկերություն անել. հաճախ "
                    "ամեն ինչ որոշվում է մի հարցով՝ «ի՞նչ կասեն մարդիկ»։ Ինչպես հարգել "
                    "ընտանիքդ և միաժամանակ քո ճանապարհով գնալ։"
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Ուզում ես երաժշտական քոլեջ ընդունվել, բայց հայրդ ասում է. «Դա "
                        "տղամարդու գործ չէ, գնա իրավաբանական»։ Կամ ուզում ես ականջօղ դնել, և "
                        "տատիկդ առաջինը հարցնում է. «Հարևաններն ի՞նչ կմտածեն»։ Կամ պարզապես "
                        "հոգնել ես լինել այն «լավ տղան», որով ընտանիքը պետք է հպարտանա։ Եվ "
                        "մտածում ես՝ իսկ ե՞ս որտեղ եմ այս ամենի մեջ։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Հայկական ընտանիքում շատ բան ընդհանուր է՝ ուրախությունը, խնդիրները, "
                        "ազգանունը։ Դա ջերմություն և ապահովության զգացում է տալիս։ Բայց երբեմն "
                        "ընտանիքի պատիվը ծանր բեռ է դառնում, հատկապես տղաների համար, որոնցից "
                        "սպասում են, որ ուժեղ ու հաջողակ լինեն, դառնան ապագա «տան տերը»։</p>",
                    ),
                    (
                        "heading",
                        {"text": "Հարգանքն ու հնազանդությունը նույնը չեն", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Կարելի է սիրել ու հարգել ծնողներին և միևնույն ժամանակ համաձայն "
                        "չլինել նրանց հետ։ Ծնողները հաճախ վախենում են քո փոխարեն. որ աշխատանք "
                        "չես գտնի, որ քեզ վրա կծիծաղեն։ Նրանց «ոչ»-ի հետևում հաճախ սեր ու "
                        "անհանգստություն է թաքնված, և ոչ թե ցանկություն՝ քեզ խանգարելու։ Երբ դա "
                        "հասկանում ես, ավելի հեշտ է խոսել։ Իսկ դու կարող ես ցույց տալ, որ քո "
                        "ընտրությունը մտածված է ու լուրջ։</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Հայրս տարիներ շարունակ չէր ընդունում, որ ես պարով եմ "
                                "զբաղվում։ Հետո մի օր եկավ իմ ելույթին։ Ոչինչ չասաց, միայն "
                                "ձեռքս սեղմեց։ Ինձ համար դա ամեն ինչ էր։"
                            ),
                            "attribution": "Դավիթ, 19 տարեկան, Երևան",
                        },
                    ),
                    ("heading", {"text": "Ինչպես սկսել խոսակցությունը", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Ընտրիր հանգիստ պահ, ոչ թե վեճի ժամանակ։</li><li>Խոսիր քո "
                        "մասին. «Ինձ համար կարևոր է...», և ոչ թե «Դուք ինձ երբեք չեք "
                        "հասկանում»։</li><li>Հարցրու, թե ինչից են նրանք վախենում։</li><li>Գտիր "
                        "դաշնակից ընտանիքում՝ մորաքույր, քեռի, ավագ զարմիկ, ով կարող է "
                        "օգնել։</li><li>Հիշիր, որ մեկ խոսակցությունից ամեն ինչ չի փոխվի։ "
                        "Ժամանակ է պետք։</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Կարող ես խոսել որևէ մեկի հետ",
                            "text": (
                                "Եթե ընտանիքի սպասելիքները ճնշում են քեզ, խոսիր դրա մասին "
                                "թեժ գծի մասնագետի հետ։ Միասին կմտածեք, թե ինչ անել։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "“What will people say?”: family honour and your own choices",
                "summary": (
                    "What to study, what to wear, who to be friends with: so often it all comes "
                    "down to one question, “what will people say?” How to respect your family "
                    "and still walk your own path."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>You want to go to music college, but your dad says: “That's not a "
                        "man's job, go and study law.” Or you want to get an earring and the "
                        "first thing your grandmother asks is: “What will the neighbours think?” "
                        "Or you're just tired of being the “good boy” the family is supposed to "
                        "be proud of. And you wonder: where am I in all of this?</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In an Armenian family a lot is shared: joy, problems, the family "
                        "name. That gives warmth and a sense of security. But sometimes family "
                        "honour becomes a heavy load, especially for boys, who are expected to "
                        "be strong and successful, the future “head of the house”.</p>",
                    ),
                    ("heading", {"text": "Respect and obedience are not the same", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You can love and respect your parents and still disagree with them. "
                        "Parents are often afraid on your behalf: that you won't find work, that "
                        "people will laugh at you. Behind their “no” there is often love and "
                        "worry, not a wish to hold you back. Once you see that, it gets easier to "
                        "talk. And you can show them that your choice is serious and well "
                        "thought through.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "For years my father wouldn't accept that I dance. Then one day "
                                "he came to my performance. He didn't say anything, he just shook "
                                "my hand. For me that meant everything."
                            ),
                            "attribution": "Davit, 19, Yerevan",
                        },
                    ),
                    ("heading", {"text": "How to start the conversation", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Choose a calm moment, not the middle of a fight.</li><li>Talk "
                        "about yourself: “It matters to me that...”, not “You never understand "
                        "me.”</li><li>Ask what they are afraid of.</li><li>Find an ally in the "
                        "family, an aunt, an uncle, an older cousin, who can help.</li><li>"
                        "Remember that one conversation won't change everything. It takes "
                        "time.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "If your family's expectations are weighing on you, talk it over "
                                "with someone on a helpline. You can think it through together."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "sirel-chi-nshanakum-verahskel",
        "topics": ["relationships", "violence-and-consent"],
        "age_group": "16-18",
        "sensitive_subjects": ["abuse"],
        "image": False,
        "translations": {
            "hy": {
                "title": "Սիրել չի նշանակում վերահսկել",
                "summary": (
                    "Ընկերդ ստուգում է իր ընկերուհու հեռախոսը, արգելում է նրան հանդիպել "
                    "ընկերների հետ և դա անվանում է սեր։ Երբ է խանդը վերածվում վերահսկողության, "
                    "և ինչ կարող ես անել որպես ընկեր։"
                ),
                "hero_alt": "",
                "content_warning_note": (
                    "Խոսվում է զույգի հարաբերություններում խանդի և վերահսկողության մասին։"
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Ամեն անգամ, երբ հավաքվում եք, ընկերդ անընդհատ նայում է հեռախոսին։ "
                        "Նա ստուգում է, թե իր ընկերուհին երբ է վերջին անգամ առցանց եղել, ում "
                        "լուսանկարն է հավանել, ինչու չի պատասխանում։ Մի օր ասում է. «Ասել եմ, որ "
                        "դասընկերների հետ սրճարան չի գնալու։ Ես տղամարդ եմ, ես եմ որոշում»։ "
                        "Մնացածները գլխով են անում։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Մեզ հաճախ սովորեցնում են, որ խանդը սիրո նշան է, իսկ «իսկական "
                        "տղամարդը» պետք է պաշտպանի ու վերահսկի իր աղջկան։ Ֆիլմերում, երգերում, "
                        "անգամ ընտանիքում դա կարող է ռոմանտիկ թվալ։ Բայց վերահսկողությունը սեր "
                        "չէ։</p>",
                    ),
                    ("heading", {"text": "Որտե՞ղ է սահմանը", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Խանդ զգալը նորմալ է։ Բոլորն էլ երբեմն վախենում են կորցնել սիրելի "
                        "մարդուն։ Հարցն այն է, թե ինչ ես անում այդ զգացումի հետ։ Կարելի է ասել. "
                        "«Ես անհանգստանում եմ, եկ խոսենք»։ Բայց եթե մեկը ստուգում է զուգընկերոջ "
                        "հեռախոսը, որոշում է, թե նա ինչ հագնի և ում հետ շփվի, կամ սպառնում է, "
                        "դա արդեն վերահսկողություն է։ Իսկ վերահսկողությունը բռնության ձև է։</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Ի՞նչ անել, եթե դա քո ընկերն է",
                            "items": [
                                {
                                    "question": "Դա իմ գործը չէ, չէ՞։",
                                    "answer": (
                                        "<p>Դու չես կարող որոշել նրա փոխարեն, բայց կարող ես "
                                        "չլռել։ Երբ բոլորը գլխով են անում, նա մտածում է, որ "
                                        "ամեն ինչ նորմալ է։ Ընկերոջ մեկ խոսքն երբեմն ավելի շատ "
                                        "բան է փոխում, քան տասը դասախոսություն։</p>"
                                    ),
                                },
                                {
                                    "question": "Ի՞նչ ասեմ, որ չվիրավորվի։",
                                    "answer": (
                                        "<p>Խոսիր առանձին, ոչ թե ուրիշների ներկայությամբ։ Սկսիր "
                                        "հարցով. «Քո կարծիքով՝ նա իրեն լա՞վ է զգում, երբ դու "
                                        "այդպես ես անում»։ Կարող ես պատմել, որ ինքդ էլ ես "
                                        "երբեմն խանդում, բայց փորձում ես խոսել, ոչ թե "
                                        "արգելել։</p>"
                                    ),
                                },
                                {
                                    "question": "Իսկ եթե ե՞ս եմ այդպես վարվում։",
                                    "answer": (
                                        "<p>Այն, որ հարցնում ես, արդեն լավ նշան է։ Փորձիր "
                                        "հասկանալ, թե ինչ վախ է թաքնված խանդի հետևում։ Դրա "
                                        "մասին կարող ես խոսել ընկերոջ կամ հոգեբանի հետ, կամ էլ "
                                        "զանգել թեժ գծին։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Կարող ես խոսել որևէ մեկի հետ",
                            "text": (
                                "Եթե չգիտես՝ ինչպես վարվել ընկերոջդ կամ քո հարաբերությունների "
                                "հարցում, զանգիր թեժ գծերից մեկին։ Միասին կմտածեք։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Loving someone doesn't mean controlling them",
                "summary": (
                    "Your friend checks his girlfriend's phone, stops her from seeing her "
                    "friends and calls it love. About when jealousy turns into control, and what "
                    "you can do as a friend."
                ),
                "hero_alt": "",
                "content_warning_note": "It talks about jealousy and control in a relationship.",
                "body": [
                    (
                        "paragraph",
                        "<p>Every time you hang out, your friend keeps looking at his phone. He "
                        "checks when his girlfriend was last online, whose photo she liked, why "
                        "she isn't answering. One day he says: “I told her she's not going to "
                        "the café with her classmates. I'm the man, I decide.” The others "
                        "nod.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>We're often taught that jealousy is a sign of love, and that a “real "
                        "man” should protect and control his girlfriend. In films, in songs, "
                        "even at home, it can seem romantic. But control is not love.</p>",
                    ),
                    ("heading", {"text": "Where is the line?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Feeling jealous is normal. Everyone is sometimes afraid of losing "
                        "someone they love. The question is what you do with that feeling. You "
                        "can say: “I'm worried, let's talk.” But if someone checks their "
                        "partner's phone, decides what they wear and who they see, or makes "
                        "threats, that's control. And control is a form of violence.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "What if it's your friend?",
                            "items": [
                                {
                                    "question": "It's none of my business, right?",
                                    "answer": (
                                        "<p>You can't decide for him, but you don't have to stay "
                                        "silent. When everyone nods along, he thinks it's all "
                                        "normal. One word from a friend sometimes does more "
                                        "than ten lectures.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I say so he doesn't take offence?",
                                    "answer": (
                                        "<p>Talk to him alone, not in front of the others. Start "
                                        "with a question: “Do you think she feels good when you "
                                        "do that?” You can tell him that you get jealous "
                                        "sometimes too, but you try to talk instead of "
                                        "forbidding.</p>"
                                    ),
                                },
                                {
                                    "question": "And what if I'm the one doing it?",
                                    "answer": (
                                        "<p>The fact that you're asking is already a good sign. "
                                        "Try to understand what fear is hiding underneath the "
                                        "jealousy. You can talk about it with a friend or a "
                                        "psychologist, or call a helpline.</p>"
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
                                "If you're not sure how to handle your friend's relationship or "
                                "your own, call one of the helplines. You can think it "
                                "through together."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "marminn-ekranin",
        "topics": ["online-life", "sex-and-the-body"],
        "age_group": "13-15",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "hy": {
                "title": "Մարմինն էկրանին. երբ քեզ համեմատում ես ուրիշների հետ",
                "summary": (
                    "Ինստագրամում բոլորն ունեն մկաններ, հարթ մաշկ ու կատարյալ կյանք։ Ինչպես է "
                    "համացանցն ազդում այն բանի վրա, թե ինչպես ես նայում քո մարմնին, և ինչ "
                    "կարող ես անել դրա հետ։"
                ),
                "hero_alt": (
                    "Աբստրակտ ձևեր մեղմ կապույտ և ավազագույն երանգներով՝ ուղղանկյուն, որի "
                    "մեջ մի քանի փոքր շրջան կա"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Գիշերը, անկողնում պառկած, թերթում ես Ինստագրամը։ Մարզասրահի "
                        "տղաներ՝ մկաններով, «կատարյալ մարմին 30 օրում», ինչ-որ մեկը "
                        "սպիտակուցային փոշի է գովազդում։ Հետո նայում ես հայելուն և զգում, որ "
                        "ինչ-որ բան այն չէ. շատ նիհար ես, շատ գեր ես, բավականաչափ բարձրահասակ "
                        "չես։ Եվ որքան շատ ես թերթում, այնքան ավելի վատ ես զգում։</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Շատ տղաներ են դա զգում, պարզապես քչերն են դրա մասին խոսում։ "
                        "Աղջիկների վրա մարմնի հետ կապված ճնշման մասին խոսում են, իսկ տղաներից "
                        "սպասում են, որ դա իրենց չհուզի։ Բայց քո մարմնի մասին կատակները, "
                        "հանդերձարանում հայացքներն ու անընդհատ համեմատությունները ցավ են "
                        "պատճառում։ Երբեմն ավելի հեշտ է դա կատակի հետևում թաքցնել, քան "
                        "խոստովանել։</p>",
                    ),
                    ("heading", {"text": "Ի՞նչ ես իրականում տեսնում", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Լուսանկարների մեծ մասն ընտրված է հարյուրավոր փորձերից, լավ լույսով "
                        "ու ֆիլտրով, երբեմն էլ՝ խմբագրված։ Շատ բլոգերներ գումար են վաստակում "
                        "հենց քո անվստահությունից՝ վաճառելով մարզական ծրագրեր ու հավելումներ։ "
                        "Իսկ դեռահասի մարմինը դեռ փոխվում է. այն աճում է իր տեմպով, և դա "
                        "նորմալ է։ Քո ընկերների մարմիններն էլ են տարբեր, և դա նույնպես "
                        "նորմալ է։</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Ամեն օր ինձ համեմատում էի մի բլոգերի հետ։ Հետո իմացա, որ նա "
                                "ստերոիդներ է օգտագործում։ Դադարեցի հետևել նրան ու սկսեցի "
                                "ֆուտբոլ խաղալ պարզապես հաճույքի համար։"
                            ),
                            "attribution": "Գոռ, 17 տարեկան, Վանաձոր",
                        },
                    ),
                    ("heading", {"text": "Մի քանի բան, որ կարող ես փորձել", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Մի՛ հետևիր այն էջերին, որոնցից հետո քեզ վատ ես զգում։</li>"
                        "<li>Շարժվիր, որովհետև դա հաճելի է, ոչ թե որովհետև պետք է «ուղղել» "
                        "մարմինդ։</li><li>Մի՛ օգտագործիր հավելումներ կամ դեղեր առանց բժշկի "
                        "խորհրդի։</li><li>Եթե ուտելու կամ մարմնիդ մասին մտքերը շատ տեղ են "
                        "զբաղեցնում, խոսիր որևէ մեկի հետ, ում վստահում ես։</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Կարող ես խոսել որևէ մեկի հետ",
                            "text": (
                                "Եթե մարմնիդ մասին մտքերը հանգիստ չեն տալիս, զանգիր թեժ գծերից "
                                "մեկին։ Ոչ մի հարց ամոթալի չէ։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "The body on the screen: when you compare yourself to others",
                "summary": (
                    "On Instagram everyone has muscles, smooth skin and a perfect life. How the "
                    "internet shapes the way you look at your own body, and what you can do "
                    "about it."
                ),
                "hero_alt": (
                    "Abstract shapes in soft blue and sand: a rectangle with a few small circles "
                    "inside"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>At night, lying in bed, you scroll through Instagram. Gym guys with "
                        "muscles, “the perfect body in 30 days”, someone advertising protein "
                        "powder. Then you look in the mirror and feel that something is off: "
                        "you're too skinny, too fat, not tall enough. And the more you scroll, the "
                        "worse you feel.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Lots of boys feel this, only few of them talk about it. People talk "
                        "about the pressure on girls' bodies, while boys are expected not to "
                        "care. But jokes about your body, looks in the changing room and constant "
                        "comparison all hurt. Sometimes it's easier to hide that behind a joke "
                        "than to admit it.</p>",
                    ),
                    ("heading", {"text": "What are you really seeing?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most photos are picked from hundreds of attempts, with good light and "
                        "a filter, and sometimes edited too. Many bloggers make money from "
                        "exactly your insecurity, by selling workout programmes and supplements. "
                        "And a teenager's body is still changing: it grows at its own pace, and "
                        "that's normal. Your friends' bodies are all different too, and that's "
                        "normal as well.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I compared myself to one blogger every day. Then I found out he "
                                "uses steroids. I unfollowed him and started playing football "
                                "just for fun."
                            ),
                            "attribution": "Gor, 17, Vanadzor",
                        },
                    ),
                    ("heading", {"text": "A few things to try", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Stop following accounts that leave you feeling bad about "
                        "yourself.</li><li>Move because it feels good, not because you need to "
                        "“fix” your body.</li><li>Don't take supplements or pills without a "
                        "doctor's advice.</li><li>If thoughts about food or your body take up a "
                        "lot of space, talk to someone you trust.</li></ul>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "If thoughts about your body won't leave you alone, call one of "
                                "the helplines. No question is embarrassing."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "erb-kez-tsaghrum-en",
        "topics": ["violence-and-consent", "mental-health"],
        "age_group": "13-15",
        "sensitive_subjects": ["abuse"],
        "image": False,
        "translations": {
            "hy": {
                "title": "Երբ քեզ ծաղրում են ամեն օր",
                "summary": (
                    "Մականուններ, ծիծաղ, երբ մտնում ես դասարան, խմբային չատ, որտեղ բոլորն են, բացի "
                    "քեզնից։ Բուլինգը քո մեղքը չէ, և պարտավոր չես համբերել։ Ինչ կարող ես անել, և "
                    "ինչ անել, եթե դա ուրիշի հետ է կատարվում։"
                ),
                "content_warning_note": (
                    "Խոսվում է բուլինգի՝ ծաղրի, մեկուսացման և սպառնալիքների մասին։"
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Ամեն ինչ սկսվեց մի կատակից՝ քո հագուստի, խոսելու ձևի կամ "
                            "առոգանության մասին։ Հետո հայտնվեց մականուն, որն այժմ ամբողջ դասարանն "
                            "է օգտագործում։ Դասամիջոցին ոչ ոք քո կողքին չի նստում, ինչ-որ մեկը "
                            "թաքուն նկարահանում է քեզ, իսկ դասարանի խմբային չատում քո "
                            "լուսանկարներն են պտտվում, որոնց վրա բոլորը ծիծաղում են։ Առավոտյան, "
                            "դեռ դպրոց չհասած, փորդ ցավում է։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Սա կոչվում է բուլինգ՝ երբ մեկը կամ մի խումբ նորից ու նորից "
                            "ստորացնում է ինչ-որ մեկին, սպառնում նրան կամ մեկուսացնում։ Դա կարող է "
                            "լինել դպրոցում, բակում, մարզումների ժամանակ և համացանցում։ Դա քո "
                            "մեղքը չէ։ Ով ուրիշին ստորացնում է, այդպես փորձում է իրեն ավելի մեծ "
                            "զգալ։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ինչու են տղաները լռում", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Ոչ ոք չի ուզում «մատնիչ» լինել։ Վախենում ես, որ մեծերի "
                            "միջամտությունից ավելի վատ կլինի, կամ ամաչում ես, կարծես ինքդ ես "
                            "մեղավոր։ Հաճախ էլ ասում են՝ «Տղամարդը պետք է ինքն իրեն պաշտպանի»։ "
                            "Բայց բուլինգը հազվադեպ է ինքն իրեն դադարում։ Որքան երկար է "
                            "շարունակվում, այնքան ավելի է ազդում քնիդ, դասերիդ և այն բանի վրա, թե "
                            "ինչպես ես տեսնում ինքդ քեզ։</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Բոլոր նամակների սքրինշոթներն էի պահում։ Երբ ցույց տվեցի դասղեկիս, "
                                "նա այլևս չկարողացավ ասել, որ դրանք պարզապես կատակներ են։"
                            ),
                            "attribution": "Արման, 14, Աբովյան",
                        },
                    ),
                    ("heading", {"text": "Ինչ կարող ես անել", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Պատմիր մեծահասակին, ում վստահում ես՝</b> ծնողիդ, դասղեկիդ, "
                            "դպրոցի հոգեբանին կամ մարզչիդ։ Դպրոցը պարտավոր է միջամտել, երբ իմանում "
                            "է։</li><li><b>Պահիր ապացույցները՝</b> սքրինշոթներ, ամսաթվեր, ով ինչ "
                            "ասաց և ով տեսավ։</li><li><b>Արգելափակիր հաշիվները</b> և բողոք "
                            "ներկայացրու հարթակին։ Դա պարտություն չէ, դա քեզ պաշտպանելու ձև "
                            "է։</li><li><b>Գտիր քո մարդկանց՝</b> խմբակ, թիմ կամ ընկերներ, որոնց "
                            "հետ կարող ես լինել ինքդ։</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Եթե դա ուրիշի հետ է կատարվում",
                            "items": [
                                {
                                    "question": (
                                        "Ի՞նչ անեմ, եթե տեսնում եմ, որ ինչ-որ մեկին ծաղրում են։"
                                    ),
                                    "answer": (
                                        "<p>Մի՛ ծիծաղիր մյուսների հետ և ոչինչ մի՛ տարածիր։ Եթե "
                                        "կարող ես, կարճ ասա՝ «Բավական է»։ Հետո մոտեցիր նրան և "
                                        "հարցրու, թե ինչպես է։ Պատմիր նաև մեծահասակին։ Սա "
                                        "մատնություն չէ, սա մարդու կողքին կանգնել է։</p>"
                                    ),
                                },
                                {
                                    "question": "Իսկ եթե ե՞ս էի ծաղրողը։",
                                    "answer": (
                                        "<p>Լավ է, որ մտածում ես այդ մասին։ Դադարիր, ներողություն "
                                        "խնդրիր առանց արդարանալու և մտածիր, թե ինչու էիր դա անում։ "
                                        "Հաճախ դրա հետևում ուրիշ բան է թաքնված, օրինակ՝ այն, որ "
                                        "քեզ էլ են ստորացրել։ Դրա մասին էլ կարելի է խոսել։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Պարտավոր չես մենակ համբերել",
                            "text": (
                                "Պատմիր մեծահասակին, ում վստահում ես, կամ զանգիր մեր աջակցության "
                                "էջում նշված թեժ գծերից մեկին։ Եթե ինչ-որ մեկը սպառնում է քեզ վնաս "
                                "հասցնել, զանգիր 112։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When they mock you every day",
                "summary": (
                    "Nicknames, laughter when you walk into class, a group chat with everyone in "
                    "it except you. Bullying is not your fault, and you don't have to put up with "
                    "it. What you can do, and what to do if it's happening to someone else."
                ),
                "content_warning_note": (
                    "Talks about bullying: mockery, being shut out and threats."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It all started with a joke about your clothes, the way you talk or "
                            "your accent. Then came a nickname the whole class uses now. At break "
                            "nobody sits next to you, someone films you secretly, and photos of "
                            "you go round the class group chat while everyone laughs. In the "
                            "morning, before you've even reached school, your stomach hurts.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>This is called bullying: when one person or a group humiliates "
                            "someone, threatens him or shuts him out, again and again. It can "
                            "happen at school, in the yard, at training and online. It's not your "
                            "fault. Whoever humiliates someone else is trying to feel bigger that "
                            "way.</p>"
                        ),
                    ),
                    ("heading", {"text": "Why boys stay silent", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Nobody wants to be a “snitch”. You're afraid it will get worse if "
                            "adults step in, or you feel ashamed, as if you were to blame. People "
                            "often say that “a man has to stand up for himself”, too. But bullying "
                            "rarely stops by itself. The longer it goes on, the more it affects "
                            "your sleep, your lessons and the way you see yourself.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I kept screenshots of every message. When I showed them to my "
                                "class teacher, she couldn't say they were just jokes any more."
                            ),
                            "attribution": "Arman, 14, Abovyan",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell an adult you trust:</b> a parent, your class teacher, "
                            "the school psychologist or your coach. The school has a duty to step "
                            "in once it knows.</li><li><b>Keep the evidence:</b> screenshots, "
                            "dates, who said what and who saw it.</li><li><b>Block the "
                            "accounts</b> and report them to the platform. That's not defeat, it's "
                            "a way of protecting yourself.</li><li><b>Find your people:</b> a "
                            "club, a team or friends you can be yourself with.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If it's happening to someone else",
                            "items": [
                                {
                                    "question": "What do I do if I see someone being mocked?",
                                    "answer": (
                                        "<p>Don't laugh along with the others and don't share "
                                        "anything. If you can, say it briefly: “That's enough.” "
                                        "Then go up to him and ask how he is. Tell an adult too. "
                                        "That isn't snitching, it's standing by a person.</p>"
                                    ),
                                },
                                {
                                    "question": "And what if I was the one mocking?",
                                    "answer": (
                                        "<p>It's good that you're thinking about it. Stop, "
                                        "apologise without making excuses, and think about why you "
                                        "did it. There's often something else hiding behind it, "
                                        "for example that you were humiliated too. That can be "
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
                                "Tell an adult you trust, or call one of the helplines on our "
                                "support page. If someone threatens to hurt you, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "hargank-bolori-handep",
        "topics": ["relationships", "sex-and-the-body"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "hy": {
                "title": "Զգացմունքներ, որոնցում վստահ չես, և հարգանք բոլորի հանդեպ",
                "summary": (
                    "Գուցե աղջիկներն են քեզ դուր գալիս, գուցե տղաները, գուցե դեռ չգիտես։ Վստահ "
                    "չլինելը նորմալ է։ Զգացմունքների, վիրավորանքի վերածված բառերի և այն մասին, թե "
                    "ինչու է յուրաքանչյուր մարդ արժանի հարգանքի։"
                ),
                "hero_alt": (
                    "Իրար վրա եկող աբստրակտ շրջաններ մարջանագույն, անանուխի և բաց մանուշակագույն "
                    "երանգներով՝ կրեմագույն ֆոնի վրա"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Ընկերներդ ամբողջ օրը աղջիկների մասին են խոսում, և դու գլխով ես "
                            "անում։ Բայց երբեմն նկատում ես, որ մտածում ես թիմի մի տղայի մասին։ Կամ "
                            "առայժմ ոչ ոք քեզ դուր չի գալիս, և մտածում ես՝ արդյոք քեզ հետ ամեն ինչ "
                            "կարգի՞ն է։ Կամ սիրահարված էիր մի աղջկա, իսկ հիմա շփոթված ես այն "
                            "բանից, ինչ զգում ես ընկերոջդ հանդեպ։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Զգացմունքների «ճիշտ» կարգ չկա։ Ոմանք վաղ են հասկանում, թե ով է "
                            "իրենց գրավում, ոմանք՝ ավելի ուշ, իսկ ոմանց մոտ դա ժամանակի հետ "
                            "փոխվում է։ Վստահ չլինելը խնդիր չէ, որը պետք է շտապ լուծել։ Դու ունես "
                            "այնքան ժամանակ, որքան պետք է։</p>"
                        ),
                    ),
                    ("heading", {"text": "Բառեր, որոնք վիրավորանք են դարձել", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Բակում կամ հանդերձարանում որոշ բառեր օգտագործում են, որպեսզի "
                            "ինչ-որ մեկին ցույց տան, որ նա «բավականաչափ տղամարդ չէ»։ Դա ավելի շատ "
                            "խոսում է այն նեղ կանոնների մասին, որոնք սահմանափակում են տղաներին, "
                            "քան այն մարդու, ում ուղղված է։ Պարտավոր չես ծիծաղել մյուսների հետ։ "
                            "Մարդու արժանապատվությունը կախված չէ նրանից, թե ում է նա սիրում։</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Առաջինը զարմիկիս պատմեցի։ Նա պարզապես ասաց՝ «Դու նույն մարդն ես»։ "
                                "Հենց դա էր ինձ պետք լսել։"
                            ),
                            "attribution": "Հայկ, 18",
                        },
                    ),
                    ("heading", {"text": "Քո անվտանգությունն առաջին տեղում է", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Միայն դու ես որոշում՝ պատմե՞լ, երբ և ում։ Նախ մտածիր, թե ում "
                            "կողքին ես ապահով, և սկսիր մեկից, ում լիովին վստահում ես։ Զգույշ եղիր "
                            "լուսանկարների և նամակագրության հետ, որոնք ուրիշները կարող են տեսնել։ "
                            "Եթե ինչ-որ մեկը սպառնում է բոլորին պատմել, դա քո մեղքը չէ։</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Հարցեր, որ տղաները տալիս են",
                            "items": [
                                {
                                    "question": "Նորմա՞լ է, որ մտածում եմ տղայի մասին։",
                                    "answer": (
                                        "<p>Մտքերն ու երևակայությունները շատերի մոտ են լինում և "
                                        "միշտ չէ, որ վերջնականապես ասում են, թե ով ես դու։ Կարևորն "
                                        "այն է, ինչ զգում ես ժամանակի ընթացքում, և դա այսօր "
                                        "պարզելու կարիք չկա։</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ի՞նչ անեմ, եթե ընկերս ասի, որ իրեն տղաներ են դուր գալիս։"
                                    ),
                                    "answer": (
                                        "<p>Շնորհակալություն հայտնիր վստահության համար և լսիր։ Ոչ "
                                        "մեկին մի՛ պատմիր առանց նրա համաձայնության, դա կարող է "
                                        "նրան վտանգի ենթարկել։ Պարզապես ցույց տուր, որ ձեր միջև "
                                        "ոչինչ չի փոխվել։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Ուզո՞ւմ ես խոսել այդ մասին",
                            "text": (
                                "Խոսիր մեկի հետ, ում վստահում ես, կամ զանգիր մեր աջակցության էջում "
                                "նշված թեժ գծերից մեկին։ Ոչ մի հարց տարօրինակ չէ։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Feelings you're not sure about, and respect for everyone",
                "summary": (
                    "Maybe you like girls, maybe boys, maybe you don't know yet. Not being sure is "
                    "normal. About feelings, about words that have become insults, and about why "
                    "every person deserves respect."
                ),
                "hero_alt": (
                    "Abstract overlapping circles in coral, mint and pale violet on a cream "
                    "background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Your friends talk about girls all day and you nod along. But "
                            "sometimes you notice you're thinking about a boy on the team. Or "
                            "nobody attracts you yet, and you wonder whether everything is okay "
                            "with you. Or you were in love with a girl, and now you're confused by "
                            "what you feel for a friend.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>There's no “right” order for feelings. Some people understand "
                            "early who they're attracted to, some later, and for some it changes "
                            "over time. Not being sure isn't a problem you have to solve in a "
                            "hurry. You have as much time as you need.</p>"
                        ),
                    ),
                    ("heading", {"text": "Words that have become insults", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In the yard or the changing room some words are used to show "
                            "someone that he's “not man enough”. That says more about the narrow "
                            "rules that limit boys than about the person they're aimed at. You "
                            "don't have to laugh along with the others. A person's dignity doesn't "
                            "depend on who they love.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first person I told was my cousin. He just said: “You're the "
                                "same person.” That was exactly what I needed to hear."
                            ),
                            "attribution": "Hayk, 18",
                        },
                    ),
                    ("heading", {"text": "Your safety comes first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Only you decide whether to tell, when and whom. First think about "
                            "who you're safe with, and start with someone you trust completely. Be "
                            "careful with photos and messages that others might see. If someone "
                            "threatens to tell everyone, it's not your fault.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions boys ask",
                            "items": [
                                {
                                    "question": "Is it normal that I think about a boy?",
                                    "answer": (
                                        "<p>Lots of people have thoughts and fantasies, and they "
                                        "don't always say anything final about who you are. What "
                                        "matters is what you feel over time, and you don't need to "
                                        "work that out today.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend tells me he likes boys?",
                                    "answer": (
                                        "<p>Thank him for trusting you, and listen. Don't tell "
                                        "anyone without his agreement: it could put him in danger. "
                                        "Just show him that nothing has changed between you.</p>"
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
                                "Talk to someone you trust, or call one of the helplines on our "
                                "support page. No question is strange."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "khmichq-ev-tmranyuter",
        "topics": ["masculinity", "mental-health"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "hy": {
                "title": "Խմիչք, «թեթև» թմրանյութեր և «դե լավ, մի բաժակ»",
                "summary": (
                    "Սեղանի շուրջ կենացները չեն վերջանում, իսկ խնջույքին ինչ-որ մեկը «թեթև» բան է "
                    "առաջարկում։ Ճնշման, ռիսկերի, «ոչ» ասելու և այն մասին, թե ինչ անել, եթե ընկերդ "
                    "վատ է զգում։"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Ծննդյան տարեդարձ է, սեղանը լիքն է, իսկ կենացները՝ անվերջ։ Քեռիդ "
                            "լցնում է բաժակդ և բարձրաձայն ասում՝ «Դե, տղամարդ ես, խմի՛»։ Բոլորը "
                            "քեզ են նայում։ Իսկ շաբաթ երեկոյան ընկերոջ տանը ինչ-որ մեկը գրպանից "
                            "ինչ-որ բան է հանում և ասում՝ «Մի անգամից ոչինչ չի լինի»։</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ասում են, թե իսկական տղամարդը շատ է խմում, երբեք չի մերժում և «լավ "
                            "է տանում»։ Դա տղամարդու արկղի չգրված կանոններից մեկն է, և դու կարող "
                            "ես չհետևել դրան։ Ընտանեկան սեղանը հարգելը և սեփական սահմաններ "
                            "ունենալը իրար չեն հակասում։</p>"
                        ),
                    ),
                    ("heading", {"text": "Ինչ պետք է իմանաս", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Երբեք չգիտես, թե ինչ կա ներսում։</b> Հաբը կամ փոշին կարող "
                            "է բոլորովին այլ բան լինել, քան ասում են, և մեկ անգամն էլ բավական է, "
                            "որ վատանաս։</li><li><b>Ալկոհոլի հետ ավելի վտանգավոր է։</b> Տարբեր "
                            "նյութեր խառնելը հատկապես ռիսկային է։</li><li><b>Օրենքը խիստ է։</b> "
                            "Հայաստանում թմրամիջոցներ ձեռք բերելը, պահելը և ուրիշին տալը պատժվում "
                            "է։ Դատվածությունը կարող է տարիներ շարունակ խանգարել ուսմանդ, "
                            "աշխատանքիդ և ճանապարհորդություններիդ։</li><li><b>Զգացմունքներից չես "
                            "փախչի։</b> Եթե խմում ես կամ ինչ-որ բան ընդունում, որ մոռանաս "
                            "լարվածությունն ու տխրությունը, դրանք միևնույն է վերադառնում "
                            "են։</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Պապս սեղանի շուրջ ասաց՝ «Թող տղան ինքը որոշի, թե որքան խմի»։ "
                                "Դրանից հետո ոչ ոք ինձ չի ստիպել։"
                            ),
                            "attribution": "Սամվել, 17, Գյումրի",
                        },
                    ),
                    ("heading", {"text": "Ինչպես ասել «ոչ»", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Երկար բացատրություն պետք չէ։ Բավական է կարճ ու հանգիստ պատասխանը՝ "
                            "«Ոչ, շնորհակալություն», «Վաղը շուտ եմ արթնանում», «Ինձ բավական է»։ "
                            "Կենացի ժամանակ կարող ես բաժակը բարձրացնել և մի կում անել։ Եթե ճնշումը "
                            "չի դադարում, կարող ես պարզապես հեռանալ։</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Եթե ընկերդ վատ է զգում",
                            "items": [
                                {
                                    "question": (
                                        "Ի՞նչ անեմ, եթե ինչ-որ մեկը չի արձագանքում կամ "
                                        "դժվարությամբ է շնչում։"
                                    ),
                                    "answer": (
                                        "<p>Անմիջապես զանգիր 112։ Պառկեցրու նրան կողքի վրա, որ "
                                        "կարողանա շնչել, և մնա նրա կողքին, մինչև օգնությունը գա։ "
                                        "Մի՛ վախեցիր, որ խնդիրներ կունենաք․ նրա կյանքն ավելի "
                                        "կարևոր է։</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ընկերս հաճախ է խմում կամ ինչ-որ բան ընդունում։ Ի՞նչ անեմ։"
                                    ),
                                    "answer": (
                                        "<p>Հանգիստ պահին առանձին խոսիր նրա հետ, առանց "
                                        "մեղադրանքների՝ «Անհանգստանում եմ քեզ համար, ինչպե՞ս ես "
                                        "իրականում»։ Հաճախ դրա հետևում ուրիշ խնդիր է թաքնված։ "
                                        "Կարող եք միասին դիմել հոգեբանի։</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Կարող ես խոսել որևէ մեկի հետ",
                            "text": (
                                "Եթե քո կամ ընկերոջդ խմելը կամ թմրանյութերը քեզ անհանգստացնում են, "
                                "խոսիր մեծահասակի հետ, ում վստահում ես, կամ զանգիր մեր աջակցության "
                                "էջում նշված թեժ գծերից մեկին։ Վտանգի դեպքում զանգիր 112։"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Drinks, “soft” drugs and “come on, just one glass”",
                "summary": (
                    "At the table the toasts never end, and at a party someone offers you "
                    "something “light”. About pressure, the risks, saying no, and what to do if a "
                    "friend is in a bad way."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It's a birthday, the table is full and the toasts are endless. "
                            "Your uncle fills your glass and says loudly: “Come on, you're a man, "
                            "drink!” Everyone looks at you. Then on Saturday evening at a friend's "
                            "place, someone takes something out of his pocket and says: “Once "
                            "won't do anything.”</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>People say a real man drinks a lot, never refuses and “holds his "
                            "drink well”. That's one of the unwritten rules of the Man Box, and "
                            "you don't have to follow it. Respecting the family table and having "
                            "your own limits don't contradict each other.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you should know", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>You never know what's inside.</b> A pill or a powder can "
                            "be something completely different from what you're told, and once is "
                            "enough to make you ill.</li><li><b>It's more dangerous with "
                            "alcohol.</b> Mixing different substances is especially "
                            "risky.</li><li><b>The law is strict.</b> In Armenia getting, keeping "
                            "or passing on drugs is punished. A criminal record can get in the way "
                            "of your studies, your work and your travel for years.</li><li><b>You "
                            "can't run from your feelings.</b> If you drink or take something to "
                            "forget stress and sadness, they come back anyway.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "My grandfather said at the table: “Let the boy decide for himself "
                                "how much he drinks.” Since then nobody has pushed me."
                            ),
                            "attribution": "Samvel, 17, Gyumri",
                        },
                    ),
                    ("heading", {"text": "How to say no", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You don't need a long explanation. A short, calm answer is enough: "
                            "“No, thank you”, “I'm up early tomorrow”, “That's enough for me.” "
                            "During a toast you can raise your glass and take a sip. If the "
                            "pressure doesn't stop, you can simply leave.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If a friend is in a bad way",
                            "items": [
                                {
                                    "question": (
                                        "What do I do if someone isn't responding or is struggling "
                                        "to breathe?"
                                    ),
                                    "answer": (
                                        "<p>Call 112 immediately. Lay him on his side so he can "
                                        "breathe, and stay with him until help comes. Don't be "
                                        "afraid of getting into trouble: his life matters more.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "My friend often drinks or takes something. What do I do?"
                                    ),
                                    "answer": (
                                        "<p>At a calm moment, talk to him alone, without "
                                        "accusations: “I'm worried about you. How are you really?” "
                                        "There's often another problem hiding behind it. You could "
                                        "go to a psychologist together.</p>"
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
                                "If your drinking or drug use, or a friend's, is worrying you, "
                                "talk to an adult you trust or call one of the helplines on our "
                                "support page. In an emergency, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
]
