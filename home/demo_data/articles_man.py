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
]
