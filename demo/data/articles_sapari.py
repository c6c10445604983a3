"""Demo articles for Sapari (Georgia), written in Georgian with English translations."""

ARTICLES = [
    {
        "slug": "the-supra-and-real-men",
        "topics": ["masculinity", "family-and-fatherhood"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "ka": {
                "title": "სუფრა, სადღეგრძელოები და „ნამდვილი კაცი“",
                "summary": (
                    "სუფრაზე თამადა „ნამდვილი კაცების“ სადღეგრძელოს ამბობს და ყველა იმას "
                    "უყურებს, ბოლომდე დალევ თუ არა. რას ნიშნავს კაცობა, როცა შენს "
                    "მაგივრად სხვები წყვეტენ, როგორი უნდა იყო?"
                ),
                "hero_alt": (
                    "აბსტრაქტული ფორმები მუქ ლურჯ, ღია ოქროსფერ და აგურისფერ ტონებში, რბილ "
                    "მწვანე ფონზე"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>ბიძაშვილის ქორწილია. თამადა ფეხზე დგება და „ნამდვილი ქართველი "
                        "კაცების“ სადღეგრძელოს ამბობს. ყანწი ხელიდან ხელში გადადის და შენამდეც "
                        "მოდის. ბიძა ხმამაღლა გეძახის: „აბა, ვნახოთ, ვაჟკაცი ხარ თუ არა!“ ყველა "
                        "შენ გიყურებს.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>სუფრა ლამაზი ტრადიციაა. სადღეგრძელოებში ბევრი სიბრძნეა: მშობლებზე, "
                        "მეგობრობაზე, მათზე, ვინც აღარ არის ჩვენ შორის. მაგრამ სუფრასთან ხშირად "
                        "იმასაც ვსწავლობთ, როგორი „უნდა“ იყოს კაცი: ბევრს სვამდეს, არასოდეს "
                        "თქვას უარი და გრძნობები არ გამოაჩინოს.</p>",
                    ),
                    ("heading", {"text": "რა ხდება შენს შიგნით", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>შეიძლება გრცხვენოდეს უარის თქმა. შეიძლება გეშინოდეს, რომ "
                        "დაგცინებენ. ან უბრალოდ არ გინდა დალევა, მაგრამ გგონია, რომ სხვა გზა არ "
                        "გაქვს. ზოგს ისიც აწუხებს, რომ ოჯახში ვინმე ზედმეტს სვამს და სუფრის შემდეგ "
                        "სახლში დაძაბულობაა. ეს სისუსტე არ არის. ეს იმის ნიშანია, რომ ორ რამეს "
                        "შორის ხარ "
                        "მოქცეული: იმას, რაც შენ გინდა, და იმას, რასაც სხვები შენგან ელიან.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "ბაბუამ ერთხელ სუფრაზე თქვა: „კაცი ის არის, ვინც სიტყვის "
                                "პატრონია, და არა ის, ვინც ყველაზე მეტს სვამს“. ეს სიტყვები "
                                "დღემდე მახსოვს."
                            ),
                            "attribution": "გიორგი, 19",
                        },
                    ),
                    ("heading", {"text": "რისი გაკეთება შეგიძლია", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>ტრადიციის პატივისცემა და საკუთარი საზღვრები ერთმანეთს არ "
                        "გამორიცხავს. სცადე:</p>"
                        "<ul><li>ასწიე ჭიქა, მოუსმინე სადღეგრძელოს და მოსვი იმდენი, რამდენიც "
                        "გინდა.</li>"
                        "<li>თქვი მოკლედ და მშვიდად: „დღეს საჭესთან ვარ“ ან „მეყოფა, "
                        "გმადლობთ“. დიდი ახსნა საჭირო არ არის.</li>"
                        "<li>თუ თავად ამბობ სადღეგრძელოს, შენ ირჩევ, რაზე ილაპარაკო: "
                        "მეგობრობაზე, ზრუნვაზე ან იმაზე, რას ნიშნავს შენთვის კაცობა.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>ხშირად სწორედ უფროსები ამჩნევენ და აფასებენ, როცა ახალგაზრდა "
                        "თავდაჯერებულად და პატივისცემით იქცევა. კაცობა იმაში კი არ არის, "
                        "რამდენს დალევ, არამედ იმაში, როგორ ექცევი საკუთარ თავს და სხვებს. თუ "
                        "ვინმე მაინც დაგცინებს, ეს უფრო მასზე ამბობს რაღაცას, ვიდრე შენზე.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "დაელაპარაკე ვინმეს",
                            "text": (
                                "თუ სუფრაზე ან ოჯახში ზეწოლას გრძნობ, ან სასმელი შენთვის ან "
                                "შენი ახლობლისთვის პრობლემად იქცა, მარტო არ ხარ. მოგვწერე "
                                "ანონიმურ ჩატში ან დაელაპარაკე ადამიანს, ვისაც ენდობი."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Toasts, the supra and being a “real man”",
                "summary": (
                    "At the supra the tamada raises a toast to “real men”, and everyone watches "
                    "to see if you drain your glass. What does being a man mean when other people "
                    "decide for you who you should be?"
                ),
                "hero_alt": (
                    "Abstract shapes in dark slate, pale gold and terracotta on a sage green "
                    "background"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>It's your cousin's wedding. The tamada stands up and raises a toast to "
                        "“real Georgian men”. The drinking horn is passed from hand to hand and "
                        "reaches you. Your uncle calls out: “Come on, let's see if you're a real "
                        "man!” Everyone is looking at you.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The supra is a beautiful tradition. There's a lot of wisdom in the "
                        "toasts: to parents, to friendship, to those who are no longer with us. "
                        "But the table also teaches us what a man is “supposed” to be: someone "
                        "who drinks a lot, never says no and doesn't show his feelings.</p>",
                    ),
                    ("heading", {"text": "What's going on inside you", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Maybe you're embarrassed to say no. Maybe you're afraid people will "
                        "laugh at you. Or you just don't want to drink, but feel you have no "
                        "choice. Some guys also worry because someone in the family drinks too "
                        "much, and things get tense at home after the supra. None of that is "
                        "weakness. It's a sign that you're caught between two things: what you "
                        "want and what others expect of you.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "My grandfather once said at the table: “A man is someone who "
                                "keeps his word, not someone who drinks the most.” I still "
                                "remember it."
                            ),
                            "attribution": "Giorgi, 19",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Respecting tradition and having your own limits don't cancel each "
                        "other out. Try this:</p>"
                        "<ul><li>Raise your glass, listen to the toast and take as much of a sip "
                        "as you want.</li>"
                        "<li>Say it briefly and calmly: “I'm driving today” or “That's enough "
                        "for me, thanks.” You don't need a long explanation.</li>"
                        "<li>If you're giving a toast yourself, you choose what to talk about: "
                        "friendship, care, or what being a man means to you.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>It's often the older people who notice and respect it when a young "
                        "man acts with confidence and respect. Being a man isn't about how much "
                        "you drink. It's about how you treat yourself and others. If someone still "
                        "laughs at you, that says more about them than about you.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If you feel pressure at the table or in your family, or if "
                                "drinking has become a problem for you or someone close to you, "
                                "you're not alone. Write to us in the anonymous chat or talk to "
                                "someone you trust."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "before-military-service",
        "topics": ["mental-health", "masculinity"],
        "age_group": "16-18",
        "sensitive_subjects": ["violence"],
        "image": True,
        "translations": {
            "ka": {
                "title": "ჯარში წასვლამდე: შიში, მოლოდინები და შენ",
                "summary": (
                    "სამხედრო სამსახურამდე რამდენიმე თვეა დარჩენილი. ყველა ამბობს, რომ ჯარი "
                    "ნამდვილ კაცად გადაგაქცევს, შენ კი შიში და დაძაბულობა გაქვს. ეს "
                    "ნორმალურია. აქ ვისაუბრებთ, როგორ მოემზადო და ვის მიმართო."
                ),
                "hero_alt": (
                    "აბსტრაქტული ფორმები მუქ ლურჯ, ყვითელ და რბილ ნარინჯისფერ ტონებში, "
                    "ფირუზისფერ ფონზე"
                ),
                "content_warning_note": "ერთ-ერთი პასუხი ეხება დამცირებასა და ძალადობას ჯარში.",
                "body": [
                    (
                        "paragraph",
                        "<p>სკოლა დამთავრდა და ახლა ყველა ერთსა და იმავეს გეკითხება: „ჯარში "
                        "როდის მიდიხარ?“ მამა ამაყად ჰყვება თავის სამსახურზე. მეზობელი ამბობს, "
                        "რომ ჯარი ნამდვილ კაცად გადაგაქცევს. შენ კი ღამით ძილი არ გეკარება და გული "
                        "ძლიერად გიცემს.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>ჯარის წინ შიში სრულიად ბუნებრივია. ახალი ადგილი, უცნობი ხალხი, "
                        "მკაცრი წესები და ოჯახისგან შორს ყოფნა ბევრს აღელვებს. უბრალოდ, ამაზე "
                        "იშვიათად ლაპარაკობენ, რადგან ბიჭებს ასწავლიან, რომ შიშის აღიარება "
                        "სირცხვილია.</p>",
                    ),
                    ("heading", {"text": "რას შეიძლება გრძნობდე", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>ზოგი მღელვარებას გრძნობს, ზოგი ბრაზს, ზოგი კი უბრალოდ სიცარიელეს. "
                        "შეიძლება ერთდროულად გინდოდეს წასვლა და თან გეშინოდეს. ყველა ეს გრძნობა "
                        "ნორმალურია. ეს იმას კი არ ნიშნავს, რომ სუსტი ხარ, არამედ იმას, რომ "
                        "შენს ცხოვრებაში დიდი ცვლილება ხდება.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "ბიჭები ხშირად გვეკითხებიან",
                            "items": [
                                {
                                    "question": "ვის ვკითხო, როგორ არის იქ სინამდვილეში?",
                                    "answer": (
                                        "<p>დაელაპარაკე ვინმეს, ვინც ახლახან დაბრუნდა "
                                        "სამსახურიდან და ვისაც ენდობი. ჰკითხე ჩვეულებრივ "
                                        "დღეზე და არა მხოლოდ საინტერესო ისტორიებზე. რეალური "
                                        "სურათი, როგორც წესი, ნაკლებად საშიშია, ვიდრე ის, "
                                        "რასაც წარმოიდგენ.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "რა ვქნა, თუ იქ ვინმე დამამცირებს ან ძალას "
                                        "გამოიყენებს ჩემ წინააღმდეგ?"
                                    ),
                                    "answer": (
                                        "<p>დამცირება და ძალადობა არ არის „ჯარის ნაწილი“ და "
                                        "არც „გამოცდა“. ჩაიწერე, რა მოხდა, უთხარი ვინმეს, "
                                        "ვისაც ენდობი, და შეატყობინე მეთაურს ან სახალხო "
                                        "დამცველს. ჯარშიც გაქვს უფლებები.</p>"
                                    ),
                                },
                                {
                                    "question": "ნორმალურია, რომ ოჯახი მენატრება?",
                                    "answer": (
                                        "<p>რა თქმა უნდა. მონატრება იმას ნიშნავს, რომ გყავს "
                                        "ადამიანები, რომლებიც გიყვარს. წინასწარ შეთანხმდით, "
                                        "როდის და როგორ დაუკავშირდებით ერთმანეთს.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "მოემზადე შინაგანადაც", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>ფიზიკურ მომზადებაზე ბევრი ლაპარაკობს, მაგრამ ემოციური მომზადებაც "
                        "მნიშვნელოვანია. სცადე, ახლავე იპოვო ერთი-ორი ადამიანი, ვისთანაც "
                        "გულწრფელად ილაპარაკებ: ძმა, მეგობარი ან ბიძაშვილი. კარგია, თუ წინასწარ "
                        "გაიგებ, სად იქნები და რა დაგჭირდება. როცა იცი, რომ "
                        "ვიღაც გელოდება და მოგისმენს, რთულ დღეებს უფრო ადვილად გადაიტან.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "დაელაპარაკე ვინმეს",
                            "text": (
                                "თუ შიში გძლევს, ცუდად გძინავს ან გგონია, რომ ვეღარ "
                                "უმკლავდები, მოგვწერე ანონიმურ ჩატში. შეგიძლია მოგვწერო "
                                "სამსახურამდეც, სამსახურის დროსაც და მის შემდეგაც."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Before military service: fear, expectations and you",
                "summary": (
                    "Military service is a few months away. Everyone says the army will turn "
                    "you into a real man, but you feel scared and tense. That's normal. Here's "
                    "how to prepare, and who you can turn to."
                ),
                "hero_alt": (
                    "Abstract shapes in slate blue, mustard and soft orange on a teal background"
                ),
                "content_warning_note": "One answer is about humiliation and violence in the army.",
                "body": [
                    (
                        "paragraph",
                        "<p>School is over, and now everyone asks you the same thing: “When are "
                        "you going to the army?” Your dad proudly tells stories about his "
                        "service. A neighbour says the army will turn you into a real man. And "
                        "at night you can't sleep, and your heart is pounding.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Being afraid before military service is completely natural. A new "
                        "place, strangers, strict rules and being far from your family make a "
                        "lot of people anxious. It just rarely gets talked about, because boys "
                        "are taught that admitting fear is shameful.</p>",
                    ),
                    ("heading", {"text": "What you might be feeling", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Some feel nervous, some angry, and some just empty. You might want to "
                        "go and be afraid at the same time. All of these feelings are normal. "
                        "They don't mean you're weak. They mean something big is changing in "
                        "your life.</p>",
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions guys often ask us",
                            "items": [
                                {
                                    "question": "Who can I ask what it's really like?",
                                    "answer": (
                                        "<p>Talk to someone you trust who has recently come back "
                                        "from service. Ask about an ordinary day, not just the "
                                        "exciting stories. The real picture is usually less "
                                        "frightening than what you imagine.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "What do I do if someone there humiliates me or uses "
                                        "force against me?"
                                    ),
                                    "answer": (
                                        "<p>Humiliation and violence are not “part of the army”, "
                                        "and they're not a “test”. Write down what happened, "
                                        "tell someone you trust, and report it to your commander "
                                        "or to the Public Defender (Ombudsman) of Georgia. You "
                                        "have rights in the army too.</p>"
                                    ),
                                },
                                {
                                    "question": "Is it normal to miss my family?",
                                    "answer": (
                                        "<p>Of course. Missing them means you have people you "
                                        "love. Agree in advance when and how you'll keep in "
                                        "touch.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Get ready on the inside too", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Everyone talks about getting physically ready, but getting ready "
                        "emotionally matters too. Try to find one or two people now who you can "
                        "talk to honestly: a brother, a friend or a cousin. It also helps to find "
                        "out in advance where you'll be and what you'll need. Knowing someone is "
                        "waiting for you and will listen makes the hard days easier to get "
                        "through.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If fear is getting the better of you, you're sleeping badly, or "
                                "you feel you can't cope any more, write to us in the anonymous "
                                "chat. You can write before, during and after your service."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "pressure-in-the-neighbourhood",
        "topics": ["violence-and-consent", "masculinity"],
        "age_group": "all",
        "sensitive_subjects": ["violence"],
        "image": False,
        "translations": {
            "ka": {
                "title": "როცა უბანი გკარნახობს, როგორი უნდა იყო",
                "summary": (
                    "უბანს თავისი წესები აქვს: ვისთან მეგობრობ, როგორ იცვამ, როგორ "
                    "ლაპარაკობ. რა უნდა ქნა, როცა ეს წესები გაიძულებს, იჩხუბო ან ვინმეს "
                    "ზიანი მიაყენო?"
                ),
                "hero_alt": "",
                "content_warning_note": "ტექსტში საუბარია ჩხუბსა და ფიზიკურ ძალადობაზე.",
                "body": [
                    (
                        "paragraph",
                        "<p>საღამოა, ეზოში დგახართ. ერთ-ერთი ბიჭი ამბობს, რომ მეზობელი უბნიდან "
                        "ვიღაცამ „ცუდად შემოგვხედა“ და ახლა საქმე უნდა გავარკვიოთ. ყველა "
                        "წასასვლელად ემზადება. შენ ჩხუბი არ გინდა, მაგრამ იცი: თუ დარჩები, ხვალ "
                        "მთელი უბანი იტყვის, რომ შეგეშინდა. გული აჩქარებით გიცემს.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>ბევრ უბანში ბიჭები პატარაობიდანვე სწავლობენ, რომ „კაცი“ უკან არ "
                        "იხევს, სახელს მუშტით იცავს და თავისიანებს არასოდეს „აგდებს“. ზოგჯერ ამ "
                        "წესებს უფროსი ბიჭები ამკვიდრებენ, ზოგჯერ კი ოჯახშიც იგივეს "
                        "გეუბნებიან: „თავი არავის დააჩაგვრინო“. ამ "
                        "წესების მიღმა ხშირად შიში დგას: რომ მარტო დარჩები, რომ პატივს აღარ "
                        "გცემენ.</p>",
                    ),
                    ("heading", {"text": "ძალადობას თავისი ფასი აქვს", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>ფილმებში ჩხუბი მარტივად გამოიყურება. ხშირად ის იწყება სიტყვით, "
                        "რომელიც ხვალ აღარავის ემახსოვრება. სინამდვილეში ერთმა დარტყმამ "
                        "შეიძლება ვინმეს ცხოვრება შეუცვალოს, მათ შორის შენიც: ტრავმა, პოლიცია, "
                        "სისხლის სამართლის საქმე, შურისძიება, რომელიც წლობით გრძელდება. და "
                        "შიში, რომელიც ყოველ ჯერზე თან გახლავს, როცა ქუჩაში გადიხარ. შენს ოჯახსაც "
                        "მოუწევს ამ ყველაფრის გადატანა.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "ყველაზე რთული იყო, მეთქვა: „მე არ მოვდივარ“. მეგონა, მეგობრებს "
                                "დავკარგავდი. ერთი მართლა დავკარგე. დანარჩენებმა მოგვიანებით "
                                "მითხრეს, რომ თვითონაც არ უნდოდათ წასვლა."
                            ),
                            "attribution": "ლუკა, 17",
                        },
                    ),
                    ("heading", {"text": "რისი გაკეთება შეგიძლია", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>უარის სათქმელად გმირობა არ გჭირდება. სცადე:</p>"
                        "<ul><li>მიზეზი წინასწარ მოიფიქრე: „დედამ დამირეკა“, „ხვალ ადრე "
                        "ვდგები“. ეს სიმხდალე კი არა, ჭკვიანური არჩევანია. ზოგჯერ ყველაზე ძლიერი "
                        "ნაბიჯი სახლში წასვლაა.</li>"
                        "<li>ცალკე დაელაპარაკე ერთ მეგობარს. ხშირად ისიც ზუსტად ისე ფიქრობს, "
                        "როგორც შენ, უბრალოდ ვერ ამბობს.</li>"
                        "<li>თუ ვინმე საფრთხეშია, დარეკე 112-ზე. ეს „ჩაშვება“ არ არის, ეს "
                        "ადამიანის სიცოცხლის დაცვაა.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>თუ შენ თვითონ გცემენ ან მუდმივად გემუქრებიან, ეს შენი ბრალი არ "
                        "არის და ამის მარტო გადატანა არ გიწევს. შეგიძლია ჩაიწერო, რა, როდის და "
                        "სად მოხდა. ეს დაგეხმარება, თუ გადაწყვეტ, რომ პოლიციას ან სკოლას "
                        "მიმართო.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "დაელაპარაკე ვინმეს",
                            "text": (
                                "თუ უბანში ზეწოლას გრძნობ, ჩხუბში გაეხვიე ან გეშინია, მოგვწერე "
                                "ანონიმურ ჩატში. თუ ვინმე ახლა საფრთხეშია, დარეკე 112-ზე."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When the neighbourhood tells you who to be",
                "summary": (
                    "The neighbourhood has its own rules: who you hang out with, how you dress, "
                    "how you talk. What can you do when those rules push you to fight or to hurt "
                    "someone?"
                ),
                "hero_alt": "",
                "content_warning_note": "This text talks about fights and physical violence.",
                "body": [
                    (
                        "paragraph",
                        "<p>It's evening and you're all hanging around in the yard. One of the "
                        "guys says someone from the next neighbourhood “looked at us wrong”, and "
                        "now it has to be settled. Everyone gets ready to go. You don't want to "
                        "fight, but you know that if you stay behind, tomorrow the whole "
                        "neighbourhood will say you were scared. Your heart starts racing.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In a lot of neighbourhoods boys learn early that a “man” never backs "
                        "down, defends his name with his fists and never “bails” on his own "
                        "people. Sometimes the older guys set these rules; sometimes your family "
                        "says the same thing: “Don't let anyone push you around.” Behind those "
                        "rules there's often fear: of being left on your own, of no longer being "
                        "respected.</p>",
                    ),
                    ("heading", {"text": "Violence has a price", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Fights look simple in films. Often they start with a word nobody will "
                        "even remember tomorrow. In real life one punch can change someone's life, "
                        "including yours: injuries, the police, a criminal case, revenge that "
                        "drags on for years. And a fear that goes with you every time you step out "
                        "onto the street. Your family would have to go through all of it too.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The hardest thing was saying “I'm not coming.” I thought I'd "
                                "lose my friends. I did lose one. The others told me later they "
                                "hadn't wanted to go either."
                            ),
                            "attribution": "Luka, 17",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You don't need to be a hero to say no. Try this:</p>"
                        "<ul><li>Have a reason ready: “Mum just called”, “I'm up early "
                        "tomorrow.” That isn't cowardice, it's a smart choice. Sometimes the "
                        "strongest move is going home.</li>"
                        "<li>Talk to one friend on his own. Often he thinks exactly what you "
                        "do, he just can't say it.</li>"
                        "<li>If someone is in danger, call 112. That isn't snitching, it's "
                        "protecting someone's life.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>If you're the one being beaten up or threatened all the time, it's "
                        "not your fault, and you don't have to get through it alone. You can write "
                        "down what happened, when and where. That helps if you decide to go to "
                        "the police or your school.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If you feel pressure in your neighbourhood, have got caught up "
                                "in a fight or are scared, write to us in the anonymous chat. If "
                                "anyone is in danger right now, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "when-a-private-photo-is-shared",
        "topics": ["online-life", "violence-and-consent", "sex-and-the-body"],
        "age_group": "all",
        "sensitive_subjects": ["sexual-violence"],
        "image": True,
        "translations": {
            "ka": {
                "title": "როცა პირადი ფოტო სხვების ხელში ხვდება",
                "summary": (
                    "ვიღაცამ გოგოს ინტიმური ფოტო ჯგუფურ ჩატში გააზიარა, ან შენი ფოტო "
                    "გავრცელდა შენი ნებართვის გარეშე. რა უნდა იცოდე, რა შეგიძლია გააკეთო და "
                    "რატომ არ არის ეს „უბრალოდ ხუმრობა“."
                ),
                "hero_alt": (
                    "აბსტრაქტული ფორმები მუქ ლურჯ, ცისფერ და თეთრ ტონებში, ღია ფირუზისფერ ფონზე"
                ),
                "content_warning_note": (
                    "ტექსტში საუბარია ინტიმური ფოტოების თანხმობის გარეშე გავრცელებასა და შანტაჟზე."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>ტელეფონზე შეტყობინება მოდის. ჯგუფურ ჩატში ვიღაცამ გოგოს ფოტო "
                        "ჩააგდო, რომელიც მან მხოლოდ თავის შეყვარებულს გაუგზავნა. ყველა "
                        "ემოჯებს აგზავნის და ხუმრობს. შენ ამ გოგოს იცნობ. ჩერდები და არ იცი, "
                        "რა დაწერო. ვიღაც პირად მიმოწერაშიც გეკითხება: „ნახე?“</p>",
                    ),
                    (
                        "paragraph",
                        "<p>ინტიმური ფოტოს ან ვიდეოს გავრცელება ადამიანის თანხმობის გარეშე "
                        "ძალადობაა. ვინც ასეთ ფოტოს სხვას უგზავნის, ისიც ამ ძალადობის ნაწილი "
                        "ხდება. მნიშვნელობა არ აქვს, თავად გადაიღო თუ არა ეს ფოტო და ვის "
                        "გაუგზავნა. თუ ადამიანი დათანხმდა, რომ ერთმა ნახოს, ეს არ ნიშნავს, რომ "
                        "ყველას შეუძლია ნახვა. ერთხელ გავრცელებული ფოტო შეიძლება წლობით სდევდეს "
                        "ადამიანს: სკოლაში, ოჯახში, სამსახურში. ბევრ ქვეყანაში, მათ შორის "
                        "საქართველოშიც, ეს შეიძლება დანაშაული იყოს.</p>",
                    ),
                    ("heading", {"text": "თუ ფოტო შენამდე მოვიდა", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>შენს რეაქციას მნიშვნელობა აქვს, მაშინაც კი, როცა ჩუმად ყოფნა უფრო "
                        "ადვილია და ყველა სხვა იცინის:</p>"
                        "<ul><li>არავის გაუგზავნო და სქრინშოტი არ გადაიღო.</li>"
                        "<li>დაწერე ჩატში: „წაშალე, ეს ნორმალური არ არის“. ერთი ხმა ხშირად "
                        "სხვებსაც აძლევს გამბედაობას.</li>"
                        "<li>შეატყობინე პლატფორმას პოსტის ან ჩატის შესახებ.</li>"
                        "<li>თუ ადამიანს იცნობ, ჰკითხე, როგორ არის და ხომ არ სჭირდება "
                        "დახმარება. უკვე ის, რომ ვიღაც მის მხარესაა, ბევრს ნიშნავს.</li></ul>",
                    ),
                    ("heading", {"text": "თუ შენი ფოტო გავრცელდა", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>შეიძლება გრცხვენოდეს, გეშინოდეს ან ბრაზობდე. ბიჭებს ხშირად ჰგონიათ, "
                        "რომ მათ ეს არ შეემთხვევათ, ან რომ ამაზე ლაპარაკი სირცხვილია. მაგრამ ბრალი "
                        "იმას მიუძღვის, ვინც ფოტო გაავრცელა, და არა შენ. ნდობა დანაშაული არ არის. "
                        "შეინახე მტკიცებულებები: სქრინშოტები, ბმულები, სახელები. ბევრ პლატფორმას "
                        "აქვს სპეციალური ფორმა ინტიმური ფოტოების წასაშლელად. თუ ვინმე გემუქრება და "
                        "ფულს ან ახალ ფოტოებს გთხოვს, არაფერი გაუგზავნო და მუქარას ნუ "
                        "უპასუხებ.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>ეს რთულია, მაგრამ გამოსავალი არსებობს და მარტო არ ხარ. ზრდასრულს, "
                        "ვისაც ენდობი, შეუძლია დაგეხმაროს პოლიციასთან ან პლატფორმასთან "
                        "დაკავშირებაში.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "დაელაპარაკე ვინმეს",
                            "text": (
                                "თუ შენი ან სხვისი ფოტო გავრცელდა, ან ვინმე გაშანტაჟებს, "
                                "მოგვწერე ანონიმურ ჩატში. შენ არაფერში ხარ დამნაშავე და მარტო "
                                "არ ხარ. საფრთხის შემთხვევაში დარეკე 112-ზე."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When a private photo gets shared",
                "summary": (
                    "Someone shared an intimate photo of a girl in the group chat, or a photo of "
                    "you has spread without your permission. What you should know, what you can "
                    "do, and why it is not “just a joke”."
                ),
                "hero_alt": (
                    "Abstract shapes in navy, steel blue and off-white on a pale aqua background"
                ),
                "content_warning_note": (
                    "This text talks about intimate images shared without consent, and about "
                    "blackmail."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Your phone buzzes. Someone has dropped a photo into the group chat, "
                        "a photo a girl sent only to her boyfriend. Everyone is sending emojis "
                        "and making jokes. You know her. You freeze and don't know what to "
                        "write. Someone is already asking you in a DM: “Seen it?”</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sharing someone's intimate photo or video without their consent is "
                        "abuse. Anyone who forwards a photo like this becomes part of that abuse. "
                        "It doesn't matter whether they took the photo themselves or who they sent "
                        "it to. Agreeing that one person can see it is not agreeing that everyone "
                        "can. A photo that has spread once can follow a person for years: at "
                        "school, at home, at work. In many countries, Georgia included, it can be "
                        "a crime.</p>",
                    ),
                    ("heading", {"text": "If the photo reaches you", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>How you react matters, even when staying quiet seems easier and "
                        "everyone else is laughing:</p><ul><li>Don't forward it, and don't take a "
                        "screenshot.</li><li>Write in the chat: “Delete it, this isn't okay.” One "
                        "voice often gives others the courage to speak up.</li><li>Report the post "
                        "or the chat to the platform.</li><li>If you know the person, ask how they "
                        "are and whether they need help. Just knowing someone is on their side "
                        "means a lot.</li></ul>",
                    ),
                    ("heading", {"text": "If it's your photo that got shared", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>You might feel ashamed, scared or angry. Boys often think this doesn't "
                        "happen to them, or that talking about it is embarrassing. But the blame "
                        "lies with whoever shared the photo, not with you. Trusting someone is not "
                        "a crime. Keep evidence: screenshots, links, names. Many platforms have a "
                        "special form for removing intimate images. If someone threatens you and "
                        "demands money or more photos, don't send anything and don't respond to "
                        "the threats.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>It's hard, but there is a way through, and you're not alone. An adult "
                        "you trust can help you get in touch with the police or the platform.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If a photo of you or someone else has been shared, or someone is "
                                "blackmailing you, write to us in the anonymous chat. None of "
                                "this is your fault, and you're not alone. If you're in danger, "
                                "call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "when-your-family-has-a-plan",
        "topics": ["family-and-fatherhood", "feelings"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "ka": {
                "title": "როცა ოჯახს შენი ცხოვრების გეგმა უკვე აქვს",
                "summary": (
                    "მამას უკვე გადაწყვეტილი აქვს, სად ჩააბარებ, ბებია კი გეკითხება, ცოლს "
                    "როდის მოიყვან. როგორ დაიცვა შენი არჩევანი ისე, რომ ოჯახი არ დაკარგო?"
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>კვირაა, მთელი ოჯახი სუფრასთან ზის. მამა სტუმრებს უყვება, რომ "
                        "იურიდიულზე ჩააბარებ, როგორც ბიძაშენმა. ბებია გეკითხება, ცოლს როდის "
                        "მოიყვან. შენ კი დიზაინზე ფიქრობ, რის შესახებაც ჯერ არავისთვის "
                        "გითქვამს. იღიმი და თავს უქნევ, მაგრამ შიგნით რაღაც გიჭერს.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>საქართველოში ოჯახი ძალიან ბევრს ნიშნავს. მშობლები შვილებისთვის "
                        "ბევრს სწირავენ და ხშირად მათში საკუთარ აუხდენელ ოცნებებს ხედავენ. "
                        "ვაჟიშვილისგან კი კიდევ უფრო მეტს ელიან: კარგ სამსახურს, გვარის "
                        "გაგრძელებას, მშობლებზე ზრუნვას სიბერეში.</p>",
                    ),
                    ("heading", {"text": "ორ სიყვარულს შორის", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>როცა შენი სურვილები ოჯახის მოლოდინებს არ ემთხვევა, შეიძლება თავი "
                        "დამნაშავედ იგრძნო, თითქოს უმადური იყო. შეიძლება ბრაზიც მოგივიდეს. ორივე "
                        "გრძნობა გასაგებია. ბევრი ბიჭი ამ დილემას წლობით ჩუმად ატარებს და ბოლოს "
                        "ისეთ ცხოვრებას ცხოვრობს, რომელიც თავად არ აურჩევია. შეგიძლია გიყვარდეს "
                        "შენი ოჯახი და მაინც გინდოდეს, შენი გზა თავად აირჩიო.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "დიდხანს ვერ ვბედავდი, მამისთვის მეთქვა. ბოლოს ჩემი ნამუშევრები "
                                "ვაჩვენე და ვუთხარი: „აი, ეს მიყვარს“. მაშინვე არ მიიღო, მაგრამ "
                                "დღეს სტუმრებს ჩემს ნახატებს პირველი ის აჩვენებს ხოლმე."
                            ),
                            "attribution": "დავითი, 21",
                        },
                    ),
                    ("heading", {"text": "როგორ დაიწყო საუბარი", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>ერთი საუბარი ყველაფერს ვერ გადაწყვეტს, მაგრამ შეიძლება კარი "
                        "გააღოს:</p><ul><li>აირჩიე მშვიდი დრო, არა კამათის შუაგულში ან სტუმრების "
                        "თანდასწრებით.</li><li>ილაპარაკე საკუთარ თავზე: „მე მინდა“, „მე ვგრძნობ“, "
                        "და არა „შენ არასოდეს მისმენ“.</li><li>აჩვენე, რომ ეს ახირება კი არა, "
                        "გააზრებული გეგმაა: რას ისწავლი, როგორ იცხოვრებ, ვინ "
                        "დაგეხმარება.</li><li>იპოვე მოკავშირე: დედა, და, ბიძა, ვინმე, ვინც "
                        "შეიძლება შენს მხარეს დადგეს.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>ზოგჯერ მშობლებს დრო სჭირდებათ. ზოგჯერ კომპრომისს აღწევთ: მაგალითად, "
                        "ჯერ ერთ რამეს სცდი, მერე კი ერთად აფასებთ. მაგრამ თუ "
                        "ოჯახში მუქარა, ძალადობა ან იძულება იწყება, ეს უკვე ჩვეულებრივი "
                        "უთანხმოება აღარ არის და დახმარების თხოვნის სრული უფლება გაქვს.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "დაელაპარაკე ვინმეს",
                            "text": (
                                "თუ გრძნობ, რომ ოჯახის მოლოდინები გახრჩობს, ან არ იცი, როგორ "
                                "დაიწყო საუბარი, მოგვწერე ანონიმურ ჩატში. ერთად მოვიფიქრებთ, "
                                "რა შეიძლება გააკეთო."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When your family already has a plan for your life",
                "summary": (
                    "Your dad has already decided what you'll study, and your grandmother keeps "
                    "asking when you'll get married. How do you stand up for your own choices "
                    "without losing your family?"
                ),
                "hero_alt": "",
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        "<p>It's Sunday and the whole family is sitting at the table. Your dad is "
                        "telling the guests you'll study law, just like your uncle. Your "
                        "grandmother asks when you're getting married. And you're thinking about "
                        "design, which you haven't mentioned to anyone yet. You smile and nod, but "
                        "something inside you tightens.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>In Georgia, family means a lot. Parents give up a great deal for "
                        "their children and often see their own unfulfilled dreams in them. "
                        "From a son they expect even more: a good job, carrying on the family "
                        "name, looking after his parents when they're old.</p>",
                    ),
                    ("heading", {"text": "Between two kinds of love", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>When what you want doesn't match what your family expects, you might "
                        "feel guilty, as if you were being ungrateful. You might get angry too. "
                        "Both feelings make sense. Many guys carry this silently for years and end "
                        "up living a life they never chose. You can love your family and still "
                        "want to choose your own path.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "For a long time I didn't dare tell my dad. In the end I showed "
                                "him my work and said: “This is what I love.” He didn't accept it "
                                "straight away, but now he's the first to show my drawings to "
                                "guests."
                            ),
                            "attribution": "Davit, 21",
                        },
                    ),
                    ("heading", {"text": "How to start the conversation", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>One conversation won't solve everything, but it can open a "
                        "door:</p><ul><li>Pick a calm moment, not in the middle of an argument or "
                        "in front of guests.</li><li>Talk about yourself: “I want”, “I feel”, not "
                        "“You never listen.”</li><li>Show that this isn't a whim but a "
                        "thought-through plan: what you'll study, how you'll live, who can help "
                        "you.</li><li>Find an ally: your mum, a sister, an uncle, someone who "
                        "might take your side.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Sometimes parents need time. Sometimes you reach a compromise: for "
                        "example, you try one thing first and then look at it together. But if "
                        "threats, violence or being forced into something start at home, it's no "
                        "longer an ordinary disagreement, and you have every right to ask for "
                        "help.</p>",
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "Talk to someone",
                            "text": (
                                "If your family's expectations feel suffocating, or you don't "
                                "know how to start the conversation, write to us in the "
                                "anonymous chat. We can work out together what you could do."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "when-there-seems-no-way-out",
        "topics": ["mental-health", "feelings"],
        "age_group": "all",
        "sensitive_subjects": ["self-harm", "suicide"],
        "image": True,
        "translations": {
            "ka": {
                "title": "როცა გგონია, რომ გამოსავალი აღარ არის",
                "summary": (
                    "ზოგჯერ ისე მძიმდება, რომ ფიქრობ, თავს ზიანი მიაყენო ან აღარ იცოცხლო. ამ "
                    "ფიქრებით მარტო არ ხარ და მათზე ლაპარაკი შეიძლება. რა დაგეხმარება ახლა და რა — "
                    "შემდეგ."
                ),
                "hero_alt": (
                    "აბსტრაქტული რბილი ფორმები მუქ ლურჯ და ღია ნაცრისფერ ტონებში, კუთხეში პატარა "
                    "ყვითელი წრით"
                ),
                "content_warning_note": (
                    "ტექსტში საუბარია სუიციდურ ფიქრებსა და თვითდაზიანებაზე, მეთოდების დეტალების "
                    "გარეშე."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>სახლში ყველას ჰგონია, რომ კარგად ხარ. სკოლაში ხუმრობ, მეგობრებთან "
                            "იცინი. მაგრამ ღამით, როცა მარტო რჩები, ერთი და იგივე აზრი გიტრიალებს "
                            "თავში: იქნებ ყველასთვის უკეთესი იყოს, რომ აღარ ვიყო. შეიძლება "
                            "ტკივილის შესამსუბუქებლად თავისთვის ზიანის მიყენებაც გიცდია.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>თუ ეს შენთვის ნაცნობია, კარგია, რომ ამას კითხულობ. ასეთი ფიქრები "
                            "ბევრ ბიჭს აქვს, მათაც, ვინც გარედან ყველაზე ძლიერი ჩანს. ეს არ "
                            "ნიშნავს, რომ სუსტი ან „გიჟი“ ხარ. ეს ნიშნავს, რომ რაღაც ძალიან მძიმეს "
                            "ატარებ, და ამის მარტო ტარება არ გიწევს.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "„ბიჭები არ ტირიან“ — და სწორედ ეს ართულებს ყველაფერს",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ბევრ ჩვენგანს ბავშვობიდან ასწავლეს, რომ კაცი პრობლემებს თვითონ "
                            "აგვარებს და ოჯახს საწუხარს არ უმატებს. ამიტომ ბიჭები ხშირად დუმან, "
                            "სანამ სიმძიმე აუტანელი არ გახდება. მაგრამ დახმარების თხოვნა სისუსტე "
                            "არ არის. ეს ისეთივე გონივრული ნაბიჯია, როგორც ექიმთან მისვლა, როცა "
                            "ფეხი გტკივა.</p><p>როცა ძალიან ცუდად ხარ, გონება გატყუებს: გეუბნება, "
                            "რომ არაფერი შეიცვლება და არავის აინტერესებ. ეს სიმართლედ გეჩვენება, "
                            "მაგრამ ასე არ არის. გრძნობები ტალღებივით მოდის და მიდის — ყველაზე "
                            "ბნელიც კი გადის.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "ძმას ვუთხარი, რომ აღარ შემეძლო. მეგონა, გაბრაზდებოდა. ჩამეხუტა და "
                                "მეორე დღესვე ფსიქოლოგთან წამიყვანა."
                            ),
                            "attribution": "ნიკა, 18",
                        },
                    ),
                    ("heading", {"text": "თუ ეს ფიქრები ახლა ძლიერია", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>დღესვე უთხარი ვინმეს.</b> მეგობარს, ძმას ან დას, მშობელს, "
                            "მასწავლებელს ან სკოლის ფსიქოლოგს. შეგიძლია ასე დაიწყო: „ცუდად ვარ და "
                            "დახმარება მჭირდება.“</li><li><b>ნუ დარჩები მარტო.</b> გადი იქ, სადაც "
                            "სხვა ადამიანები არიან, და შენგან შორს გადადე ყველაფერი, რითაც "
                            "შეიძლება თავი დაიზიანო.</li><li><b>იფიქრე მხოლოდ უახლოეს საათზე.</b> "
                            "არა მთელ ცხოვრებაზე, მხოლოდ მომდევნო საათზე. გაისეირნე, დალიე წყალი, "
                            "მოუსმინე რამეს, რაც გამშვიდებს.</li><li><b>თუ საფრთხე ახლავეა,</b> "
                            "დარეკე 112-ზე.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "კითხვები, რომლებსაც ბიჭები გვისვამენ",
                            "items": [
                                {
                                    "question": "თუ ვინმეს ვეტყვი, ყველა გაიგებს?",
                                    "answer": (
                                        "<p>ფსიქოლოგი და ექიმი კონფიდენციალურობას იცავენ. თუ შენს "
                                        "სიცოცხლეს საფრთხე ემუქრება, შეიძლება მოუწიოთ, იმ ადამიანს "
                                        "დაუკავშირდნენ, ვინც დაგიცავს. შეგიძლია წინასწარ ჰკითხო, "
                                        "როგორ ხდება ეს. მიზანი ის არის, რომ დახმარება მიიღო და "
                                        "არა ის, რომ პრობლემები შეგექმნას.</p>"
                                    ),
                                },
                                {
                                    "question": "რა ვქნა, თუ მეგობარი ასე გრძნობს თავს?",
                                    "answer": (
                                        "<p>პირდაპირ ჰკითხე: „ფიქრობ, რომ სიცოცხლე დაასრულო?“ "
                                        "კითხვით ამ აზრს ვერავის ჩაუნერგავ. მოუსმინე, ნუ "
                                        "განიკითხავ და დაეხმარე, რომ ზრდასრულს დაელაპარაკოს. თუ "
                                        "მისი სიცოცხლე საფრთხეშია, ამის საიდუმლოდ შენახვა არ "
                                        "გევალება.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "ამით მარტო არ უნდა იყო",
                            "text": (
                                "მოგვწერე ანონიმურ ჩატში, თუნდაც არ იცოდე, რა უნდა თქვა. მოგისმენთ "
                                "განკითხვის გარეშე. თუ ახლავე საფრთხეში ხარ, დარეკე 112-ზე."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When it seems there's no way out",
                "summary": (
                    "Sometimes it gets so heavy that you think about hurting yourself or about not "
                    "living any more. You're not alone with these thoughts, and they can be talked "
                    "about. What can help right now, and what can help later."
                ),
                "hero_alt": (
                    "Abstract soft shapes in dark blue and light grey, with a small yellow circle "
                    "in one corner"
                ),
                "content_warning_note": (
                    "This text talks about suicidal thoughts and self-harm, without any details of "
                    "methods."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>At home everyone thinks you're fine. At school you joke around, "
                            "with your friends you laugh. But at night, when you're alone, the "
                            "same thought keeps turning in your head: maybe it would be better for "
                            "everyone if I weren't here. Maybe you've already tried hurting "
                            "yourself to make the pain easier.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If this feels familiar, it's good that you're reading this. A lot "
                            "of boys have thoughts like these, including the ones who look "
                            "strongest from the outside. It doesn't mean you're weak or “crazy”. "
                            "It means you're carrying something very heavy, and you don't have to "
                            "carry it alone.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "“Boys don't cry”, and that's exactly what makes it harder",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Many of us were taught from childhood that a man sorts out his "
                            "problems himself and doesn't add to his family's worries. So boys "
                            "often stay silent until the weight becomes unbearable. But asking for "
                            "help isn't weakness. It's as sensible as going to a doctor when your "
                            "leg hurts.</p><p>When you feel very bad, your mind lies to you: it "
                            "says nothing will change and nobody cares. It seems true, but it "
                            "isn't. Feelings come and go like waves, and even the darkest one "
                            "passes.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I told my brother I couldn't take it any more. I thought he'd be "
                                "angry. He hugged me and took me to a psychologist the very next "
                                "day."
                            ),
                            "attribution": "Nika, 18",
                        },
                    ),
                    ("heading", {"text": "If the thoughts are strong right now", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell someone today.</b> A friend, a brother or sister, a "
                            "parent, a teacher or the school psychologist. You can start like "
                            "this: “I'm not okay and I need help.”</li><li><b>Don't stay "
                            "alone.</b> Go where there are other people, and keep anything you "
                            "could hurt yourself with out of reach.</li><li><b>Think only about "
                            "the next hour.</b> Not your whole life, just the next hour. Go for a "
                            "walk, drink some water, listen to something that calms "
                            "you.</li><li><b>If the danger is right now,</b> call 112.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions boys ask us",
                            "items": [
                                {
                                    "question": "If I tell someone, will everyone find out?",
                                    "answer": (
                                        "<p>Psychologists and doctors keep what you say "
                                        "confidential. If your life is in danger, they may have to "
                                        "contact someone who can protect you. You can ask in "
                                        "advance how that works. The point is for you to get help, "
                                        "not problems.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend feels like this?",
                                    "answer": (
                                        "<p>Ask him directly: “Are you thinking about ending your "
                                        "life?” Asking won't put the idea into anyone's head. "
                                        "Listen, don't judge, and help him talk to an adult. If "
                                        "his life is in danger, you don't have to keep it "
                                        "secret.</p>"
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
                                "say. We'll listen without judging. If you are in danger right "
                                "now, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "when-they-make-you-the-target",
        "topics": ["violence-and-consent", "mental-health"],
        "age_group": "13-15",
        "sensitive_subjects": ["abuse"],
        "image": False,
        "translations": {
            "ka": {
                "title": "როცა სამიზნედ გაქცევენ",
                "summary": (
                    "დაცინვა, მეტსახელები, ჯგუფური ჩატი, სადაც შენ გარდა ყველაა. ბულინგი შენი "
                    "ბრალი არ არის და მისი მოთმენა არ გევალება. რისი გაკეთება შეგიძლია — და რისი, "
                    "თუ ეს სხვას ემართება."
                ),
                "content_warning_note": (
                    "ტექსტში საუბარია ბულინგზე: დაცინვაზე, გარიყვასა და მუქარაზე."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>ყველაფერი ერთი ხუმრობით დაიწყო შენს ტანსაცმელზე ან ლაპარაკის "
                            "მანერაზე. მერე მეტსახელი გაჩნდა, რომელსაც ახლა მთელი კლასი იყენებს. "
                            "შესვენებაზე შენ გვერდით არავინ ჯდება, ვიღაც ფარულად გიღებს ვიდეოს, "
                            "ჯგუფურ ჩატში კი შენს ფოტოებს აგზავნიან და იცინიან. დილით, სკოლაში "
                            "მისვლამდე, მუცელი გტკივა.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ამას ბულინგი ჰქვია: როცა ერთი ადამიანი ან ჯგუფი ვინმეს ისევ და "
                            "ისევ ამცირებს, ემუქრება ან გარიყავს. ეს ხდება სკოლაში, ეზოში, "
                            "ვარჯიშზე და ინტერნეტში. ბულინგი იმის ბრალი არ არის, ვისაც ემართება. "
                            "ვინც სხვას ამცირებს, ამით თავს დიდად და ძლიერად გრძნობს.</p>"
                        ),
                    ),
                    ("heading", {"text": "რატომ დუმან ბიჭები", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ბევრი ბიჭი დუმს. არავის უნდა, რომ „ჩამშვები“ დაუძახონ. ეშინია, რომ "
                            "უფროსები საქმეს მხოლოდ გააუარესებენ, ან რცხვენია, თითქოს თვითონ იყოს "
                            "დამნაშავე. ხშირად ისიც გვესმის, რომ „კაცმა თავი თვითონ უნდა დაიცვას“. "
                            "მაგრამ ბულინგი თავისით იშვიათად წყდება. რაც უფრო დიდხანს გრძელდება, "
                            "მით უფრო მეტად მოქმედებს შენს ძილზე, სწავლაზე და იმაზე, თუ როგორ "
                            "ხედავ საკუთარ თავს.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "ყველა მესიჯის სქრინშოტი შევინახე. როცა დამრიგებელს ვაჩვენე, ვეღარ "
                                "მითხრა, რომ ეს უბრალოდ ხუმრობა იყო."
                            ),
                            "attribution": "საბა, 14",
                        },
                    ),
                    ("heading", {"text": "რისი გაკეთება შეგიძლია", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>უთხარი ზრდასრულს, ვისაც ენდობი:</b> მშობელს, დამრიგებელს, "
                            "სკოლის ფსიქოლოგს ან მწვრთნელს. სკოლა ვალდებულია, რეაგირება "
                            "მოახდინოს.</li><li><b>შეინახე მტკიცებულებები:</b> სქრინშოტები, "
                            "თარიღები, ვინ რა თქვა და ვინ ნახა.</li><li><b>დაბლოკე და "
                            "დაარეპორტე</b> ანგარიშები ინტერნეტში. ეს დანებება კი არა, თავის "
                            "დაცვაა.</li><li><b>იპოვე შენი ადგილი:</b> წრე, გუნდი ან ადამიანები, "
                            "ვისთანაც შეგიძლია იყო ის, ვინც ხარ.</li></ul>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "თუ ეს სხვას ემართება",
                            "items": [
                                {
                                    "question": "რა ვქნა, თუ ვხედავ, რომ ვიღაცას დასცინიან?",
                                    "answer": (
                                        "<p>ნუ აჰყვები სიცილს და ნურაფერს გაავრცელებ. თუ შეგიძლია, "
                                        "მოკლედ თქვი: „კარგი რა, გეყოფათ.“ მერე მიდი იმ ბიჭთან და "
                                        "ჰკითხე, როგორ არის. უთხარი ზრდასრულსაც. ეს ჩაშვება კი "
                                        "არა, ადამიანის მხარში დგომაა.</p>"
                                    ),
                                },
                                {
                                    "question": "და თუ მე ვიყავი ის, ვინც დასცინოდა?",
                                    "answer": (
                                        "<p>კარგია, რომ ამაზე ფიქრობ. შეწყვიტე, ბოდიში მოიხადე "
                                        "თავის მართლების გარეშე და დაფიქრდი, რატომ აკეთებდი ამას. "
                                        "ხშირად ამის უკან სხვა რამ იმალება, მაგალითად ის, რომ შენც "
                                        "ვიღაც გამცირებდა. ამაზეც შეიძლება ლაპარაკი.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "ამის მარტო მოთმენა არ გიწევს",
                            "text": (
                                "მოგვწერე ანონიმურ ჩატში, რა ხდება. ერთად მოვიფიქრებთ, რა ნაბიჯი "
                                "უნდა გადადგა. თუ ვინმე გემუქრება, რომ ზიანს მოგაყენებს, დარეკე "
                                "112-ზე."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When they make you the target",
                "summary": (
                    "Mockery, nicknames, a group chat with everyone in it but you. Bullying is not "
                    "your fault, and you don't have to put up with it. What you can do, and what "
                    "to do if it's happening to someone else."
                ),
                "content_warning_note": (
                    "This text talks about bullying: mockery, being shut out and threats."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It all started with one joke about your clothes or the way you "
                            "talk. Then came a nickname that the whole class uses now. At break "
                            "nobody sits next to you, someone films you secretly, and in the group "
                            "chat they post photos of you and laugh. In the morning, before you "
                            "even get to school, your stomach hurts.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>This is called bullying: when one person or a group humiliates, "
                            "threatens or shuts someone out, again and again. It happens at "
                            "school, in the yard, at training and online. Bullying is not the "
                            "fault of the person it happens to. Whoever humiliates others does it "
                            "to make himself feel big and strong.</p>"
                        ),
                    ),
                    ("heading", {"text": "Why boys stay silent", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Many boys say nothing. Nobody wants to be called a snitch. They're "
                            "afraid adults will only make things worse, or they feel ashamed, as "
                            "if it were their fault. We often hear that “a man has to defend "
                            "himself”, too. But bullying rarely stops on its own. The longer it "
                            "goes on, the more it affects your sleep, your studies and how you see "
                            "yourself.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I kept a screenshot of every message. When I showed them to my "
                                "class teacher, she couldn't tell me it was just a joke any more."
                            ),
                            "attribution": "Saba, 14",
                        },
                    ),
                    ("heading", {"text": "What you can do", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Tell an adult you trust:</b> a parent, your class teacher, "
                            "the school psychologist or your coach. The school has a duty to "
                            "respond.</li><li><b>Keep evidence:</b> screenshots, dates, who said "
                            "what and who saw it.</li><li><b>Block and report</b> the accounts "
                            "online. That's not giving in, it's protecting "
                            "yourself.</li><li><b>Find your place:</b> a club, a team or people "
                            "you can be yourself with.</li></ul>"
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
                                        "<p>Don't join in the laughter and don't share anything. "
                                        "If you can, say it briefly: “Come on, that's enough.” "
                                        "Then go up to him and ask how he is. Tell an adult too. "
                                        "That's not snitching, it's standing by someone.</p>"
                                    ),
                                },
                                {
                                    "question": "And what if I was the one mocking?",
                                    "answer": (
                                        "<p>It's good that you're thinking about it. Stop, "
                                        "apologise without making excuses, and think about why you "
                                        "did it. Often something else is hiding behind it, for "
                                        "example that someone was humiliating you too. That can be "
                                        "talked about as well.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "You don't have to put up with this alone",
                            "text": (
                                "Write to us in the anonymous chat about what's happening. "
                                "Together we'll think about what step to take. If someone "
                                "threatens to hurt you, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "not-sure-about-your-feelings",
        "topics": ["relationships", "feelings"],
        "age_group": "all",
        "sensitive_subjects": [],
        "image": True,
        "translations": {
            "ka": {
                "title": "როცა საკუთარ გრძნობებში ბოლომდე დარწმუნებული არ ხარ",
                "summary": (
                    "შეიძლება გოგოები მოგწონს, შეიძლება ბიჭები, შეიძლება ჯერ არ იცი. ეს "
                    "ნორმალურია. იმაზე, როგორ გაერკვე საკუთარ გრძნობებში, ვის ენდო და რატომ "
                    "იმსახურებს პატივისცემას ყველა ადამიანი."
                ),
                "hero_alt": (
                    "აბსტრაქტული ერთმანეთზე გადაფარებული წრეები მარჯნისფერ, პიტნისფერ და ღია "
                    "იისფერ ტონებში კრემისფერ ფონზე"
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>მეგობრები გოგოებზე ლაპარაკობენ და შენც თავს უქნევ. მაგრამ გულის "
                            "სიღრმეში გრძნობ, რომ შენი გრძნობები ყოველთვის ისე არ არის, როგორც "
                            "„უნდა იყოს“. შეიძლება რომელიმე ბიჭი მოგწონს და ეს გაბნევს. შეიძლება "
                            "ჯერ არავინ მოგწონს და ფიქრობ, ხომ არაფერი გჭირს.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>გრძნობების „სწორი“ წესრიგი არ არსებობს. ზოგმა ადრე იცის, ვინ "
                            "იზიდავს, ზოგი ამას მოგვიანებით ხვდება, ზოგს კი დროთა განმავლობაში "
                            "ეცვლება. ეჭვი ის პრობლემა არ არის, რომელიც სასწრაფოდ უნდა გადაჭრა. "
                            "შეგიძლია საკუთარ თავს დრო მისცე.</p>"
                        ),
                    ),
                    ("heading", {"text": "სიტყვები, რომლებიც შეურაცხყოფად იქცა", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>ეზოში თუ გასახდელში ზოგიერთ სიტყვას შეურაცხყოფად იყენებენ, რომ "
                            "ვინმეს უთხრან: „საკმარისად კაცი არ ხარ“. ეს უფრო მეტს ამბობს იმ ვიწრო "
                            "წესებზე, რომლებიც ბიჭებს ზღუდავს, ვიდრე იმ ადამიანზე, ვისაც ეს "
                            "სიტყვები ეხება. ამ დაცინვას აყოლა არ გევალება. ადამიანის ღირსება არ "
                            "არის დამოკიდებული იმაზე, ვინ უყვარს.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "პირველად ბიძაშვილს ვუთხარი. მან უბრალოდ მითხრა: „შენ ისევ შენ "
                                "ხარ“. ზუსტად ეს მჭირდებოდა."
                            ),
                            "attribution": "დათო, 19",
                        },
                    ),
                    ("heading", {"text": "უსაფრთხოება პირველ ადგილზეა", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>რამდენს, როდის და ვის ეტყვი, მხოლოდ შენ წყვეტ. ჯერ იფიქრე, ვისთან "
                            "იქნები უსაფრთხოდ, და დაიწყე იმ ადამიანით, ვისაც სრულად ენდობი. "
                            "ფრთხილად იყავი ფოტოებთან და მიმოწერასთან, რომლებიც სხვამ შეიძლება "
                            "ნახოს. თუ ვინმე გემუქრება, რომ შენს საიდუმლოს გაამჟღავნებს, ეს შენი "
                            "ბრალი არ არის და ამაზე ჩვენთან ლაპარაკი შეგიძლია.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "კითხვები, რომლებსაც ბიჭები სვამენ",
                            "items": [
                                {
                                    "question": "ნორმალურია, რომ ბიჭზე ვფიქრობ?",
                                    "answer": (
                                        "<p>ფიქრები და ფანტაზიები ბევრს აქვს და ისინი ყოველთვის "
                                        "ერთმნიშვნელოვნად არ ამბობენ, ვინ ხარ. მთავარია, რას "
                                        "გრძნობ დროთა განმავლობაში, და ამის გარკვევა დღესვე არ "
                                        "გიწევს.</p>"
                                    ),
                                },
                                {
                                    "question": "რა ვქნა, თუ მეგობარმა მითხრა, რომ ბიჭები მოსწონს?",
                                    "answer": (
                                        "<p>მადლობა უთხარი ნდობისთვის და მოუსმინე. ნურავის ეტყვი "
                                        "მისი ნებართვის გარეშე, ამან შეიძლება საფრთხე შეუქმნას. "
                                        "უბრალოდ აგრძნობინე, რომ თქვენს შორის არაფერი შეცვლილა.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "გინდა, ამაზე ილაპარაკო?",
                            "text": (
                                "მოგვწერე ანონიმურ ჩატში. სახელს არ გკითხავთ და არ განგიკითხავთ. "
                                "არცერთი კითხვა არ არის უცნაური."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Not sure about your feelings",
                "summary": (
                    "Maybe you like girls, maybe boys, maybe you don't know yet. That's normal. "
                    "About making sense of your own feelings, who to trust, and why every person "
                    "deserves respect."
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
                            "<p>Your friends talk about girls and you nod along. But deep down you "
                            "feel that your feelings aren't always the way they're “supposed to "
                            "be”. Maybe you like a boy, and that confuses you. Maybe you don't "
                            "like anyone yet and wonder whether something is wrong with you.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>There's no “right” order for feelings. Some people know early who "
                            "they're attracted to, some realise it later, and for some it changes "
                            "over time. Doubt isn't a problem you have to solve urgently. You can "
                            "give yourself time.</p>"
                        ),
                    ),
                    ("heading", {"text": "Words that became insults", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In the yard or the changing room some words are used as insults, "
                            "to tell someone “you're not man enough”. That says more about the "
                            "narrow rules that limit boys than about the person the words are "
                            "aimed at. You don't have to join in the mockery. A person's dignity "
                            "doesn't depend on who they love.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first person I told was my cousin. He just said: “You're "
                                "still you.” That was exactly what I needed."
                            ),
                            "attribution": "Dato, 19",
                        },
                    ),
                    ("heading", {"text": "Safety comes first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Only you decide how much to tell, when, and to whom. First think "
                            "about who you'll be safe with, and start with someone you trust "
                            "completely. Be careful with photos and messages that others might "
                            "see. If someone threatens to reveal your secret, it isn't your fault, "
                            "and you can talk to us about it.</p>"
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
                                        "don't always say clearly who you are. What matters is "
                                        "what you feel over time, and you don't have to work that "
                                        "out today.</p>"
                                    ),
                                },
                                {
                                    "question": "What do I do if a friend tells me he likes boys?",
                                    "answer": (
                                        "<p>Thank him for trusting you, and listen. Don't tell "
                                        "anyone without his permission: it could put him in "
                                        "danger. Just let him feel that nothing has changed "
                                        "between you.</p>"
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
                                "Write to us in the anonymous chat. We won't ask your name and we "
                                "won't judge you. No question is strange."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "when-someone-offers-you-something",
        "topics": ["mental-health", "masculinity"],
        "age_group": "16-18",
        "sensitive_subjects": [],
        "image": False,
        "translations": {
            "ka": {
                "title": "როცა რაღაცას გთავაზობენ",
                "summary": (
                    "წვეულებაზე ან ეზოში ვიღაც აბს ან „ბალახს“ გთავაზობს: „ერთხელ არაფერი მოგივა“. "
                    "რა უნდა იცოდე რისკებსა და კანონზე, როგორ თქვა უარი და რა ქნა, თუ მეგობარი "
                    "ცუდად გახდა."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>პარასკევი საღამოა, მეგობრის სახლში ხართ. ვიღაც ჯიბიდან პატარა "
                            "პაკეტს იღებს და ამბობს: „ერთხელ არაფერი მოგივა, ნუ გეშინია.“ ყველა "
                            "შენ გიყურებს. არ გინდა, რომ „მშიშრად“ ჩაგთვალონ, მაგრამ არც ის გინდა, "
                            "რასაც გთავაზობენ.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>ბევრ ბიჭს ჰგონია, რომ უარის თქმა სისუსტეა. სინამდვილეში საკუთარი "
                            "არჩევანის გაკეთებას უფრო მეტი ძალა სჭირდება, ვიდრე სხვებისთვის "
                            "აყოლას. და სულაც არ არის ისე, რომ „ყველა იღებს“ — უბრალოდ, ვინც არ "
                            "იღებს, იმაზე არავინ ლაპარაკობს.</p>"
                        ),
                    ),
                    ("heading", {"text": "რა უნდა იცოდე", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>არასდროს იცი, რა არის შიგნით.</b> აბი ან ფხვნილი შეიძლება "
                            "სულ სხვა რამ აღმოჩნდეს, ვიდრე გეუბნებიან, და ცუდად გასახდომად ერთი "
                            "შემთხვევაც საკმარისია.</li><li><b>ალკოჰოლთან ერთად უფრო საშიშია.</b> "
                            "სხვადასხვა ნივთიერების შერევა განსაკუთრებით "
                            "სახიფათოა.</li><li><b>კანონი მკაცრია.</b> საქართველოში ნარკოტიკების "
                            "ყიდვა, შენახვა და სხვისთვის გადაცემა დანაშაულია. ნასამართლობამ "
                            "შეიძლება წლების განმავლობაში შეგიშალოს ხელი სწავლაში, სამსახურსა და "
                            "მოგზაურობაში.</li><li><b>გრძნობებს ვერ გაექცევი.</b> თუ რამეს იღებ, "
                            "რომ დაძაბულობა ან სევდა დაივიწყო, ისინი მაინც ბრუნდებიან.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "ვუთხარი: „არა, ხვალ ვარჯიში მაქვს.“ არავის არაფერი უთქვამს. მერე "
                                "აღმოჩნდა, რომ კიდევ ორს არ უნდოდა, უბრალოდ ვერ ბედავდნენ თქმას."
                            ),
                            "attribution": "გიორგი, 17",
                        },
                    ),
                    ("heading", {"text": "როგორ თქვა უარი", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>გრძელი ახსნა არ გჭირდება. საკმარისია მოკლე და მშვიდი პასუხი: „არა, "
                            "მადლობა“, „ხვალ ადრე ვდგები“, „ეს ჩემი თემა არ არის“. თუ ზეწოლა არ "
                            "წყდება, შეგიძლია უბრალოდ წახვიდე. მეგობარი, რომელიც შენს „არას“ ვერ "
                            "იღებს, დაფიქრების საბაბია.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "თუ მეგობარი ცუდად გახდა",
                            "items": [
                                {
                                    "question": (
                                        "რა ვქნა, თუ ვინმე გონებას კარგავს ან სუნთქვა უჭირს?"
                                    ),
                                    "answer": (
                                        "<p>მაშინვე დარეკე 112-ზე. მარტო ნუ დატოვებ, გვერდზე "
                                        "დააწვინე, რომ სუნთქვა შეეძლოს, და დარჩი მასთან, სანამ "
                                        "დახმარება მოვა. ნუ შეგეშინდება, რომ პრობლემები "
                                        "შეგექმნებათ: სიცოცხლე უფრო მნიშვნელოვანია.</p>"
                                    ),
                                },
                                {
                                    "question": "მეგობარი ხშირად იღებს და ვღელავ. რა ვქნა?",
                                    "answer": (
                                        "<p>მშვიდ მომენტში, მარტო დაელაპარაკე, ბრალდებების გარეშე: "
                                        "„შენზე ვღელავ, სინამდვილეში როგორ ხარ?“ ხშირად "
                                        "ნივთიერებების უკან სხვა პრობლემა იმალება. ამაზე ჩვენც "
                                        "შეგიძლია მოგვწერო.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "talk_to_someone",
                        {
                            "heading": "შეგიძლია ვინმეს დაელაპარაკო",
                            "text": (
                                "თუ ნივთიერებებზე ფიქრი — შენზე თუ მეგობარზე — არ გასვენებს, "
                                "მოგვწერე ანონიმურ ჩატში. მოგისმენთ განკითხვის გარეშე. გადაუდებელ "
                                "შემთხვევაში დარეკე 112-ზე."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When someone offers you something",
                "summary": (
                    "At a party or in the yard someone offers you a pill or some weed: “Once won't "
                    "hurt you.” What you should know about the risks and the law, how to say no, "
                    "and what to do if a friend is in a bad way."
                ),
                "content_warning_note": "",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>It's Friday evening and you're at a friend's place. Someone takes "
                            "a small packet out of his pocket and says: “Once won't hurt you, "
                            "don't be scared.” Everyone looks at you. You don't want to be seen as "
                            "a coward, but you don't want what they're offering either.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Many boys think saying no is weak. In fact it takes more strength "
                            "to make your own choice than to go along with others. And it's not "
                            "true that “everyone takes it”: it's just that nobody talks about the "
                            "ones who don't.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you should know", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>You never know what's inside.</b> A pill or a powder can "
                            "turn out to be something completely different from what you're told, "
                            "and one time is enough to make you ill.</li><li><b>It's more "
                            "dangerous with alcohol.</b> Mixing different substances is especially "
                            "risky.</li><li><b>The law is strict.</b> In Georgia buying, keeping "
                            "and passing on drugs is a crime. A criminal record can get in the way "
                            "of your studies, work and travel for years.</li><li><b>You can't run "
                            "away from your feelings.</b> If you take something to forget stress "
                            "or sadness, they still come back.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "I said: “No, I've got training tomorrow.” Nobody said anything. "
                                "Later it turned out two others didn't want to either, they just "
                                "didn't dare say so."
                            ),
                            "attribution": "Giorgi, 17",
                        },
                    ),
                    ("heading", {"text": "How to say no", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You don't need a long explanation. A short, calm answer is enough: "
                            "“No, thanks”, “I'm up early tomorrow”, “That's not my thing.” If the "
                            "pressure doesn't stop, you can simply leave. A friend who can't "
                            "accept your “no” is something worth thinking about.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "If a friend is in a bad way",
                            "items": [
                                {
                                    "question": (
                                        "What do I do if someone is passing out or struggling to "
                                        "breathe?"
                                    ),
                                    "answer": (
                                        "<p>Call 112 straight away. Don't leave him alone, lay him "
                                        "on his side so he can breathe, and stay with him until "
                                        "help arrives. Don't be afraid of getting into trouble: "
                                        "his life matters more.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "A friend takes things often and I'm worried. What do I do?"
                                    ),
                                    "answer": (
                                        "<p>Talk to him alone, at a calm moment, without "
                                        "accusations: “I'm worried about you. How are you really?” "
                                        "There's often another problem hiding behind the "
                                        "substances. You can write to us about it too.</p>"
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
                                "If thinking about drugs, yours or a friend's, won't leave you "
                                "alone, write to us in the anonymous chat. We'll listen without "
                                "judging. In an emergency, call 112."
                            ),
                        },
                    ),
                ],
            },
        },
    },
]
