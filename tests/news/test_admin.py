"""The news admin: a tab per language, covers checked and re-encoded, publishing, and the
staff member without rights who gets nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.models import Article
from tests.factories import UserFactory
from tests.helpers import form_data, image_file, media_files, page, visible_text

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/news/article/add/"


def change_url(article):
    return f"/en/admin/news/article/{article.pk}/change/"


def test_a_tab_per_language_and_a_translation_status(staff_client, launch_article, language):
    response = staff_client.get(change_url(launch_article).replace("/en/", f"/{language}/"))

    assert response.status_code == 200
    body = response.content.decode()
    for field in ("title", "summary", "body", "author", "cover_alt", "cover_credit"):
        for code in ("en", "ko", "ja", "zh_hans"):
            assert f'name="{field}_{code}"' in body
    listing = staff_client.get(f"/{language}/admin/news/article/")
    cells = [
        " ".join(text.split())
        for attrs, text in page(listing).find_all("td")
        if "field-languages" in attrs.get("class", "")
    ]
    assert cells == ["EN ✓ KR ✗ JP ✗ CN ✗"]


def test_staff_write_an_article_with_a_cover_that_is_re_encoded(staff_client, settings):
    data = form_data(staff_client.get(ADD_URL))
    data |= {
        "title_en": "Seoul buys electric buses",
        "slug": "seoul-buys-electric-buses",
        "summary_en": "Seoul's new buses are electric.",
        "status": "published",
        "published_at_0": "2024-03-01",
        "published_at_1": "10:00",
        "cover_alt_en": "A bus at a stop",
    }

    response = staff_client.post(ADD_URL, {**data, "cover": image_file((2400, 1600))})

    assert response.status_code == 302, visible_text(response)
    article = Article.objects.get(slug="seoul-buys-electric-buses")
    with Image.open(article.cover) as cover, Image.open(article.cover_small) as small:
        assert (cover.format, cover.size, small.size) == ("JPEG", (1600, 1067), (640, 427))
    assert (article.cover_width, article.cover_height) == (1600, 1067)
    assert len(media_files(settings.MEDIA_ROOT)) == 2


def test_a_file_that_is_not_an_image_is_refused(staff_client, settings):
    data = form_data(staff_client.get(ADD_URL))
    data |= {"title_en": "Broken", "slug": "broken", "summary_en": "Broken cover."}
    fake = SimpleUploadedFile("cover.jpg", b"not a picture", content_type="image/jpeg")

    response = staff_client.post(ADD_URL, {**data, "cover": fake})

    assert response.status_code == 200
    assert "The file is not an image." in visible_text(response)
    assert not Article.objects.exists()
    assert media_files(settings.MEDIA_ROOT) == []


def test_a_published_article_needs_a_date_and_feed_is_not_a_slug(staff_client):
    data = form_data(staff_client.get(ADD_URL))
    data |= {"title_en": "Feed", "slug": "feed", "summary_en": "Hm.", "status": "published"}

    response = staff_client.post(ADD_URL, data)

    assert response.status_code == 200
    text = visible_text(response)
    assert "A published article needs a publication date." in text
    assert "This address is taken by another page; choose another." in text
    assert not Article.objects.exists()


def test_publish_and_withdraw_actions(staff_client, draft_article):
    listing = "/en/admin/news/article/"

    staff_client.post(listing, {"action": "publish", "_selected_action": [draft_article.pk]})
    draft_article.refresh_from_db()
    assert draft_article.is_public
    assert staff_client.get("/en/news/draft/").status_code == 200

    staff_client.post(listing, {"action": "withdraw", "_selected_action": [draft_article.pk]})
    draft_article.refresh_from_db()
    assert draft_article.status == "draft"


def test_filters_search_and_the_preview_link(staff_client, launch_article, draft_article):
    listing = staff_client.get("/en/admin/news/article/", {"q": "Procura+ East Asia Launched"})

    assert listing.status_code == 200
    links = [attrs["href"] for attrs, text in page(listing).find_all("a") if text == "View"]
    assert links == ["/en/news/procura-east-asia-launched/"]
    for query in [{"status": "draft"}, {"year": "2018"}, {"sample__exact": "1"}]:
        assert staff_client.get("/en/admin/news/article/", query).status_code == 200
    drafts = staff_client.get("/en/admin/news/article/", {"status__exact": "draft"})
    previews = [attrs["href"] for attrs, text in page(drafts).find_all("a") if text == "Preview"]
    assert previews == ["/en/news/draft/"]


def test_staff_without_rights_get_no_news_admin(client):
    sam = UserFactory(email="sam@iclei.example", is_staff=True)
    client.force_login(sam)

    assert client.get(ADD_URL).status_code in {302, 403}
    assert client.get("/en/admin/news/article/").status_code in {302, 403}
    assert not Article.objects.exists()


def test_the_topic_admin(staff_client):
    response = staff_client.get("/en/admin/news/topic/add/")

    assert response.status_code == 200
    assert 'name="name_zh_hans"' in response.content.decode()
