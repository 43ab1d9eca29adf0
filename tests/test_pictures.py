"""Pictures where visitors expect them: covers on the events' list and pages, portraits or
initials for speakers, logos in the directory; the demo's pictures are drawn, each file
exists, and a demo event says once that its pictures are illustrations."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from awards.models import Application, AwardEdition, Phase
from events.models import COVER_SIZES, Event, Organisation
from members.models import MemberGovernment
from procura.images import reencode
from procura.templatetags.procura import initials
from procura.uploads import store
from tests.helpers import image_file, page, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Hannah Park", "HP"),
        ("Ying Wang", "YW"),
        ("李明", "李"),
        ("손봉희", "손"),
        ("森武志", "森"),
        ("Madonna", "M"),
        ("", ""),
    ],
)
def test_initials_stand_for_a_name_as_its_readers_write_it(name, shown):
    assert initials(name) == shown


def test_a_speaker_without_a_photo_gets_initials(client, symposium, language):
    response = client.get(f"/{language}/events/symposium/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="avatar-initials" aria-hidden="true">YW</span>' in html


def test_covers_show_on_the_list_and_the_page_with_their_sizes(
    client, symposium, django_assert_max_num_queries
):
    store(symposium, reencode(image_file((1600, 900)), "symposium", COVER_SIZES, "JPEG"))
    symposium.save()

    with django_assert_max_num_queries(6):
        listed = client.get("/ko/events/")
    shown = client.get("/ko/events/symposium/")

    [card] = [attrs for attrs, _text in page(listed).find_all("img", class_="event-card-cover")]
    assert card["src"] == symposium.cover_small.url
    assert (card["width"], card["height"], card["loading"]) == ("640", "360", "lazy")
    [cover] = [attrs for attrs, _text in page(shown).find_all("img", class_="cover")]
    assert symposium.cover_small.url in cover["srcset"]
    assert cover["width"] == "1600"


def images_of(response) -> list[dict]:
    """The page's pictures; the gallery's viewer gets its picture from the link clicked."""
    return [attrs for attrs, _text in page(response).find_all("img") if "src" in attrs]


def test_every_picture_of_the_demo_pages_exists_and_has_its_size(client, demo, language):
    paths = [f"/{language}/", f"/{language}/members/", f"/{language}/events/"]
    paths += [event.get_absolute_url() for event in Event.objects.filter(published=True)]
    paths += [
        edition.get_absolute_url() for edition in AwardEdition.objects.filter(phase=Phase.ANNOUNCED)
    ]
    for path in paths:
        with translation.override(language):
            response = client.get(path.replace("/en/", f"/{language}/"))
        assert response.status_code == 200, path
        for image in images_of(response):
            assert image["src"].startswith(settings.MEDIA_URL), (path, image)
            file = Path(settings.MEDIA_ROOT) / image["src"].removeprefix(settings.MEDIA_URL)
            assert file.is_file(), (path, image["src"])
            assert image.get("width"), (path, image["src"])
            assert image.get("height"), (path, image["src"])
            assert "alt" in image, (path, image["src"])


def test_demo_governments_and_partners_have_logos_and_demo_events_covers(demo):
    assert not MemberGovernment.objects.filter(logo="").exists()
    assert not Organisation.objects.filter(logo="").exists()
    assert not Event.objects.filter(cover="").exists()


def test_partners_and_award_results_show_logos(client, demo, language):
    event = Event.objects.filter(partners__isnull=False).distinct().first()
    with translation.override(language):
        shown = client.get(event.get_absolute_url())
        edition = AwardEdition.objects.filter(phase=Phase.ANNOUNCED).first()
        year = client.get(edition.get_absolute_url())

    logos = [attrs["src"] for attrs, _text in page(shown).find_all("img")]
    assert len([src for src in logos if "/organisations/" in src]) == event.partners.count()
    results = Application.objects.in_results().filter(edition=edition)
    assert len(page(year).find_all("li", class_="tile tile-winner")) == results.count()
    assert len(page(year).find_all("img", class_="tile-logo")) == results.count()


def test_a_demo_event_says_once_that_its_pictures_are_illustrations(client, demo, language):
    event = Event.objects.filter(sample=True).first()
    with translation.override(language):
        response = client.get(event.get_absolute_url())
        note = translation.gettext(
            "Sample content: the pictures on this page are illustrations made for the "
            "demonstration."
        )

    assert visible_text(response).count(note) == 1
    captions = " ".join(event.photos.values_list("caption_en", flat=True))
    assert "sample" not in captions
    assert not re.search(
        r"示例|サンプル|예시",
        " ".join(
            caption
            for photo in event.photos.all()
            for caption in (photo.caption_ko, photo.caption_ja, photo.caption_zh_hans)
        ),
    )
