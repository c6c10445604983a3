"""Demo articles for MÄN (Sweden), written in Swedish with English translations."""

ARTICLES = [
    {
        "slug": "nar-ilskan-tar-over",
        "topics": ["feelings", "violence-and-consent"],
        "age_group": "all",
        "sensitive_subjects": ["violence"],
        "image": True,
        "translations": {
            "sv": {
                "title": "När ilskan tar över",
                "summary": (
                    "Du blev arg och gjorde eller sa något du ångrar. Om vad ilska är, vad som "
                    "händer i kroppen och vad du kan göra nästa gång, innan det går för långt."
                ),
                "hero_alt": (
                    "Abstrakta cirklar och rundade former i mörkt turkos, mintgrönt och "
                    "bärnsten mot en sandfärgad bakgrund"
                ),
                "content_warning_note": "Texten handlar om slagsmål och att skada någon i ilska.",
                "body": [
                    (
                        "paragraph",
                        "<p>Det började med en grej i korridoren. Någon sa något om din mamma, "
                        "alla skrattade, och innan du hann tänka hade du knuffat in honom i "
                        "skåpen. Efteråt skakade händerna. Du vet inte riktigt vad som hände.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ilska är inte fel i sig. Den är en signal om att något känns "
                        "orättvist, kränkande eller hotfullt. Problemet är inte känslan, utan vad "
                        "du gör med den.</p>",
                    ),
                    ("heading", {"text": "Vad som händer i kroppen", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>När du blir arg gör sig kroppen redo att slåss. Pulsen går upp, "
                        "musklerna spänns och den del av hjärnan som tänker efter får mindre "
                        "plats. Därför känns det som att ilskan ”tar över”. Det är på riktigt, "
                        "men det betyder inte att du saknar val.</p>"
                        "<p>Många killar har lärt sig att ilska är den enda känsla som är okej "
                        "att visa. Ledsen, rädd eller förnedrad blir lätt arg, för arg känns "
                        "starkare. Fråga dig själv: vad fanns under ilskan den här gången?</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Jag trodde att jag var en arg person. Sen fattade jag att jag "
                                "mest var trött på att aldrig bli lyssnad på."
                            ),
                            "attribution": "Adam, 16",
                        },
                    ),
                    ("heading", {"text": "Två saker att testa", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Gå därifrån en stund.</b> Säg ”jag behöver en minut” och gå. "
                        "Det är inte att fega ur, det är att ta ansvar.</li>"
                        "<li><b>Andas ut längre än du andas in.</b> Fyra sekunder in, sex ut, "
                        "några gånger. Det lugnar kroppen snabbare än man tror.</li></ul>"
                        "<p>Har du skadat någon, eller varit nära? Då kan du be om ursäkt utan "
                        "att förklara bort det. Att säga ”jag gjorde fel” är svårt, och det är "
                        "just därför det räknas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Och om det är du som blir hotad eller slagen, av en kompis, ett "
                        "syskon eller en vuxen, så är det aldrig ditt fel.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Du kan prata med någon",
                            "text": (
                                "Om ilskan ofta tar över, eller om någon har skadat dig, behöver "
                                "du inte lösa det ensam. Skriv i vår anonyma chatt, eller prata "
                                "med kuratorn eller en vuxen du litar på. Är någon i fara just "
                                "nu, ring 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When anger takes over",
                "summary": (
                    "You got angry and did or said something you regret. What anger is, what "
                    "happens in your body, and what you can do next time before it goes too far."
                ),
                "hero_alt": (
                    "Abstract circles and rounded shapes in deep teal, mint and amber on a sand "
                    "background"
                ),
                "content_warning_note": "This text is about fights and hurting someone in anger.",
                "body": [
                    (
                        "paragraph",
                        "<p>It started with something in the corridor. Someone said something "
                        "about your mum, everyone laughed, and before you had time to think you'd "
                        "shoved him into the lockers. Afterwards your hands were shaking. You're "
                        "not really sure what happened.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Anger isn't wrong in itself. It's a signal that something feels "
                        "unfair, humiliating or threatening. The problem isn't the feeling. It's "
                        "what you do with it.</p>",
                    ),
                    ("heading", {"text": "What happens in your body", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>When you get angry, your body gets ready to fight. Your pulse goes "
                        "up, your muscles tense, and the part of your brain that thinks things "
                        "through gets less room. That's why it feels like anger “takes over”. "
                        "It's real, but it doesn't mean you have no choice.</p>"
                        "<p>A lot of guys have learned that anger is the only feeling that's okay "
                        "to show. Sad, scared or humiliated easily turns into angry, because "
                        "angry feels stronger. Ask yourself: what was underneath the anger this "
                        "time?</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I thought I was an angry person. Then I realised I was mostly "
                                "tired of never being listened to."
                            ),
                            "attribution": "Adam, 16",
                        },
                    ),
                    ("heading", {"text": "Two things to try", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Walk away for a moment.</b> Say “I need a minute” and go. "
                        "That isn't chickening out, it's taking responsibility.</li>"
                        "<li><b>Breathe out for longer than you breathe in.</b> Four seconds in, "
                        "six out, a few times. It calms your body faster than you'd think.</li>"
                        "</ul>"
                        "<p>Did you hurt someone, or come close? Then you can apologise without "
                        "explaining it away. Saying “I was wrong” is hard, and that's exactly why "
                        "it counts.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>And if you're the one being threatened or hit, by a friend, a brother "
                        "or sister, or an adult, it is never your fault.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "If anger often takes over, or if someone has hurt you, you don't "
                                "have to sort it out on your own. Write to us in the anonymous "
                                "chat, or talk to the school counsellor or an adult you trust. If "
                                "someone is in danger right now, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "ut-ur-mansladan",
        "topics": ["masculinity", "feelings"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "sv": {
                "title": "Manslådan: reglerna som ingen har skrivit ner",
                "summary": (
                    "Var tuff, gråt inte, visa aldrig att du är osäker. Manslådan är en bild av "
                    "reglerna som många killar lever efter utan att ha valt dem. Vad kostar de, "
                    "och går det att kliva ut?"
                ),
                "hero_alt": (
                    "Abstrakta former i skifferblått, senapsgult och mjukt orange mot en "
                    "turkos bakgrund"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Tänk dig en låda. Inuti finns allt som en ”riktig kille” ska vara: "
                        "tuff, cool, bra på sport, aldrig rädd, alltid sugen på sex, aldrig "
                        "ledsen. Allt annat hamnar utanför. Och den som kliver utanför får ofta "
                        "höra det: bög, mes, tjej.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ingen har skrivit ner reglerna, men de flesta kan dem redan i "
                        "mellanstadiet. Man lär sig dem av kompisar, från filmer och klipp, i "
                        "omklädningsrummet och ibland hemma.</p>",
                    ),
                    ("heading", {"text": "Vad lådan kostar", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Lådan kan kännas trygg. Följer du reglerna blir du inte retad. Men "
                        "den tar också saker ifrån dig. Det blir svårt att säga att du är ledsen, "
                        "att be om hjälp eller att vara nära en kompis på riktigt. Många killar "
                        "bär på väldigt mycket helt ensamma.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Alla i laget skämtade om allt. Jag var den enda som visste att "
                                "pappa hade flyttat. Jag sa ingenting på ett halvår."
                            ),
                            "attribution": "Oscar, 15",
                        },
                    ),
                    (
                        "questions",
                        {
                            "heading": "Frågor som killar ofta ställer",
                            "items": [
                                {
                                    "question": "Är det fel att gilla att vara tuff?",
                                    "answer": (
                                        "<p>Nej. Det är inget fel på styrka, tävling eller att "
                                        "älska sport. Det blir ett problem först när det är det "
                                        "enda du får vara.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Hur kliver man ut ur lådan utan att bli utfrusen?"
                                    ),
                                    "answer": (
                                        "<p>Börja i det lilla. Säg ärligt hur du mår till en "
                                        "person du litar på. Låt bli att skratta med när någon "
                                        "blir hånad. Ofta är fler än du tror trötta på samma "
                                        "regler.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Det lilla rummet", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ett sätt att öva är det som kallas det lilla rummet: ett samtal där "
                        "var och en pratar utifrån sig själv, de andra lyssnar och ingen dömer. "
                        "Där märker många killar att de inte är ensamma om att tycka att lådan "
                        "är för trång.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Du kan prata med någon",
                            "text": (
                                "Känner du igen dig? Skriv till oss i den anonyma chatten här på "
                                "sidan. Du behöver inte ha ett stort problem för att få prata."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "The Man Box: the rules nobody wrote down",
                "summary": (
                    "Be tough, don't cry, never show you're unsure. The Man Box is a picture of "
                    "the rules many guys live by without ever choosing them. What do they cost, "
                    "and can you step outside?"
                ),
                "hero_alt": (
                    "Abstract shapes in slate blue, mustard and soft orange on a teal background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Picture a box. Inside it is everything a “real guy” is supposed to "
                        "be: tough, cool, good at sport, never scared, always up for sex, never "
                        "sad. Everything else ends up outside. And anyone who steps outside "
                        "usually hears about it: gay, wimp, girl.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nobody wrote the rules down, but most of us know them by the age of "
                        "ten or eleven. You pick them up from friends, from films and clips, in "
                        "the changing room, and sometimes at home.</p>",
                    ),
                    ("heading", {"text": "What the box costs", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The box can feel safe. Follow the rules and nobody teases you. But it "
                        "also takes things away from you. It gets hard to say you're sad, to ask "
                        "for help, or to be properly close to a friend. A lot of guys carry a "
                        "great deal completely on their own.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Everyone on the team joked about everything. I was the only one "
                                "who knew my dad had moved out. I didn't say a word for six "
                                "months."
                            ),
                            "attribution": "Oscar, 15",
                        },
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions guys often ask",
                            "items": [
                                {
                                    "question": "Is it wrong to like being tough?",
                                    "answer": (
                                        "<p>No. There's nothing wrong with strength, competing or "
                                        "loving sport. It only becomes a problem when it's the "
                                        "only thing you're allowed to be.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "How do you step out of the box without getting frozen out?"
                                    ),
                                    "answer": (
                                        "<p>Start small. Tell one person you trust how you're "
                                        "really doing. Don't laugh along when someone is being "
                                        "mocked. Often more people than you think are tired of "
                                        "the same rules.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "The small room", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>One way to practise is what's called the small room: a conversation "
                        "where everyone speaks from their own experience, the others listen, and "
                        "nobody judges. That's where many guys notice they're not the only ones "
                        "who find the box too tight.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You can talk to someone",
                            "text": (
                                "Recognise yourself in this? Write to us in the anonymous chat "
                                "on this site. You don't need a big problem to get to talk."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "jargongen-i-spelet",
        "topics": ["online-life", "masculinity"],
        "age_group": "13-15",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "sv": {
                "title": "När jargongen i spelet går för långt",
                "summary": (
                    "Ni spelar varje kväll och snacket i voice-chatten blir grövre och grövre. "
                    "Det är bara skämt, säger alla. Men vad gör du när det inte känns som skämt "
                    "längre?"
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Det är fredag, ni är fem i partyt och det går dåligt. Någon kallar en "
                        "annan för ”hora” för att han missade. En kille från en annan server "
                        "skriver något rasistiskt om en i motståndarlaget. Alla skrattar. Du "
                        "också, fast det skaver.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Jargong är inte farligt i sig. Att tjafsa och trashtalka är en del "
                        "av spelet för många. Men det finns en gräns, och ofta känner du den i "
                        "magen innan du kan säga var den går.</p>",
                    ),
                    ("heading", {"text": "Skämt eller inte?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ett enkelt test: skulle du säga samma sak om personen satt bredvid "
                        "dig? Skrattar den det handlar om, eller bara alla andra? Och handlar det "
                        "om vem någon är, till exempel hudfärg, sexualitet eller kön, i stället "
                        "för hur någon spelar?</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Många håller tyst för att inte bli nästa måltavla. Det är begripligt. "
                        "Men tystnad tolkas ofta som att alla håller med, och det gör det lättare "
                        "för den som trycker ner andra.</p>",
                    ),
                    ("heading", {"text": "Det här kan du göra", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Du behöver inte hålla något tal. Ofta räcker något litet:</p>"
                        "<ul><li>Skriv ”nä, lägg av” eller byt ämne.</li>"
                        "<li>Skicka ett privat meddelande till den som blev påhoppad och fråga "
                        "hur det är.</li>"
                        "<li>Rapportera och blockera. Det är inte att gola, det är det "
                        "knappen finns till för.</li>"
                        "<li>Spela med andra ett tag om gänget alltid blir så här.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Om någon sprider bilder på dig, hotar dig eller pressar dig att "
                        "skicka något, är det inte jargong längre. Då kan det vara ett brott, och "
                        "du har rätt att få hjälp.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Prata med någon",
                            "text": (
                                "Har något som hänt online gjort dig ledsen, rädd eller arg? "
                                "Skriv i vår anonyma chatt, eller visa en vuxen du litar på vad "
                                "som har hänt. Ta gärna skärmdumpar först."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When the banter in the game goes too far",
                "summary": (
                    "You play every night and the talk in voice chat keeps getting rougher. It's "
                    "just jokes, everyone says. But what do you do when it doesn't feel like a "
                    "joke any more?"
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>It's Friday, there are five of you in the party and it's going "
                        "badly. Someone calls another guy a “whore” because he missed. A guy from "
                        "another server types something racist about a player on the other team. "
                        "Everyone laughs. You do too, even though it doesn't sit right.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Banter isn't dangerous in itself. Trash talk is part of the game for "
                        "a lot of people. But there's a line, and you often feel it in your "
                        "stomach before you could say where it is.</p>",
                    ),
                    ("heading", {"text": "Joke or not?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A simple test: would you say the same thing if the person was "
                        "sitting next to you? Is the person it's about laughing, or just everyone "
                        "else? And is it about who someone is, like their skin colour, sexuality "
                        "or gender, rather than how they play?</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Lots of people keep quiet so they don't become the next target. That "
                        "makes sense. But silence is often read as everyone agreeing, and that "
                        "makes it easier for whoever is putting others down.</p>",
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You don't have to give a speech. Something small is often enough:</p>"
                        "<ul><li>Type “nah, give it a rest” or change the subject.</li>"
                        "<li>Message the person who got targeted privately and ask how they're "
                        "doing.</li>"
                        "<li>Report and block. That isn't snitching, it's what the button is "
                        "for.</li>"
                        "<li>Play with other people for a while if this group always ends up "
                        "like this.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>If someone spreads pictures of you, threatens you or pressures you to "
                        "send something, it isn't banter any more. It may be a crime, and you "
                        "have the right to get help.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "Has something online made you sad, scared or angry? Write to us "
                                "in the anonymous chat, or show an adult you trust what happened. "
                                "Take screenshots first if you can."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "forsta-gangen",
        "topics": ["sex-and-the-body", "relationships", "violence-and-consent"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "sv": {
                "title": "Första gången: förväntningar, nerver och samtycke",
                "summary": (
                    "Alla verkar veta exakt hur det ska gå till, utom du. Om pressen kring "
                    "första gången, om en kropp som inte alltid gör som man vill och om varför "
                    "ett ja ska vara ett ärligt ja."
                ),
                "hero_alt": (
                    "Abstrakta former i marinblått, stålblått och benvitt mot en ljust "
                    "akvablå bakgrund"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Kompisarna pratar som om de har gjort allt. Porren visar något som "
                        "ser enkelt ut. Och du ligger bredvid någon du gillar och är mest "
                        "nervös. Det är helt normalt.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Det finns ingen ålder då man ”borde” ha haft sex. Många i din ålder "
                        "har inte haft det, vad som än sägs i omklädningsrummet. Första gången "
                        "blir sällan som på film, och det är okej.</p>",
                    ),
                    ("heading", {"text": "Samtycke är enklare än det låter", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sex ska vara något ni båda vill, hela tiden. Det betyder att ni "
                        "frågar och lyssnar: ”Känns det här bra?”, ”Vill du fortsätta?”. Tystnad, "
                        "tvekan eller att någon är väldigt full är inte ett ja. Och den som har "
                        "sagt ja får ändra sig när som helst. Den svenska lagen säger samma sak: "
                        "sex ska vara frivilligt.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Sånt som många undrar",
                            "items": [
                                {
                                    "question": (
                                        "Tänk om jag inte får stånd, eller kommer för snabbt?"
                                    ),
                                    "answer": (
                                        "<p>Det händer nästan alla någon gång, särskilt när man "
                                        "är nervös. Det säger ingenting om dig. Andas, skratta åt "
                                        "det om det går, och kom ihåg att sex är mycket mer än "
                                        "penetration.</p>"
                                    ),
                                },
                                {
                                    "question": "Är det inte pinsamt att fråga?",
                                    "answer": (
                                        "<p>Nej. Att fråga visar att du bryr dig. De flesta "
                                        "tycker att det är skönt, och det gör sexet bättre för "
                                        "er båda.</p>"
                                    ),
                                },
                                {
                                    "question": "Vad gäller med skydd?",
                                    "answer": (
                                        "<p>Kondom skyddar mot både graviditet och "
                                        "könssjukdomar. På en ungdomsmottagning kan du få "
                                        "kondomer och råd, ofta gratis.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Ta det i din egen takt. Om du inte vill, eller inte känner dig redo, "
                        "är det lika mycket värt att lyssna på som när den du är med säger "
                        "det.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Prata med någon",
                            "text": (
                                "Har du frågor om sex, kroppen eller något som hänt som inte "
                                "kändes okej? Skriv i den anonyma chatten, eller kontakta en "
                                "ungdomsmottagning nära dig. Det finns inga dumma frågor."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "The first time: expectations, nerves and consent",
                "summary": (
                    "Everyone seems to know exactly how it's supposed to go, except you. About "
                    "the pressure around the first time, a body that doesn't always do what you "
                    "want, and why a yes has to be an honest yes."
                ),
                "hero_alt": (
                    "Abstract shapes in navy, steel blue and off-white on a pale aqua background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Your friends talk as if they've done everything. Porn shows "
                        "something that looks easy. And here you are, lying next to someone you "
                        "like, mostly feeling nervous. That's completely normal.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>There's no age by which you “should” have had sex. Plenty of people "
                        "your age haven't, whatever gets said in the changing room. The first "
                        "time is rarely like in films, and that's fine.</p>",
                    ),
                    ("heading", {"text": "Consent is simpler than it sounds", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sex should be something you both want, the whole time. That means "
                        "asking and listening: “Does this feel good?”, “Do you want to keep "
                        "going?”. Silence, hesitation or someone being very drunk is not a yes. "
                        "And someone who said yes can change their mind at any point. Swedish "
                        "law says the same thing: sex has to be voluntary.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Things a lot of people wonder",
                            "items": [
                                {
                                    "question": "What if I can't get hard, or I come too fast?",
                                    "answer": (
                                        "<p>It happens to almost everyone at some point, "
                                        "especially when you're nervous. It says nothing about "
                                        "you. Breathe, laugh about it if you can, and remember "
                                        "that sex is much more than penetration.</p>"
                                    ),
                                },
                                {
                                    "question": "Isn't it awkward to ask?",
                                    "answer": (
                                        "<p>No. Asking shows you care. Most people find it a "
                                        "relief, and it makes sex better for both of you.</p>"
                                    ),
                                },
                                {
                                    "question": "What about protection?",
                                    "answer": (
                                        "<p>Condoms protect against both pregnancy and STIs. At a "
                                        "youth clinic (ungdomsmottagning) you can get condoms "
                                        "and advice, often for free.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Go at your own pace. If you don't want to, or don't feel ready, "
                        "that's just as worth listening to as when the person you're with says "
                        "it.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "Got questions about sex, your body, or something that happened "
                                "that didn't feel okay? Write in the anonymous chat, or get in "
                                "touch with a youth clinic near you. There are no stupid "
                                "questions."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "pappa-sager-aldrig-hur-han-mar",
        "topics": ["family-and-fatherhood", "mental-health"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "sv": {
                "title": "Pappa säger aldrig hur han mår",
                "summary": (
                    "Hemma pratar ni om fotboll, skolan och vad det blir till middag. Aldrig om "
                    "hur någon mår. Om tystnaden mellan pappor och söner, och hur man kan bryta "
                    "den lite i taget."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Pappa frågar hur det gick på provet. Du säger ”bra”. Han nickar och "
                        "sätter på nyheterna. Så har det alltid varit. Men just nu mår du inte "
                        "bra, och du har ingen aning om hur du ska säga det till honom.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Många pappor växte upp med att män ska klara sig själva. De fick "
                        "aldrig lära sig att prata om känslor, och därför lär de inte ut det "
                        "heller. Det betyder inte att de inte bryr sig.</p>",
                    ),
                    ("heading", {"text": "Det börjar ofta sida vid sida", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Svåra samtal är ofta lättare när man gör något annat samtidigt: i "
                        "bilen, på en promenad, när ni lagar mat. Man behöver inte titta varandra "
                        "i ögonen. Testa att börja litet: ”Det har varit lite tungt i skolan.” Se "
                        "vad som händer.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Jag sa till pappa att jag inte sov på nätterna. Han var tyst "
                                "länge. Sen sa han att han hade haft det likadant i min ålder. Vi "
                                "hade aldrig pratat så förut."
                            ),
                            "attribution": "Mohammed, 18",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Ibland går det inte. Vissa föräldrar blir arga, skämtar bort det "
                        "eller har fullt upp med sina egna problem. Då är det inte ditt fel, och "
                        "du förtjänar ändå någon att prata med. Det kan vara en annan vuxen i "
                        "familjen, en tränare eller kuratorn.</p>",
                    ),
                    ("heading", {"text": "Du väljer själv vilken man du blir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Du kanske märker att du har börjat göra som pappa: håller inne, "
                        "säger ”bra” fast det inte är bra. Det är inte hugget i sten. Varje gång "
                        "du säger hur det faktiskt är, övar du på att bli den vuxna du själv "
                        "hade behövt.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Prata med någon",
                            "text": (
                                "Om du har mått dåligt länge, sover dåligt eller har tankar på "
                                "att inte vilja leva, prata med någon i dag. Skriv i vår anonyma "
                                "chatt eller vänd dig till en vuxen du litar på. Vid akut fara, "
                                "ring 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Dad never says how he's feeling",
                "summary": (
                    "At home you talk about football, school and what's for dinner. Never about "
                    "how anyone is doing. About the silence between fathers and sons, and how to "
                    "break it a little at a time."
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Your dad asks how the test went. You say “fine”. He nods and turns "
                        "on the news. It's always been like that. But right now you're not doing "
                        "well, and you have no idea how to tell him.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>A lot of dads grew up believing men should cope on their own. Nobody "
                        "taught them to talk about feelings, so they don't pass it on either. "
                        "That doesn't mean they don't care.</p>",
                    ),
                    ("heading", {"text": "It often starts side by side", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Hard conversations are often easier when you're doing something else "
                        "at the same time: in the car, on a walk, while you're cooking. You don't "
                        "have to look each other in the eye. Try starting small: “School's been a "
                        "bit heavy lately.” See what happens.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I told Dad I wasn't sleeping at night. He was quiet for a long "
                                "time. Then he said he'd been the same at my age. We'd never "
                                "talked like that before."
                            ),
                            "attribution": "Mohammed, 18",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Sometimes it doesn't work. Some parents get angry, laugh it off or "
                        "have their hands full with their own problems. That isn't your fault, "
                        "and you still deserve someone to talk to. It could be another adult in "
                        "the family, a coach or the school counsellor.</p>",
                    ),
                    ("heading", {"text": "You choose what kind of man you become", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Maybe you've noticed you've started doing what Dad does: holding "
                        "things in, saying “fine” when it isn't. That's not set in stone. Every "
                        "time you say how things really are, you're practising being the adult "
                        "you needed yourself.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If you've felt low for a long time, are sleeping badly, or have "
                                "thoughts about not wanting to live, talk to someone today. Write "
                                "in our anonymous chat or reach out to an adult you trust. In an "
                                "emergency, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "nar-allt-kanns-for-tungt",
        "topics": ["mental-health", "feelings"],
        "age_group": "all",
        "sensitive_subjects": ["self-harm", "suicide"],
        "image": True,
        "translations": {
            "sv": {
                "title": "När allt känns för tungt",
                "summary": (
                    "Ibland blir det så mörkt att du tänker på att skada dig eller på att inte "
                    "leva längre. Du är inte ensam om de tankarna, och de går att prata om. Om vad "
                    "som kan hjälpa, nu och på lite längre sikt."
                ),
                "hero_alt": (
                    "Abstrakta mjuka former i djupblått och ljusgrått, med en liten gul cirkel i "
                    "ena hörnet"
                ),
                "content_warning_note": (
                    "Texten handlar om självmordstankar och självskada, utan detaljer om metoder."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Det är sent och alla andra sover. Telefonen lyser, men du orkar "
                            "inte svara någon. I huvudet går samma tanke runt: att det vore "
                            "lättare för alla om du bara försvann. Kanske har du redan gjort dig "
                            "själv illa för att stå ut en stund.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Om du känner igen dig: bra att du läser det här. Tankar på att dö "
                            "eller på att skada sig är vanligare än de flesta tror, också bland "
                            "killar som utåt verkar klara allt. De betyder inte att du är knäpp "
                            "eller svag. De betyder att du bär på något som är för tungt att bära "
                            "ensam.</p>"
                        ),
                    ),
                    ("heading", {"text": "Det du känner nu är inte för alltid", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>När man mår som sämst ljuger hjärnan. Den säger att ingenting "
                            "kommer att bli bättre och att ingen skulle bry sig. Båda sakerna "
                            "känns sanna, men de är det inte. Känslor kommer i vågor, även de "
                            "allra mörkaste. Många som har varit där du är nu säger efteråt: jag "
                            "är glad att jag stannade kvar och att jag berättade.</p><p>Att skada "
                            "sig kan kännas som det enda som lättar trycket för stunden. Det är "
                            "inget att skämmas över, men det läker inte det som gör ont, och det "
                            "kan bli farligare med tiden. Du förtjänar bättre hjälp än så.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Jag trodde att jag skulle bli inlagd direkt om jag sa något. I "
                                "stället fick jag prata med en kurator varje vecka. Det var första "
                                "gången någon frågade hur jag egentligen mådde."
                            ),
                            "attribution": "Elias, 17",
                        },
                    ),
                    ("heading", {"text": "Om tankarna är starka just nu", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Säg det till någon i dag.</b> En kompis, en förälder, "
                            "kuratorn eller skolsköterskan. Du kan börja med: ”Jag mår inte bra "
                            "och jag behöver hjälp.”</li><li><b>Ring eller skriv.</b> Mind "
                            "Självmordslinjen (90101) svarar dygnet runt. Är du under 18 kan du "
                            "också kontakta BRIS (116 111).</li><li><b>Var inte ensam.</b> Gå till "
                            "ett rum där det finns andra människor, och håll dig borta från sådant "
                            "du kan skada dig med.</li><li><b>Ta dig igenom den närmaste "
                            "timmen.</b> Inte hela livet, bara nästa timme. Gå ut, drick vatten, "
                            "lyssna på något som brukar lugna dig.</li></ul><p>Är du i akut fara, "
                            "ring 112.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Frågor som många killar har",
                            "items": [
                                {
                                    "question": "Om jag berättar, kommer alla att få veta?",
                                    "answer": (
                                        "<p>Kuratorn och vården har tystnadsplikt. Men om ditt liv "
                                        "är i fara kan de behöva kontakta någon som kan skydda "
                                        "dig. Fråga gärna hur det fungerar innan du berättar. "
                                        "Målet är att du ska få hjälp, inte problem.</p>"
                                    ),
                                },
                                {
                                    "question": "Vad gör jag om en kompis verkar må så här?",
                                    "answer": (
                                        "<p>Fråga rakt ut: ”Tänker du på att ta ditt liv?” Du "
                                        "sätter inte idén i huvudet på någon genom att fråga. "
                                        "Lyssna, döm inte, och hjälp honom att prata med en vuxen. "
                                        "Du behöver inte hålla det hemligt om hans liv är i "
                                        "fara.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Du behöver inte vara ensam med det här",
                            "text": (
                                "Skriv i vår anonyma chatt, även om du inte vet vad du ska säga. "
                                "Mind Självmordslinjen 90101 svarar dygnet runt, och BRIS 116 111 "
                                "finns för dig som är under 18. Är du i fara just nu, ring 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When everything feels too heavy",
                "summary": (
                    "Sometimes it gets so dark that you think about hurting yourself or about not "
                    "living any more. You are not alone with those thoughts, and they can be "
                    "talked about. What can help, now and a little further on."
                ),
                "hero_alt": (
                    "Abstract soft shapes in deep blue and light grey, with a small yellow circle "
                    "in one corner"
                ),
                "content_warning_note": (
                    "This text is about thoughts of suicide and about self-harm, with no details "
                    "of methods."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It's late and everyone else is asleep. Your phone is lit up, but "
                            "you can't face answering anyone. The same thought keeps going round "
                            "in your head: it would be easier for everyone if you just "
                            "disappeared. Maybe you have already hurt yourself to get through a "
                            "moment.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If this sounds like you: it's good that you're reading this. "
                            "Thoughts about dying or about hurting yourself are more common than "
                            "most people think, also among guys who seem to cope with everything. "
                            "They don't mean you're crazy or weak. They mean you're carrying "
                            "something that is too heavy to carry alone.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you feel now is not forever", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>When you feel at your worst, your brain lies. It tells you that "
                            "nothing will get better and that nobody would care. Both feel true, "
                            "but they aren't. Feelings come in waves, even the darkest ones. Many "
                            "people who have been where you are now say afterwards: I'm glad I "
                            "stayed, and I'm glad I told someone.</p><p>Hurting yourself can feel "
                            "like the only thing that eases the pressure for a while. It's nothing "
                            "to be ashamed of, but it doesn't heal what hurts, and it can become "
                            "more dangerous over time. You deserve better help than that.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I thought I'd be sent to hospital straight away if I said "
                                "anything. Instead I got to talk to a counsellor every week. It "
                                "was the first time anyone asked how I was really doing."
                            ),
                            "attribution": "Elias, 17",
                        },
                    ),
                    ("heading", {"text": "If the thoughts are strong right now", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell someone today.</b> A friend, a parent, the school "
                            "counsellor or the school nurse. You can start with: “I'm not doing "
                            "well and I need help.”</li><li><b>Call or write.</b> Mind "
                            "Självmordslinjen, the suicide line (90101), answers around the clock. "
                            "If you're under 18 you can also contact BRIS (116 "
                            "111).</li><li><b>Don't stay alone.</b> Go to a room where there are "
                            "other people, and keep away from anything you could hurt yourself "
                            "with.</li><li><b>Get through the next hour.</b> Not your whole life, "
                            "just the next hour. Go outside, drink some water, listen to something "
                            "that usually calms you.</li></ul><p>If you are in immediate danger, "
                            "call 112.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions a lot of guys have",
                            "items": [
                                {
                                    "question": "If I tell someone, will everyone find out?",
                                    "answer": (
                                        "<p>School counsellors and health workers have a duty of "
                                        "confidentiality. But if your life is in danger, they may "
                                        "need to contact someone who can protect you. Ask how it "
                                        "works before you tell them. The point is for you to get "
                                        "help, not trouble.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend seems to feel like this?",
                                    "answer": (
                                        "<p>Ask straight out: “Are you thinking about ending your "
                                        "life?” You don't put the idea in someone's head by "
                                        "asking. Listen, don't judge, and help him talk to an "
                                        "adult. You don't have to keep it secret if his life is in "
                                        "danger.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to be alone with this",
                            "text": (
                                "Write to us in the anonymous chat, even if you don't know what to "
                                "say. Mind Självmordslinjen on 90101 answers around the clock, and "
                                "BRIS on 116 111 is there for you if you're under 18. If you are "
                                "in danger right now, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "nar-nagon-trycker-ner-dig",
        "topics": ["violence-and-consent", "mental-health"],
        "age_group": "13-15",
        "sensitive_subjects": ["abuse"],
        "image": False,
        "translations": {
            "sv": {
                "title": "När någon trycker ner dig varje dag",
                "summary": (
                    "Öknamn i korridoren, skratt när du kommer in, en gruppchatt där alla är med "
                    "utom du. Mobbning är aldrig ditt fel, och skolan är skyldig att göra något. "
                    "Om vad du kan göra, och vad du kan göra när det händer någon annan."
                ),
                "content_warning_note": (
                    "Texten handlar om mobbning: kränkningar, utfrysning och hot."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Det började med ett skämt om dina kläder. Sedan blev det ett "
                            "öknamn som alla använder. Nu tystnar det när du kommer in i "
                            "klassrummet, någon filmar dig i matsalen, och i gruppchatten skickas "
                            "bilder på dig som alla utom du tycker är roliga. Varje morgon har du "
                            "ont i magen innan du ens är framme.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Det här är mobbning: när någon eller några gång på gång kränker, "
                            "hotar eller fryser ut en person. Det kan hända i skolan, på träningen "
                            "och på nätet, ofta på alla ställena samtidigt. Det har ingenting att "
                            "göra med att du är fel. Den som trycker ner någon annan gör det för "
                            "att själv känna sig större.</p>"
                        ),
                    ),
                    ("heading", {"text": "Varför det är så svårt att säga något", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Många killar håller tyst. Man vill inte verka svag, man är rädd "
                            "att det blir värre om vuxna lägger sig i, eller så skäms man, som om "
                            "det vore ens eget fel. Men mobbning brukar inte gå över av sig själv. "
                            "Ju längre den pågår, desto mer tär den: på sömnen, på skolan och på "
                            "hur du ser på dig själv.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Jag sparade alla skärmdumpar i en mapp. När jag till slut visade "
                                "dem för min mentor kunde hon inte säga att det bara var skämt."
                            ),
                            "attribution": "Leo, 14",
                        },
                    ),
                    ("heading", {"text": "Det här kan du göra", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Berätta för en vuxen du litar på.</b> Mentorn, kuratorn, "
                            "en förälder eller en tränare. Skolan är enligt lag skyldig att utreda "
                            "och stoppa kränkningar när den får veta om dem.</li><li><b>Spara "
                            "bevis.</b> Skärmdumpar, datum, vad som hände och vem som såg "
                            "det.</li><li><b>Blockera och anmäl</b> på nätet. Det är inte att ge "
                            "upp, det är att skydda dig.</li><li><b>Hitta dina ställen.</b> En "
                            "aktivitet, en grupp eller en person där du får vara dig "
                            "själv.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Om det händer någon annan",
                            "items": [
                                {
                                    "question": (
                                        "Vad kan jag göra om jag ser att någon blir mobbad?"
                                    ),
                                    "answer": (
                                        "<p>Skratta inte med och sprid inget vidare. Säg något "
                                        "kort om du kan, som ”lägg av”. Gå fram till den som blev "
                                        "utsatt efteråt och fråga hur han mår. Och berätta för en "
                                        "vuxen. Att säga till är inte att gola, det är att stå upp "
                                        "för någon.</p>"
                                    ),
                                },
                                {
                                    "question": "Tänk om det är jag som har varit elak?",
                                    "answer": (
                                        "<p>Att du funderar på det är ett bra första steg. Sluta, "
                                        "be om ursäkt utan att förklara bort det, och fundera på "
                                        "varför du gjorde det. Ofta finns det något under, som att "
                                        "du själv har blivit illa behandlad. Det går att prata om "
                                        "det också.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Du ska inte behöva stå ut ensam",
                            "text": (
                                "Skriv till oss i den anonyma chatten om vad som händer. Är du "
                                "under 18 kan du också ringa BRIS på 116 111. Om någon hotar att "
                                "skada dig, ring 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When someone puts you down every day",
                "summary": (
                    "Nicknames in the corridor, laughter when you walk in, a group chat with "
                    "everyone in it except you. Bullying is never your fault, and the school has "
                    "to do something. What you can do, and what you can do when it happens to "
                    "someone else."
                ),
                "content_warning_note": (
                    "This text is about bullying: humiliation, being frozen out and threats."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It started with a joke about your clothes. Then it became a "
                            "nickname everyone uses. Now it goes quiet when you walk into the "
                            "classroom, someone films you in the canteen, and pictures of you get "
                            "posted in the group chat that everyone except you thinks are funny. "
                            "Every morning your stomach hurts before you even get there.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>This is bullying: when one person or a group humiliates, threatens "
                            "or freezes someone out, again and again. It can happen at school, at "
                            "training and online, often in all those places at once. It has "
                            "nothing to do with you being wrong. Whoever puts someone else down "
                            "does it to feel bigger themselves.</p>"
                        ),
                    ),
                    ("heading", {"text": "Why it's so hard to say anything", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A lot of guys keep quiet. You don't want to look weak, you're "
                            "afraid it will get worse if adults get involved, or you feel ashamed, "
                            "as if it were your own fault. But bullying doesn't usually stop on "
                            "its own. The longer it goes on, the more it wears you down: your "
                            "sleep, your schoolwork and how you see yourself.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I saved every screenshot in a folder. When I finally showed them "
                                "to my form tutor, she couldn't say it was just jokes."
                            ),
                            "attribution": "Leo, 14",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell an adult you trust.</b> Your form tutor, the school "
                            "counsellor, a parent or a coach. In Sweden the school is required by "
                            "law to look into bullying and stop it once it knows.</li><li><b>Keep "
                            "evidence.</b> Screenshots, dates, what happened and who saw "
                            "it.</li><li><b>Block and report</b> online. That isn't giving up, "
                            "it's protecting yourself.</li><li><b>Find your places.</b> An "
                            "activity, a group or a person where you get to be yourself.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If it happens to someone else",
                            "items": [
                                {
                                    "question": "What can I do if I see someone being bullied?",
                                    "answer": (
                                        "<p>Don't laugh along and don't pass anything on. Say "
                                        "something short if you can, like “give it a rest”. Go up "
                                        "to the person afterwards and ask how he's doing. And tell "
                                        "an adult. Speaking up isn't snitching, it's standing up "
                                        "for someone.</p>"
                                    ),
                                },
                                {
                                    "question": "What if I'm the one who's been mean?",
                                    "answer": (
                                        "<p>Thinking about it is a good first step. Stop, "
                                        "apologise without explaining it away, and think about why "
                                        "you did it. There's often something underneath, like "
                                        "having been treated badly yourself. That can be talked "
                                        "about too.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You shouldn't have to put up with it alone",
                            "text": (
                                "Write to us in the anonymous chat about what's happening. If "
                                "you're under 18 you can also call BRIS on 116 111. If someone "
                                "threatens to hurt you, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "osaker-pa-vem-du-gillar",
        "topics": ["relationships", "sex-and-the-body"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "sv": {
                "title": "Osäker på vem du gillar",
                "summary": (
                    "Du kanske gillar tjejer, killar, båda, eller så vet du inte än. Det är helt "
                    "okej att vara osäker, och du bestämmer själv om, när och för vem du berättar. "
                    "Om känslor, ord och respekt."
                ),
                "hero_alt": (
                    "Abstrakta överlappande cirklar i korall, mintgrönt och ljuslila mot en "
                    "krämvit bakgrund"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Alla i laget snackar om samma tjejer. Du nickar med, men den du "
                            "tänker på är en kille i parallellklassen. Eller så känner du inget "
                            "särskilt för någon alls och undrar om det är konstigt. Eller så har "
                            "du varit kär i en tjej och nu plötsligt i en kille, och fattar "
                            "ingenting.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Det finns inget rätt sätt att känna. Vissa vet tidigt vem de dras "
                            "till, andra kommer fram till det långt senare, och för en del ändras "
                            "det med tiden. Att vara osäker är inget problem som måste lösas "
                            "snabbt. Du har all tid du behöver.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ord som hetero, gay och bi", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Ord kan hjälpa, om de passar. Hetero, gay, bi, pan, asexuell: de "
                            "finns till för att beskriva, inte för att sätta dig i ett fack. Du "
                            "behöver inte välja ett ord för att få ha dina känslor. Och när ”bög” "
                            "används som skällsord i omklädningsrummet säger det mer om reglerna i "
                            "Manslådan än om någon som faktiskt är gay.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Jag berättade först för min kusin. Hon sa bara ”okej, och?” och "
                                "fortsatte äta. Det var det bästa hon kunde ha sagt."
                            ),
                            "attribution": "Ali, 17",
                        },
                    ),
                    ("heading", {"text": "Att berätta, eller inte", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Du bestämmer själv om, när och för vem du berättar. Börja gärna "
                            "med någon du tror kommer att ta det bra. Ingen har rätt att berätta "
                            "vidare åt dig. Och om en kompis berättar för dig, är det bästa du kan "
                            "göra att lyssna och säga att inget ändras mellan er.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Frågor som killar ställer",
                            "items": [
                                {
                                    "question": (
                                        "Betyder det något att jag har tänkt på en kille sexuellt?"
                                    ),
                                    "answer": (
                                        "<p>Tankar och fantasier är vanliga och säger inte alltid "
                                        "något bestämt om vem du är. Det är vad du känner över tid "
                                        "som räknas, och det behöver du inte ha koll på i dag.</p>"
                                    ),
                                },
                                {
                                    "question": "Var kan jag träffa andra som känner likadant?",
                                    "answer": (
                                        "<p>Ungdomsmottagningen tar emot alla, oavsett vem man "
                                        "gillar. Det finns också föreningar för unga "
                                        "hbtqi-personer, som RFSL Ungdom, där du kan träffa andra "
                                        "i din ålder.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Vill du prata om det?",
                            "text": (
                                "Skriv till oss i den anonyma chatten. Vi frågar inte vem du är, "
                                "och det finns inga konstiga frågor."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Not sure who you like",
                "summary": (
                    "Maybe you like girls, guys, both, or you don't know yet. It's completely fine "
                    "to be unsure, and you decide if, when and who you tell. About feelings, words "
                    "and respect."
                ),
                "hero_alt": (
                    "Abstract overlapping circles in coral, mint and pale lilac on a cream "
                    "background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Everyone on the team talks about the same girls. You nod along, "
                            "but the one you're thinking about is a guy in the class next door. Or "
                            "you don't feel anything much for anyone and wonder if that's strange. "
                            "Or you've had a crush on a girl, and now suddenly on a guy, and you "
                            "can't make sense of it.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>There's no right way to feel. Some people know early on who "
                            "they're drawn to, others work it out much later, and for some it "
                            "changes over time. Being unsure isn't a problem you have to solve "
                            "quickly. You have all the time you need.</p>"
                        ),
                    ),
                    ("heading", {"text": "Words like straight, gay and bi", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Words can help, if they fit. Straight, gay, bi, pan, asexual: "
                            "they're there to describe, not to put you in a box. You don't have to "
                            "pick a word to be allowed your feelings. And when “gay” is used as an "
                            "insult in the changing room, that says more about the rules of the "
                            "Man Box than about anyone who actually is gay.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first person I told was my cousin. She just said “okay, and?” "
                                "and carried on eating. It was the best thing she could have said."
                            ),
                            "attribution": "Ali, 17",
                        },
                    ),
                    ("heading", {"text": "Telling people, or not", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You decide if, when and who you tell. It can help to start with "
                            "someone you think will take it well. Nobody has the right to tell "
                            "others for you. And if a friend tells you, the best thing you can do "
                            "is listen and say that nothing changes between you.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions guys ask",
                            "items": [
                                {
                                    "question": (
                                        "Does it mean something that I've thought about a guy "
                                        "sexually?"
                                    ),
                                    "answer": (
                                        "<p>Thoughts and fantasies are common and don't always say "
                                        "anything fixed about who you are. What counts is what you "
                                        "feel over time, and you don't have to have that figured "
                                        "out today.</p>"
                                    ),
                                },
                                {
                                    "question": "Where can I meet others who feel the same?",
                                    "answer": (
                                        "<p>Youth clinics (ungdomsmottagningar) see everyone, "
                                        "whoever they like. There are also organisations for young "
                                        "LGBTQ people, such as RFSL Ungdom, where you can meet "
                                        "others your age.</p>"
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
                                "Write to us in the anonymous chat. We don't ask who you are, and "
                                "there are no strange questions."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "nar-alla-dricker-pa-festen",
        "topics": ["masculinity", "mental-health"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "sv": {
                "title": "När alla dricker på festen",
                "summary": (
                    "Någon bjuder på sprit, någon har med sig något starkare. Du vill vara med, "
                    "men inte nödvändigtvis dricka. Om grupptryck, om att säga nej och om vad du "
                    "gör om en kompis mår riktigt dåligt."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Fredag kväll hemma hos någon vars föräldrar är bortresta. "
                            "Flaskorna går runt, och någon säger ”kom igen, en till”. Längre in i "
                            "lägenheten har några tagit fram något som inte är alkohol. Du står "
                            "med en burk i handen som du inte har öppnat och undrar om alla ser "
                            "det.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Faktum är att de flesta unga i Sverige dricker mindre än man tror, "
                            "och många dricker inte alls. Ändå känns det ofta som att en riktig "
                            "kille ska tåla mest och aldrig säga nej. Det är en av reglerna i "
                            "Manslådan, och den går att strunta i.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Att säga nej utan att göra en grej av det", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Ha ett kort svar redo: ”Jag kör i morgon”, ”Jag har match” "
                            "eller bara ”Nej tack, jag är nöjd”.</li><li>Håll något i handen, till "
                            "exempel läsk, så slipper du frågorna.</li><li>Bestäm innan du går vad "
                            "din gräns är och vem du går hem med.</li><li>Den som tjatar är den "
                            "som har ett problem med ditt nej, inte du.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Första gången jag sa nej trodde jag att alla skulle tycka att jag "
                                "var tråkig. En annan kille sa ”skönt, då är vi två”, och vi satt "
                                "och snackade hela kvällen."
                            ),
                            "attribution": "Noah, 16",
                        },
                    ),
                    ("heading", {"text": "Om du dricker eller testar något", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Det är ditt beslut, men vet vad som gäller. Alkohol och droger gör "
                            "det svårare att bedöma risker, att märka om någon inte vill och att "
                            "ta sig hem säkert. Blanda inte olika saker, ta inte emot något när du "
                            "inte vet vad det är, och håll ihop med dina kompisar. Narkotika är "
                            "olagligt i Sverige, även att använda.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Om någon mår dåligt",
                            "items": [
                                {
                                    "question": "Vad gör jag om en kompis inte går att väcka?",
                                    "answer": (
                                        "<p>Ring 112 direkt. Lägg honom på sidan så att han kan "
                                        "andas, och stanna kvar tills hjälpen kommer. Var inte "
                                        "rädd för att ni ska få problem: ett liv går först.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Jag dricker nästan varje helg för att orka. Är det ett "
                                        "problem?"
                                    ),
                                    "answer": (
                                        "<p>Om du dricker för att stänga av känslor, eller inte "
                                        "kan ha roligt utan, är det värt att prata om. "
                                        "Ungdomsmottagningen och skolsköterskan kan hjälpa dig "
                                        "utan att döma.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Prata med någon",
                            "text": (
                                "Funderar du på ditt eget eller någon annans drickande? Skriv till "
                                "oss i den anonyma chatten. Vid akut fara, ring 112."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When everyone's drinking at the party",
                "summary": (
                    "Someone's handing out spirits, someone's brought something stronger. You want "
                    "to be there, but not necessarily to drink. About peer pressure, saying no, "
                    "and what to do if a friend is in a really bad way."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Friday night at someone's place while their parents are away. "
                            "Bottles are going round, and someone says “come on, one more”. "
                            "Further into the flat a few people have got out something that isn't "
                            "alcohol. You're standing with a can you haven't opened and wondering "
                            "if everyone can see.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The truth is that most young people in Sweden drink less than "
                            "you'd think, and many don't drink at all. Still, it often feels as if "
                            "a real guy should be able to take the most and never say no. That's "
                            "one of the rules of the Man Box, and you can ignore it.</p>"
                        ),
                    ),
                    ("heading", {"text": "Saying no without making a thing of it", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Have a short answer ready: “I'm driving tomorrow”, “I've got "
                            "a match”, or just “No thanks, I'm good”.</li><li>Hold something in "
                            "your hand, like a soft drink, and you'll get fewer "
                            "questions.</li><li>Decide before you go what your limit is and who "
                            "you're going home with.</li><li>Whoever keeps pushing is the one with "
                            "a problem with your no, not you.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first time I said no, I thought everyone would think I was "
                                "boring. Another guy said “great, that makes two of us”, and we "
                                "sat and talked all evening."
                            ),
                            "attribution": "Noah, 16",
                        },
                    ),
                    ("heading", {"text": "If you drink or try something", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>It's your decision, but know the facts. Alcohol and drugs make it "
                            "harder to judge risks, to notice when someone doesn't want to, and to "
                            "get home safely. Don't mix things, don't take anything when you don't "
                            "know what it is, and stick with your friends. Drugs are illegal in "
                            "Sweden, using them included.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If someone is in a bad way",
                            "items": [
                                {
                                    "question": "What do I do if a friend won't wake up?",
                                    "answer": (
                                        "<p>Call 112 straight away. Lay him on his side so he can "
                                        "breathe, and stay with him until help arrives. Don't be "
                                        "afraid of getting into trouble: a life comes first.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "I drink almost every weekend just to cope. Is that a "
                                        "problem?"
                                    ),
                                    "answer": (
                                        "<p>If you drink to switch off your feelings, or can't "
                                        "have fun without it, it's worth talking about. The youth "
                                        "clinic and the school nurse can help you without "
                                        "judging.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "Wondering about your own drinking, or someone else's? Write to us "
                                "in the anonymous chat. If someone is in danger, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
]
