"""Every URL that names an object shows it only to those who may see it.

The URL patterns with arguments are walked from the resolver, the admin's included: a
pattern no probe covers fails the suite, so that a new URL cannot be forgotten. Each probe
names the personas who get the page; everyone else gets 403 or 404, and anonymous
visitors may be sent to the sign-in form instead.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import translation

from members.models import Invitation
from tests.probes.conftest import PERSONAS

EVERYONE = frozenset(PERSONAS)
NOBODY = frozenset()
SUPERUSER = frozenset({"stella"})
# Staff who may view the content in the admin preview it before it is published; Sam may not.
PREVIEWERS = SUPERUSER
OFFICIALS = frozenset({"li", "minji"})
JURY = frozenset({"kenji", "jae"})
FORGED = "forged-0123456789"
# Beyond any column's integers.
HUGE = 10**20
# Admin views closed to the superuser too.
CLOSED = {
    "admin:members_profilerevision_delete",  # the profile's history stays
    "admin:procura_outgoingmail_delete",  # the outbox is the worker's
    "admin:impact_report_delete",  # a report's versions stay as its history
}


@dataclass(frozen=True)
class Probe:
    url: str
    allowed: frozenset[str]
    method: str = "get"
    # Text that only the object's page has, where a wrong link answers 200 all the same.
    shows: str | None = None


@pytest.fixture
def probes(world):
    with translation.override("en"):
        return portal_probes(world) + content_probes(world) + admin_probes(world)


def portal_probes(world) -> list[Probe]:
    beijing, forum, draft, summit = world.beijing, world.forum, world.draft, world.summit
    beijing_entry, draft_entry = world.beijing_entry, world.draft_entry
    links, email = world.links, world.address.email
    return [
        Probe(reverse("members:profile", args=[beijing.slug]), EVERYONE),
        Probe(reverse("members:profile", args=[world.hidden.slug]), NOBODY),
        Probe(reverse("members:edit", args=[beijing.slug]), frozenset({"li"})),
        Probe(links.invitation, EVERYONE),
        Probe(reverse("members:invitation", args=[FORGED]), NOBODY),
        Probe(reverse("events:detail", args=[forum.slug]), EVERYONE),
        Probe(reverse("events:detail", args=[draft.slug]), PREVIEWERS),
        Probe(reverse("events:event_calendar", args=[forum.slug]), EVERYONE),
        Probe(reverse("events:event_calendar", args=[draft.slug]), NOBODY),
        Probe(reverse("events:register", args=[forum.slug]), EVERYONE),
        Probe(reverse("events:register", args=[draft.slug]), PREVIEWERS),
        Probe(reverse("events:register", args=[summit.slug]), OFFICIALS),
        Probe(links.cancel, EVERYONE),
        Probe(reverse("events:cancel", args=[FORGED]), NOBODY),
        Probe(links.confirm_registration, EVERYONE, shows="Confirm my registration"),
        Probe(reverse("events:confirm", args=[FORGED]), NOBODY),
        Probe(links.unsubscribe, EVERYONE),
        Probe(reverse("events:unsubscribe", args=[FORGED]), NOBODY),
        Probe(reverse("awards:edition", args=[2031]), EVERYONE),
        Probe(reverse("awards:apply", args=[2031]), OFFICIALS),
        Probe(reverse("awards:application", args=[2031, draft_entry.pk]), frozenset({"li"})),
        Probe(reverse("awards:application", args=[2030, beijing_entry.pk]), frozenset({"li"})),
        Probe(reverse("awards:jury", args=[2030]), JURY),
        Probe(reverse("awards:score", args=[2030, beijing_entry.pk]), JURY),
        Probe(reverse("awards:score", args=[2030, world.seoul_entry.pk]), frozenset({"kenji"})),
        Probe(reverse("awards:score", args=[2031, draft_entry.pk]), NOBODY),
        Probe(reverse("awards:case_study", args=[2029, world.winner.slug]), EVERYONE),
        Probe(reverse("awards:case_study", args=[2030, beijing_entry.slug]), PREVIEWERS),
        Probe(reverse("awards:case_study", args=[2031, draft_entry.slug]), NOBODY),
        # Attachments are private until their application is announced: the applicant's
        # officials, the edition's jury once it is submitted (not a recused member) and staff.
        *[
            Probe(reverse("awards:attachment", args=[attachment.pk]), allowed)
            for attachment, allowed in [
                (world.attachments.draft, PREVIEWERS | {"li"}),
                (world.attachments.beijing, PREVIEWERS | JURY | {"li"}),
                (world.attachments.seoul, PREVIEWERS | {"kenji", "minji"}),
                (world.attachments.winner, EVERYONE),
            ]
        ],
        Probe(
            reverse("members:proposed_logo", args=[beijing.slug, world.revision.pk]),
            PREVIEWERS | {"li"},
        ),
        Probe(reverse("members:proposed_logo", args=["seoul", world.revision.pk]), NOBODY),
        Probe(links.confirm, EVERYONE, shows=email),
        Probe(reverse("account_confirm_email", args=[FORGED]), NOBODY, shows=email),
        Probe(links.reset, EVERYONE, shows='name="password1"'),
        Probe(links.reset.replace("-", f"-{FORGED}", 1), NOBODY, shows='name="password1"'),
    ]


def content_probes(world) -> list[Probe]:
    """News, the newsletter's links, impact reports and the library. A government's reports
    and their evidence are its officials' (and, for evidence, reviewing staff's); another
    government's evidence is not found under this one's address, even by staff."""
    reports, evidence, resources = world.reports, world.reports.evidence, world.resources
    links = world.links

    def impact(name: str, slug: str = "beijing", *args) -> str:
        return reverse(f"impact:{name}", args=[slug, *args])

    def version(resource, language: str, number: int) -> str:
        return reverse("resources:version", args=[resource.slug, language, number])

    return [
        Probe(reverse("news:detail", args=[world.articles.published.slug]), EVERYONE),
        Probe(reverse("news:detail", args=[world.articles.draft.slug]), PREVIEWERS),
        Probe(reverse("news:detail", args=[world.articles.scheduled.slug]), PREVIEWERS),
        Probe(links.newsletter_confirm, EVERYONE, shows="Confirm my subscription"),
        Probe(reverse("newsletter:confirm", args=[FORGED]), NOBODY),
        Probe(links.newsletter_unsubscribe, EVERYONE, shows=world.newsletter.subscriber.email),
        Probe(reverse("newsletter:unsubscribe", args=[FORGED]), NOBODY),
        Probe(impact("reports"), frozenset({"li"})),
        Probe(impact("reports", "seoul"), frozenset({"minji"})),
        Probe(impact("targets"), frozenset({"li"})),
        Probe(impact("targets", "seoul"), frozenset({"minji"})),
        *[
            Probe(impact("report", "beijing", report.year), frozenset({"li"}))
            for report in [reports.validated, reports.submitted, reports.draft]
        ],
        Probe(impact("report", "seoul", reports.seoul.year), frozenset({"minji"})),
        Probe(impact("report", "hidden", reports.seoul.year), NOBODY),
        # Years and ids beyond what is stored or allowed are not found, never an error.
        *[Probe(impact("report", "beijing", year), NOBODY) for year in [1999, 2999, HUGE]],
        Probe(impact("correct", "beijing", HUGE), NOBODY, "post"),
        Probe(impact("evidence", "beijing", HUGE), NOBODY),
        Probe(version(resources.criteria, "en", HUGE), NOBODY),
        Probe(impact("correct", "seoul", reports.seoul.year), frozenset({"minji"}), "post"),
        Probe(impact("correct", "beijing", reports.submitted.year), NOBODY, "post"),
        Probe(impact("evidence", "beijing", evidence.beijing.pk), PREVIEWERS | {"li"}),
        Probe(impact("evidence", "beijing", evidence.submitted.pk), PREVIEWERS | {"li"}),
        Probe(impact("evidence", "seoul", evidence.seoul.pk), PREVIEWERS | {"minji"}),
        Probe(impact("evidence", "beijing", evidence.seoul.pk), NOBODY),
        Probe(reverse("resources:detail", args=[resources.criteria.slug]), EVERYONE),
        Probe(reverse("resources:detail", args=[resources.unpublished.slug]), PREVIEWERS),
        *[
            Probe(reverse("resources:download", args=[resources.criteria.slug, code]), allowed)
            for code, allowed in [("en", EVERYONE), ("zh-hans", EVERYONE), ("ko", NOBODY)]
        ],
        Probe(reverse("resources:download", args=[resources.unpublished.slug, "en"]), PREVIEWERS),
        Probe(version(resources.criteria, "en", 1), EVERYONE),
        Probe(version(resources.criteria, "en", 3), NOBODY),
        Probe(version(resources.criteria, "ko", 1), NOBODY),
        Probe(version(resources.unpublished, "en", 1), PREVIEWERS),
    ]


def admin_probes(world) -> list[Probe]:
    """Only the superuser may open the admin's objects; Sam has no permission at all."""
    probes = [
        Probe(reverse("admin:app_list", args=[label]), SUPERUSER)
        for label in {model._meta.app_label for model in admin.site._registry}
    ]
    for model in admin.site._registry:
        pk = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls = {
            view: reverse(f"{info}_{view}", args=[pk]) for view in ["change", "delete", "history"]
        }
        probes += [
            Probe(url, NOBODY if f"{info}_{view}" in CLOSED else SUPERUSER)
            for view, url in urls.items()
        ]
        # The object's bare address, which redirects to its change form.
        probes.append(Probe(urls["change"].removesuffix("change/"), SUPERUSER))
    invitation = ContentType.objects.get_for_model(Invitation).pk, world.invitation.pk
    mailing, edition, user = world.mailing.pk, world.judged.edition.pk, world.revision.author_id
    issue = world.newsletter.issue.pk
    return [
        *probes,
        Probe(reverse("admin:auth_user_password_change", args=[user]), SUPERUSER),
        Probe(reverse("admin:view_on_site", args=invitation), SUPERUSER),
        Probe(reverse("admin:members_membergovernment_changelist").rstrip("/"), SUPERUSER),
        *[
            Probe(reverse(f"admin:events_mailing_{action}", args=[mailing]), SUPERUSER, "post")
            for action in ["send", "test", "retry"]
        ],
        Probe(reverse("admin:events_mailing_progress", args=[mailing]), SUPERUSER),
        Probe(reverse("admin:events_mailing_preview", args=[mailing, "ko"]), SUPERUSER),
        Probe(reverse("admin:awards_awardedition_ranking", args=[edition]), SUPERUSER),
        Probe(reverse("admin:awards_awardedition_ranking_csv", args=[edition]), SUPERUSER),
        *[
            Probe(reverse("admin:newsletter_newsletter_preview", args=[issue, code]), allowed)
            for code, allowed in [("ko", SUPERUSER), ("xx", NOBODY)]
        ],
        Probe(reverse("admin:newsletter_newsletter_send", args=[issue]), SUPERUSER),
        *[
            Probe(reverse("admin:translations_export", args=[code]), allowed)
            for code, allowed in [("ko", SUPERUSER), ("en", NOBODY), ("xx", NOBODY)]
        ],
        Probe(reverse("admin:translations_import", args=["ja"]), SUPERUSER, "post"),
    ]


def test_every_model_in_the_admin_has_an_object_to_probe(world):
    """An empty table would probe only the admin's redirect for a missing object."""
    assert [model for model in admin.site._registry if not model._default_manager.exists()] == []


def answer(client, probe: Probe) -> str:
    """What the persona gets: "page", "sign-in" (the form), "refused", or else the status."""
    response = getattr(client, probe.method)(probe.url, follow=True)
    landed = urlsplit(response.redirect_chain[-1][0]).path if response.redirect_chain else None
    if landed == reverse("account_login"):
        return "sign-in"
    shown = probe.shows is None or probe.shows in response.content.decode()
    if response.status_code == 200:
        return "page" if shown else "refused"
    return "refused" if response.status_code in (403, 404) else str(response.status_code)


@pytest.mark.parametrize("persona", PERSONAS)
def test_object_urls_answer_only_the_personas_allowed(probes, act_as, persona):
    refusals = {"refused", "sign-in"} if persona == "anonymous" else {"refused"}

    wrong = {}
    with translation.override("en"):
        for probe in probes:
            got = answer(act_as(persona), probe)  # afresh: a reset link signs people out
            if got not in ({"page"} if persona in probe.allowed else refusals):
                wrong[f"{probe.method.upper()} {probe.url}"] = got

    assert wrong == {}


def object_routes(patterns, prefix=""):
    """The routes, from the root, of every URL pattern that takes arguments."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern).removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from object_routes(pattern.url_patterns, route)
        elif pattern.pattern.regex.groupindex:
            yield route


def test_every_url_pattern_with_arguments_is_probed(probes):
    with translation.override("en"):
        routes = set(object_routes(get_resolver().url_patterns))
        probed = {resolve(urlsplit(probe.url).path).route for probe in probes}

    assert len(routes) > 80
    assert sorted(routes - probed) == []


def test_view_on_site_follows_the_admins_view_permission(world, act_as, sam):
    """Staff who may see invitations in the admin may follow their link; sam may not."""
    invitation = ContentType.objects.get_for_model(Invitation).pk, world.invitation.pk
    url = reverse("admin:view_on_site", args=invitation)
    assert act_as("sam").get(url).status_code == 403

    sam.user_permissions.add(Permission.objects.get(codename="view_invitation"))
    response = act_as("sam").get(url)
    assert (response.status_code, urlsplit(response["Location"]).path) == (
        302,
        world.links.invitation,
    )


def test_view_on_site_of_the_newer_hidden_objects_needs_their_view_permission(world, act_as, sam):
    """A draft article and an unpublished resource: Sam may not follow their links from the
    admin; the superuser is taken to their addresses."""
    hidden = [world.articles.draft, world.resources.unpublished]
    with translation.override("en"):
        links = {
            reverse(
                "admin:view_on_site",
                args=[ContentType.objects.get_for_model(item).pk, item.pk],
            ): item.get_absolute_url()
            for item in hidden
        }

    assert [act_as("sam").get(url).status_code for url in links] == [403] * len(links)
    staff = act_as("stella")
    assert {url: urlsplit(staff.get(url)["Location"]).path for url in links} == links
