"""The jury scores the applications of its own edition, never those of its own government."""

import re

import pytest

from awards import judging
from awards.models import ApplicationStatus, Phase, Score
from tests.factories import ApplicationFactory, CategoryFactory, EditionFactory
from tests.helpers import in_language, page, visible_text

pytestmark = pytest.mark.django_db


def scores(application, values, comment=""):
    criteria = application.category.criteria.all()
    data = {
        f"score_{criterion.pk}": value for criterion, value in zip(criteria, values, strict=False)
    }
    return data | {f"comment_{criterion.pk}": comment for criterion in criteria}


def score_url(application, language="en"):
    return f"/{language}/awards/{application.edition.year}/jury/{application.pk}/"


def test_a_jury_member_sees_only_the_submitted_applications_of_their_edition(
    client, kenji, beijing_entry, seoul_entry, judged, call, language
):
    ApplicationFactory(category=judged, status=ApplicationStatus.DRAFT, title_en="Unfinished")
    ApplicationFactory(category=call, title_en="Next year's")
    client.force_login(kenji)

    response = client.get(f"/{language}/awards/2030/jury/")

    assert response.status_code == 200
    links = [
        text
        for _attrs, text in page(response).find_all("a")
        if "buses" in text or "offices" in text
    ]
    assert links == ["Electric buses", "Green offices"]
    assert "Unfinished" not in response.content.decode()
    assert "Next year's" not in response.content.decode()
    # Kenji sits on 2030's jury only.
    assert client.get(f"/{language}/awards/2031/jury/").status_code == 404


def test_a_jury_member_scores_an_application(client, kenji, beijing_entry, language):
    client.force_login(kenji)
    assert client.get(score_url(beijing_entry, language)).status_code == 200

    response = client.post(
        score_url(beijing_entry, language), scores(beijing_entry, [4, 5], "Bold")
    )

    assert response.status_code == 302
    assert sorted(Score.objects.values_list("value", "comment")) == [(4, "Bold"), (5, "Bold")]
    # Scoring again replaces the scores.
    client.post(score_url(beijing_entry, language), scores(beijing_entry, [3, 3]))
    assert sorted(Score.objects.values_list("value", flat=True)) == [3, 3]
    jury = client.get(f"/{language}/awards/2030/jury/")
    assert in_language(language, "Scored") in visible_text(jury)


def test_a_jury_member_is_recused_from_their_own_government(
    client, jae, beijing_entry, seoul_entry, language
):
    client.force_login(jae)

    jury = client.get(f"/{language}/awards/2030/jury/")
    assert score_url(seoul_entry, language) not in jury.content.decode()
    assert in_language(language, "Recused: your government") in visible_text(jury)

    assert client.get(score_url(seoul_entry, language)).status_code == 403
    response = client.post(score_url(seoul_entry, language), scores(seoul_entry, [5, 5]))
    assert response.status_code == 403
    assert not Score.objects.exists()
    # The others he scores.
    client.post(score_url(beijing_entry, language), scores(beijing_entry, [2, 3]))
    assert Score.objects.count() == 2


def test_an_official_who_sits_on_the_jury_is_recused_without_being_told(
    client, minji, judged, seoul_entry
):
    from awards.models import JuryMember

    member = JuryMember.objects.create(edition=judged.edition, user=minji)
    assert member.government is None  # nothing stored for her: she is an official today
    client.force_login(minji)
    assert client.get(score_url(seoul_entry)).status_code == 403


def test_a_jury_member_who_becomes_an_official_is_recused_from_then_on(
    client, kenji, judged, beijing, beijing_entry
):
    from tests.factories import OfficialFactory

    OfficialFactory(user=kenji, government=beijing)
    client.force_login(kenji)

    assert client.get(score_url(beijing_entry)).status_code == 403


def test_the_jury_reads_nothing_while_the_call_is_open(client, kenji, beijing_entry):
    edition = beijing_entry.edition
    edition.phase = Phase.OPEN
    edition.save()
    client.force_login(kenji)

    assert client.get("/en/awards/2030/jury/").status_code == 404
    assert client.get(score_url(beijing_entry)).status_code == 404


def test_a_jury_members_account_cannot_be_deleted_with_their_scores(kenji, judged):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        kenji.delete()


def test_people_outside_the_jury_cannot_score(client, li, olivia, sam, beijing_entry):
    for person in [li, olivia, sam]:
        client.force_login(person)
        assert client.get("/en/awards/2030/jury/").status_code == 404
        response = client.post(score_url(beijing_entry), scores(beijing_entry, [5, 5]))
        assert response.status_code == 404
    client.logout()
    assert client.get(score_url(beijing_entry)).status_code == 302
    assert not Score.objects.exists()


@pytest.mark.parametrize(
    "values",
    [[4], [4, 6], [4, "five"]],
    ids=["a criterion left out", "a score of 6", "a word"],
)
def test_incomplete_scores_are_refused_and_none_is_saved(
    client, kenji, beijing_entry, values, language
):
    client.force_login(kenji)

    response = client.post(score_url(beijing_entry, language), scores(beijing_entry, values))

    assert response.status_code == 400
    message = "The scores were not saved. Please score every criterion."
    assert in_language(language, message) in visible_text(response)
    assert not Score.objects.exists()


def test_scores_are_given_only_while_judging(client, kenji, beijing_entry):
    judged = beijing_entry.edition
    judged.phase = Phase.ANNOUNCED
    judged.save()
    client.force_login(kenji)

    response = client.get(score_url(beijing_entry))
    assert "Save my scores" not in response.content.decode()
    response = client.post(score_url(beijing_entry), scores(beijing_entry, [5, 5]))
    assert response.status_code == 403
    assert not Score.objects.exists()


def test_progress_and_ranking(kenji, jae, beijing_entry, seoul_entry, judged):
    kenji_seat, jae_seat = judged.edition.jury.order_by("user__email")[::-1]
    assert (kenji_seat.user, jae_seat.user) == (kenji, jae)
    first, second = judged.criteria.all()
    for member, application, values in [
        (kenji_seat, beijing_entry, (4, 5)),
        (jae_seat, beijing_entry, (2, 3)),
        (kenji_seat, seoul_entry, (5, 5)),
    ]:
        judging.save_scores(
            member, application, {first.pk: (values[0], ""), second.pk: (values[1], "")}
        )

    report = {
        row.jury_member.user.email: (row.scored, row.expected, row.recused)
        for row in judging.progress(judged.edition)
    }
    assert report == {"kenji@igpn.example": (2, 2, 0), "jae@seoul.example": (1, 1, 1)}

    [(_category, criteria, rows, unscored)] = judging.ranking(judged.edition)
    assert criteria == [first, second]
    assert [(row.application, row.averages, row.overall, row.jurors) for row in rows] == [
        (seoul_entry, [5, 5], 5, 1),
        (beijing_entry, [3, 4], 3.5, 2),
    ]
    assert unscored == []


def test_a_draft_keeps_partial_scores_and_counts_once_complete(client, kenji, beijing_entry):
    first, second = beijing_entry.category.criteria.all()
    client.force_login(kenji)

    response = client.post(
        score_url(beijing_entry),
        {f"score_{first.pk}": "4", f"comment_{first.pk}": "Bold", "draft": ""},
    )

    assert response.status_code == 302
    assert list(Score.objects.values_list("criterion", "value", "comment")) == [
        (first.pk, 4, "Bold")
    ]
    jury = visible_text(client.get("/en/awards/2030/jury/"))
    assert "Draft: criteria left to score" in jury
    # The form shows the draft; saving the scores still needs every criterion.
    form = client.get(score_url(beijing_entry)).content.decode()
    assert re.search(rf'name="score_{first.pk}" value="4"[^>]* checked', form)
    response = client.post(score_url(beijing_entry), {f"score_{first.pk}": "4"})
    assert response.status_code == 400
    assert "The scores were not saved. Please score every criterion." in visible_text(response)
    client.post(score_url(beijing_entry), {f"score_{first.pk}": "4", f"score_{second.pk}": "2"})
    assert "Scored" in visible_text(client.get("/en/awards/2030/jury/"))


def test_a_drafts_comment_without_a_score_is_refused_and_nothing_is_saved(
    client, kenji, beijing_entry, language
):
    first, _second = beijing_entry.category.criteria.all()
    client.force_login(kenji)

    response = client.post(
        score_url(beijing_entry, language), {f"comment_{first.pk}": "Promising", "draft": ""}
    )

    assert response.status_code == 400
    text = visible_text(response)
    assert in_language(language, "Give this criterion a score to keep your comment.") in text
    assert in_language(language, "The draft was not saved: give a score to each comment.") in text
    assert not Score.objects.exists()


def test_the_ranking_lists_applications_nobody_fully_scored_apart_never_first(
    kenji, jae, beijing_entry, seoul_entry, judged
):
    first, _second = judged.criteria.all()
    kenji_seat = judged.edition.jury.get(user=kenji)
    judging.save_scores(kenji_seat, beijing_entry, {first.pk: (5, "")})  # a draft

    [(_category, _criteria, rows, unscored)] = judging.ranking(judged.edition)

    assert rows == []
    assert [row.application for row in unscored] == [beijing_entry, seoul_entry]
    assert {row.overall for row in unscored} == {None}


def test_the_jury_page_needs_few_queries(client, kenji, judged, django_assert_max_num_queries):
    for _number in range(12):
        ApplicationFactory(category=judged)
    CategoryFactory(edition=EditionFactory(year=2029))
    client.force_login(kenji)

    with django_assert_max_num_queries(6):
        assert client.get("/en/awards/2030/jury/").status_code == 200
    application = judged.applications.first()
    with django_assert_max_num_queries(8):
        assert client.get(score_url(application)).status_code == 200


def test_the_awards_page_leads_jury_members_to_their_applications(client, kenji, judged):
    client.force_login(kenji)

    response = client.get("/en/awards/")

    assert "/en/awards/2030/jury/" in response.content.decode()
