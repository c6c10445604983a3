"""Where each page type may be created, as docs/architecture.md draws the tree."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticlePage, TopicIndexPage, TopicPage
from countries.models import CountryPage, PartnerPage
from home.models import HomePage, StandardPage
from questions.models import AnswerPage, QuestionIndexPage
from support.models import SupportPage
from tests import factories

ALL_PAGE_TYPES = [
    HomePage,
    StandardPage,
    CountryPage,
    PartnerPage,
    ArticlePage,
    SupportPage,
    TopicIndexPage,
    TopicPage,
    QuestionIndexPage,
    AnswerPage,
]


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CountryPage, TopicIndexPage, StandardPage})
        self.assertCanCreateAt(Page, HomePage)
        for parent in ALL_PAGE_TYPES:
            self.assertCanNotCreateAt(parent, HomePage)

    def test_country_page(self):
        self.assertAllowedParentPageTypes(CountryPage, {HomePage})
        self.assertAllowedSubpageTypes(CountryPage, {PartnerPage, StandardPage})
        self.assertCanCreateAt(HomePage, CountryPage)
        self.assertCanNotCreateAt(Page, CountryPage)
        self.assertCanNotCreateAt(CountryPage, CountryPage)

    def test_partner_page(self):
        self.assertAllowedParentPageTypes(PartnerPage, {CountryPage})
        self.assertAllowedSubpageTypes(PartnerPage, {ArticlePage, SupportPage, QuestionIndexPage})
        self.assertCanCreateAt(CountryPage, PartnerPage)
        self.assertCanNotCreateAt(HomePage, PartnerPage)

    def test_article_page(self):
        self.assertAllowedParentPageTypes(ArticlePage, {PartnerPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanCreateAt(PartnerPage, ArticlePage)
        for parent in (Page, HomePage, CountryPage, StandardPage, TopicPage, SupportPage):
            self.assertCanNotCreateAt(parent, ArticlePage)

    def test_support_page(self):
        self.assertAllowedParentPageTypes(SupportPage, {PartnerPage})
        self.assertAllowedSubpageTypes(SupportPage, set())
        self.assertCanCreateAt(PartnerPage, SupportPage)
        self.assertCanNotCreateAt(CountryPage, SupportPage)
        self.assertCanNotCreateAt(HomePage, SupportPage)

    def test_question_pages(self):
        # "Questions and answers" under a partner, its answered questions under it (questions).
        self.assertAllowedParentPageTypes(QuestionIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(QuestionIndexPage, {AnswerPage})
        self.assertAllowedParentPageTypes(AnswerPage, {QuestionIndexPage})
        self.assertAllowedSubpageTypes(AnswerPage, set())
        self.assertCanCreateAt(PartnerPage, QuestionIndexPage)
        for parent in (HomePage, CountryPage, SupportPage, ArticlePage):
            self.assertCanNotCreateAt(parent, QuestionIndexPage)
            self.assertCanNotCreateAt(parent, AnswerPage)

    def test_topic_index_page(self):
        self.assertAllowedParentPageTypes(TopicIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TopicIndexPage, {TopicPage})
        self.assertCanCreateAt(HomePage, TopicIndexPage)
        self.assertCanNotCreateAt(CountryPage, TopicIndexPage)

    def test_topic_page(self):
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedSubpageTypes(TopicPage, set())
        self.assertCanCreateAt(TopicIndexPage, TopicPage)
        self.assertCanNotCreateAt(HomePage, TopicPage)

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, CountryPage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        for parent in (HomePage, CountryPage, StandardPage):
            self.assertCanCreateAt(parent, StandardPage)
        for parent in (PartnerPage, ArticlePage, TopicIndexPage, Page):
            self.assertCanNotCreateAt(parent, StandardPage)


# Instance rules: how many of a type a parent may hold, and where in the tree.


def test_one_home_page_per_parent(db):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    factories.HomePageFactory(parent=root)
    assert not HomePage.can_create_at(root)


def test_home_page_only_directly_under_the_tree_root(tree):
    # Wagtail's own "Welcome" page is a plain Page too, but a locale's home belongs at the top.
    plain_page = Page(title="Plain", slug="plain")
    Page.get_first_root_node().add_child(instance=plain_page)
    assert not HomePage.can_create_at(plain_page)


def test_one_topic_index_per_home(tree, locales):
    assert not TopicIndexPage.can_create_at(tree["home"])
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="other", locale=locales["ka"]
    )
    assert TopicIndexPage.can_create_at(other_home)


def test_at_most_one_support_page_per_partner(tree):
    assert not SupportPage.can_create_at(tree["partner"])
    other_partner = factories.PartnerPageFactory(parent=tree["country"], slug="other")
    assert SupportPage.can_create_at(other_partner)


def test_admin_refuses_a_second_support_page(tree, admin_client):
    def add_support_url(partner):
        return reverse("wagtailadmin_pages:add", args=("support", "supportpage", partner.pk))

    other_partner = factories.PartnerPageFactory(parent=tree["country"], slug="other")
    assert admin_client.get(add_support_url(other_partner)).status_code == 200

    before = SupportPage.objects.count()
    response = admin_client.post(
        add_support_url(tree["partner"]),
        {"title": "Second support", "slug": "second-support", "intro": "No."},
    )
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert SupportPage.objects.count() == before


def test_admin_offers_only_allowed_page_types(tree, admin_client):
    country = tree["country"]
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(country.pk,)))
    assert response.status_code == 200
    content = response.content.decode()

    def add_url(app_label, model_name):
        return reverse("wagtailadmin_pages:add", args=(app_label, model_name, country.pk))

    assert add_url("countries", "partnerpage") in content
    assert add_url("home", "standardpage") in content
    assert add_url("articles", "articlepage") not in content
    assert add_url("countries", "countrypage") not in content
