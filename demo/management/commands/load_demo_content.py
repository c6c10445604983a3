"""Load the demo content: every locale, country, partner, article, support page and demo user.

Idempotent: what exists is left alone (including edits made in the admin since the last run), and
only what is missing is created. Text comes from `demo/data`; images are drawn here.
"""

import datetime
import hashlib
import importlib
import io
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.users.models import UserProfile

from articles.models import ArticlePage, Topic, TopicIndexPage, TopicPage
from core.partners import load_partners, translators_group
from countries.models import CountryPage, PartnerPage
from demo.data import site as site_data
from demo.data.crisis_words import CRISIS_WORDS
from demo.data.translated_snippets import translate_snippet_with_strings
from home.models import HomePage, StandardPage
from mirrors.demo import ensure_demo_mirror_list
from navigation.models import Footer, NavigationMenu
from questions.demo import ensure_demo_answers
from search.models import CrisisWords
from support.chat import ChatKind
from support.models import EmergencyNumber, Helpline, PartnerChatSettings, SupportPage
from support.privacy import ChatKeeps, ChatOperator
from support.verification import verify_number

DEFAULT_LOCALE = settings.LANGUAGE_CODE
# Where `make run` serves by default (Makefile PORT); Wagtail's own default Site is localhost:80.
DEMO_SITE_HOST = "localhost"
DEMO_SITE_PORT = 8000


def time(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


LAST_REVIEWED = datetime.date(2026, 10, 1)
PALETTES = [
    ["#0b5d56", "#e9d8a6", "#94d2bd", "#ee9b00"],
    ["#264653", "#2a9d8f", "#e9c46a", "#f4a261"],
    ["#3d405b", "#81b29a", "#f2cc8f", "#e07a5f"],
    ["#1d3557", "#a8dadc", "#f1faee", "#457b9d"],
]
# One demo article shows the click-to-play video block (nothing loads until the reader clicks).
DEMO_VIDEO = {
    "url": "https://vimeo.com/76979871",
    "title": "Redefine: boys talk about the Man Box",
    "transcript": "Young men talk about the rules they learnt about being a man.",
}


def stream(blocks):
    return [(block_type, value) for block_type, value in blocks]


class Command(BaseCommand):
    help = "Create the demo content in every locale (idempotent: keeps what exists)."

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="Do not create the demo users.")
        parser.add_argument(
            "--host",
            help="Host name of the default Site (make run passes its HOST). Without it, only "
            "Wagtail's placeholder localhost:80 is replaced, by localhost:8000.",
        )
        parser.add_argument(
            "--port", type=int, help="Port of the default Site (make run passes its PORT)."
        )

    def handle(self, *args, **options):
        self.created = 0
        self.partners = load_partners()
        with transaction.atomic():
            self.locales = self.ensure_locales()
            self.topics = self.ensure_topics()
            homes = self.ensure_homes()
            self.ensure_topic_pages(homes)
            standard = self.ensure_standard_pages(homes)
            countries = self.ensure_countries(homes)
            for partner in self.partners:
                self.ensure_partner(partner, countries[partner.country])
            self.ensure_helplines()
            self.ensure_crisis_words()
            self.ensure_navigation(standard)
            ensure_demo_mirror_list(self.translate_snippet, site_data.ALL_LOCALES)
            self.ensure_site_address(homes[DEFAULT_LOCALE], options["host"], options["port"])
        # Groups, permissions, collections and workflows for the partners' new subtrees.
        call_command("setup_partners", stdout=self.stdout)
        if not options["no_users"]:
            self.ensure_users()
            self.verify_demo_numbers()
            self.stdout.write(
                "Demo users: admin, <partner>-editor, <partner>-moderator (partners: "
                + ", ".join(partner.slug for partner in self.partners)
                + "), translator-<locale>. Password for all: "
                + settings.DEMO_PASSWORD
            )
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({self.created} objects created).")
        )

    # Locales and snippets -------------------------------------------------------------------

    def ensure_locales(self) -> dict[str, Locale]:
        locales = {}
        for code, _name in settings.LANGUAGES:
            locales[code], created = Locale.objects.get_or_create(language_code=code)
            self.created += created
        return locales

    def translate_snippet(self, source, code, **fields):
        """The snippet's translation into `code`, created with `fields` when missing."""
        locale = self.locales[code]
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing
        written = source.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(written, name, value)
        self.created += 1
        # Through wagtail-localize, as a regional administrator's "Translate" would, so that the
        # locale's translators can revise it in the translation editor.
        translated = translate_snippet_with_strings(source, written, locale)
        if translated is None:
            written.save()
            return written
        return translated

    def ensure_topics(self) -> dict[str, Topic]:
        topics = {}
        for data in site_data.TOPICS:
            topic = Topic.objects.filter(
                slug=data["slug"], locale=self.locales[DEFAULT_LOCALE]
            ).first()
            if topic is None:
                topic = Topic.objects.create(
                    slug=data["slug"],
                    locale=self.locales[DEFAULT_LOCALE],
                    name=data["name"][DEFAULT_LOCALE],
                    description=data["description"][DEFAULT_LOCALE],
                )
                self.created += 1
            for code in site_data.ALL_LOCALES:
                if code != DEFAULT_LOCALE:
                    self.translate_snippet(
                        topic, code, name=data["name"][code], description=data["description"][code]
                    )
            topics[data["slug"]] = topic
        return topics

    # Pages ----------------------------------------------------------------------------------

    def publish(self, page):
        page.save_revision().publish()
        self.created += 1
        return page

    def child(self, parent, model, slug, **fields):
        """The child of `parent` with `slug`, created and published when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, locale_id=parent.locale_id, **fields)
        parent.add_child(instance=page)
        return self.publish(page)

    def translate_page(self, source, code, **fields):
        """The page's translation into `code`, created and published when missing."""
        locale = self.locales[code]
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        translation = source.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        return self.publish(translation)

    def ensure_site_address(self, home, host, port):
        """Point the default Site at where `make run` serves, so that canonical links, og:url
        and the sitemap work there. An address someone chose is kept unless asked to change."""
        site = Site.objects.filter(is_default_site=True, root_page=home).first()
        if site is None:
            return
        wagtail_placeholder = (site.hostname, site.port) == ("localhost", 80)
        if host is None and port is None and not wagtail_placeholder:
            return
        wanted = (
            host or site.hostname,
            port or (DEMO_SITE_PORT if wagtail_placeholder else site.port),
        )
        if (site.hostname, site.port) != wanted:
            site.hostname, site.port = wanted
            site.save(update_fields=["hostname", "port"])
            self.created += 1

    def ensure_homes(self) -> dict[str, HomePage]:
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locales[DEFAULT_LOCALE]).first()
        if home is None:
            home = self.child(root, HomePage, "redefine", **site_data.HOME[DEFAULT_LOCALE])
            site = Site.objects.filter(is_default_site=True).first()
            old_root = site.root_page if site else None
            if site is None:
                Site.objects.create(
                    hostname=DEMO_SITE_HOST,
                    port=DEMO_SITE_PORT,
                    root_page=home,
                    is_default_site=True,
                    site_name="Redefine",
                )
            else:
                site.root_page = home
                site.site_name = "Redefine"
                site.save()
            # Wagtail's "Welcome to your new Wagtail site!" page has no place in the tree.
            if old_root is not None and old_root.specific_class is Page and not old_root.numchild:
                old_root.delete()
        homes = {DEFAULT_LOCALE: home}
        for code in site_data.ALL_LOCALES:
            if code != DEFAULT_LOCALE:
                homes[code] = self.translate_page(home, code, **site_data.HOME[code])
        return homes

    def ensure_topic_pages(self, homes):
        index_en = self.child(
            homes[DEFAULT_LOCALE], TopicIndexPage, "topics", **site_data.TOPIC_INDEX[DEFAULT_LOCALE]
        )
        for code in site_data.ALL_LOCALES:
            if code != DEFAULT_LOCALE:
                self.translate_page(index_en, code, **site_data.TOPIC_INDEX[code])
        for data in site_data.TOPICS:
            topic = self.topics[data["slug"]]
            page = self.child(
                index_en,
                TopicPage,
                data["slug"],
                topic=topic,
                title=data["name"][DEFAULT_LOCALE],
                intro=data["description"][DEFAULT_LOCALE],
            )
            for code in site_data.ALL_LOCALES:
                if code != DEFAULT_LOCALE:
                    self.translate_page(
                        page, code, title=data["name"][code], intro=data["description"][code]
                    )

    def ensure_standard_pages(self, homes) -> dict[str, StandardPage]:
        pages = {}
        for data in site_data.STANDARD_PAGES:
            texts = data["translations"]
            page = self.child(
                homes[DEFAULT_LOCALE],
                StandardPage,
                data["slug"],
                title=texts[DEFAULT_LOCALE]["title"],
                intro=texts[DEFAULT_LOCALE]["intro"],
                body=stream(texts[DEFAULT_LOCALE]["body"]),
            )
            for code in site_data.ALL_LOCALES:
                if code != DEFAULT_LOCALE:
                    self.translate_page(
                        page,
                        code,
                        title=texts[code]["title"],
                        intro=texts[code]["intro"],
                        body=stream(texts[code]["body"]),
                    )
            pages[data["slug"]] = page
        return pages

    def ensure_countries(self, homes) -> dict[str, CountryPage]:
        countries = {}
        for data in site_data.COUNTRIES:
            texts = data["translations"]
            page = self.child(
                homes[DEFAULT_LOCALE],
                CountryPage,
                data["slug"],
                country_code=data["code"],
                **texts[DEFAULT_LOCALE],
            )
            for code in data["locales"]:
                if code != DEFAULT_LOCALE:
                    self.translate_page(page, code, **texts[code])
            countries[data["code"]] = page
        return countries

    def ensure_partner(self, partner, country):
        slug = partner.slug
        data = site_data.PARTNERS[slug]
        texts = data["translations"]
        codes = partner.all_locales
        partner_page = self.child(
            country, PartnerPage, slug, website=data["website"], **texts[DEFAULT_LOCALE]
        )
        for code in codes:
            if code != DEFAULT_LOCALE:
                self.translate_page(partner_page, code, **texts[code])

        support = site_data.SUPPORT[slug]
        support_texts = support["translations"]
        chat = site_data.SUPPORT_CHAT[slug]

        # One support page, translated into the partner's other languages (same translation_key):
        # they share the partner's chat, hours and privacy facts (PartnerChatSettings).
        support_page = self.child(
            partner_page, SupportPage, "support", **support_texts[DEFAULT_LOCALE]
        )
        for code in codes:
            if code != DEFAULT_LOCALE:
                self.translate_page(support_page, code, **support_texts[code])
        self.ensure_chat_settings(partner_page, chat)

        collection = self.partner_collection(partner)
        module = importlib.import_module(f"demo.data.articles_{slug.replace('-', '_')}")
        for position, article in enumerate(module.ARTICLES):
            self.ensure_article(partner_page, article, codes, collection, video=position == 1)
        # The partner's answered questions (questions app, its own demo module).
        self.created += ensure_demo_answers(partner, partner_page, self.locales, self.topics)

    def ensure_chat_settings(self, partner_page, chat):
        """The partner's demo chat, hours and privacy facts, when it has no opening hours yet.

        Settings with hours (set here or by a moderator) are left alone, so that the command
        stays idempotent and never overwrites the admin; so are settings whose chat was changed
        to another kind. Only privacy facts never given (as migration support/0006 leaves
        them: the messages kept for an unknown number of days) are filled in.
        """
        chat_settings, created = PartnerChatSettings.objects.get_or_create(
            partner_key=partner_page.translation_key
        )
        self.created += created
        if chat_settings.chat_kind not in (ChatKind.NONE, chat["kind"]):
            return
        if chat_settings.opening_hours:
            if chat_settings.chat_kind == chat["kind"] and self.privacy_never_given(chat_settings):
                self.set_privacy(chat_settings, chat)
                chat_settings.full_clean()
                chat_settings.save()
                self.created += 1
            return
        hours = [
            ("weekly", {"weekday": str(day), "opens": time(opens), "closes": time(closes)})
            for day, opens, closes in chat["weekly"]
        ] + [
            (
                "exception",
                {
                    "first_day": datetime.date.fromisoformat(first),
                    "last_day": datetime.date.fromisoformat(last),
                    "opens": time(opens) if opens else None,
                    "closes": time(closes) if closes else None,
                    "reason": reason,
                },
            )
            for first, last, opens, closes, reason in chat["exceptions"]
        ]
        if not hours and chat["kind"] == chat_settings.chat_kind:
            return
        chat_settings.chat_kind = chat["kind"]
        chat_settings.chat_url = chat.get("chat_url", "")
        chat_settings.chatwoot_base_url = chat.get("chatwoot_base_url", "")
        chat_settings.chatwoot_website_token = chat.get("chatwoot_website_token", "")
        chat_settings.messenger_url = chat.get("messenger_url", "")
        chat_settings.opening_hours = hours
        self.set_privacy(chat_settings, chat)
        chat_settings.full_clean()
        chat_settings.save()
        self.created += 1

    @staticmethod
    def privacy_never_given(chat_settings) -> bool:
        return chat_settings.keeps == ChatKeeps.MESSAGES and not chat_settings.retention_days

    @staticmethod
    def set_privacy(chat_settings, chat):
        privacy = chat["privacy"]
        chat_settings.operator = privacy.get("operator", ChatOperator.PARTNER)
        chat_settings.operator_name = privacy.get("operator_name", "")
        chat_settings.keeps = privacy.get("keeps", ChatKeeps.MESSAGES)
        chat_settings.retention_days = privacy.get("retention_days")
        chat_settings.anonymous = privacy.get("anonymous", False)

    def partner_collection(self, partner) -> Collection:
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=partner.collection_name).first()
        return existing or root.add_child(name=partner.collection_name)

    def ensure_article(self, partner_page, article, codes, collection, video=False):
        translations = article["translations"]
        source_code = next(iter(translations))
        image = self.draw_image(article["slug"], collection) if article.get("image") else None

        def fields(code):
            text = translations[code]
            body = stream(text["body"])
            if video:
                # Before the closing "talk to someone" call-out.
                body.insert(len(body) - 1, ("video", DEMO_VIDEO))
            return {
                "title": text["title"],
                "summary": text["summary"],
                "body": body,
                "hero_image": image,
                "hero_alt_text": text.get("hero_alt", "") if image else "",
                "content_warning_note": text.get("content_warning_note", ""),
            }

        source_parent = partner_page.get_translation(self.locales[source_code])
        page = self.child(
            source_parent,
            ArticlePage,
            article["slug"],
            age_group=article.get("age_group", "all"),
            sensitive_subjects=article.get("sensitive_subjects", []),
            last_reviewed=LAST_REVIEWED,
            **fields(source_code),
        )
        if not page.topics.exists():
            page.topics.set([self.topics[slug] for slug in article["topics"]])
            page.save_revision().publish()
        for code in translations:
            if code != source_code and code in codes:
                translation = self.translate_page(page, code, **fields(code))
                if not translation.topics.exists():
                    translation.topics.set(page.topics.all())
                    translation.save_revision().publish()

    def draw_image(self, slug, collection):
        """An abstract illustration drawn locally, the same for the same slug on every run."""
        image_model = get_image_model()
        title = f"Illustration: {slug}"
        existing = image_model.objects.filter(title=title).first()
        if existing is not None:
            return existing
        seed = int(hashlib.sha256(slug.encode()).hexdigest()[:8], 16)
        rng = random.Random(seed)
        palette = PALETTES[seed % len(PALETTES)]
        width, height = 1440, 810
        canvas = PILImage.new("RGB", (width, height), palette[1])
        draw = ImageDraw.Draw(canvas)
        for _ in range(7):
            colour = rng.choice(palette)
            x, y = rng.randrange(width), rng.randrange(height)
            radius = rng.randrange(90, 360)
            if rng.random() < 0.5:
                draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
            else:
                draw.rounded_rectangle(
                    (x - radius, y - radius // 2, x + radius, y + radius // 2),
                    radius=radius // 4,
                    fill=colour,
                )
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=82, optimize=True)
        image = image_model(
            title=title,
            collection=collection,
            file=ImageFile(buffer, name=f"{slug}.jpg"),
        )
        image.save()
        self.created += 1
        return image

    # Helplines and navigation ---------------------------------------------------------------

    def ensure_helplines(self):
        for model, entries, number_field, text_fields in (
            (Helpline, site_data.HELPLINES, "phone_number", ("name", "hours", "audience")),
            (EmergencyNumber, site_data.EMERGENCY, "number", ("label",)),
        ):
            for order, entry in enumerate(entries):
                number = entry.get("phone") or entry.get("number")
                texts = entry["translations"]
                extra = {"free_of_charge": entry.get("free", True)} if model is Helpline else {}
                source = model.objects.filter(
                    country_code=entry["country"],
                    locale=self.locales[DEFAULT_LOCALE],
                    **{number_field: number},
                ).first()
                if source is None:
                    source = model.objects.create(
                        country_code=entry["country"],
                        locale=self.locales[DEFAULT_LOCALE],
                        sort_order=order,
                        **{number_field: number},
                        **extra,
                        **{name: texts[DEFAULT_LOCALE].get(name, "") for name in text_fields},
                    )
                    self.created += 1
                self.ensure_published(source)
                for code, text in texts.items():
                    if code != DEFAULT_LOCALE:
                        translated = self.translate_snippet(
                            source, code, **{name: text.get(name, "") for name in text_fields}
                        )
                        self.ensure_published(translated)

    def ensure_crisis_words(self):
        """The search's crisis words: the English list, and each language's as its translation
        (so that the locale's translators can revise it in the translation editor)."""
        source = CrisisWords.objects.filter(locale=self.locales[DEFAULT_LOCALE]).first()
        if source is None:
            source = CrisisWords.objects.create(
                locale=self.locales[DEFAULT_LOCALE], words=CRISIS_WORDS[DEFAULT_LOCALE]
            )
            self.created += 1
        for code in site_data.ALL_LOCALES:
            if code != DEFAULT_LOCALE:
                self.translate_snippet(source, code, words=CRISIS_WORDS[code])

    def ensure_published(self, entry):
        """Live with a first revision, as if approved (support.number_review), once."""
        if entry.latest_revision_id is None:
            entry.save_revision(log_action=False).publish(log_action=False)

    def verify_demo_numbers(self):
        """Numbers nobody has confirmed are confirmed by the country's first demo moderator."""
        moderators = {}
        for partner in self.partners:
            found = get_user_model().objects.filter(username=f"{partner.slug}-moderator").first()
            if found is not None:
                moderators.setdefault(partner.country, found)
        for model in (Helpline, EmergencyNumber):
            for entry in model.objects.filter(live=True, last_verified_at__isnull=True):
                if entry.country_code in moderators:
                    verify_number(entry, moderators[entry.country_code])

    def ensure_navigation(self, standard_pages):
        index = TopicIndexPage.objects.filter(locale=self.locales[DEFAULT_LOCALE]).first()
        menu_pages = [index, standard_pages["staying-safe-online"], standard_pages["about"]]
        footer_pages = [
            standard_pages["about"],
            standard_pages["privacy"],
            standard_pages["staying-safe-online"],
        ]

        def links(pages, code):
            return [
                ("link", {"page": page.get_translation(self.locales[code]), "label": ""})
                for page in pages
            ]

        menu = NavigationMenu.objects.filter(locale=self.locales[DEFAULT_LOCALE]).first()
        if menu is None:
            menu = NavigationMenu.objects.create(
                locale=self.locales[DEFAULT_LOCALE],
                name="Main menu",
                items=links(menu_pages, DEFAULT_LOCALE),
            )
            self.created += 1
        footer = Footer.objects.filter(locale=self.locales[DEFAULT_LOCALE]).first()
        if footer is None:
            footer = Footer.objects.create(
                locale=self.locales[DEFAULT_LOCALE],
                text=site_data.FOOTER[DEFAULT_LOCALE],
                links=links(footer_pages, DEFAULT_LOCALE),
            )
            self.created += 1
        for code in site_data.ALL_LOCALES:
            if code != DEFAULT_LOCALE:
                self.translate_snippet(menu, code, items=links(menu_pages, code))
                self.translate_snippet(
                    footer, code, text=site_data.FOOTER[code], links=links(footer_pages, code)
                )

    # Users ----------------------------------------------------------------------------------

    def ensure_users(self):
        if not getattr(settings, "DEMO_USERS_ALLOWED", False):
            raise CommandError(
                "Demo users are created only with development settings (DEMO_USERS_ALLOWED)."
            )
        password = settings.DEMO_PASSWORD
        user_model = get_user_model()

        def user(username, groups=(), superuser=False, language=""):
            account, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@redefine.invalid",
                    "is_superuser": superuser,
                    "is_staff": superuser,
                },
            )
            if created:
                account.set_password(password)
                account.save()
                self.created += 1
                if language:
                    profile = UserProfile.get_for_user(account)
                    profile.preferred_language = language
                    profile.save()
            for name in groups:
                group = Group.objects.filter(name=name).first()
                if group is not None:
                    account.groups.add(group)
            return account

        user("admin", superuser=True)
        admin_languages = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
        for partner in self.partners:
            language = partner.main_locale if partner.main_locale in admin_languages else ""
            user(f"{partner.slug}-editor", [partner.editors_group], language=language)
            user(f"{partner.slug}-moderator", [partner.moderators_group], language=language)
        for code, _name in settings.LANGUAGES:
            language = code if code in admin_languages else ""
            user(f"translator-{code}", [translators_group(code)], language=language)
