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
]
