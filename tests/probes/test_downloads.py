"""A file's name, as it was uploaded, names its download safely.

The library keeps each file's original name and offers the download under it; a name may
hold quotes, semicolons and anything else printable, which the upload's parser lets
through. The Content-Disposition header must stay one attachment with one plain name and at
most one UTF-8 name, so that the name cannot add a parameter of its own.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from resources import services
from resources.forms import ResourceFileField
from tests.probes.content import pdf

pytestmark = pytest.mark.django_db

NAMES = [
    'Criteria "final".pdf',
    "criteria.pdf\"; filename*=UTF-8''evil.html; x=\".pdf",
    "a; b=c.pdf",
    "기준 2021 (최종).pdf",
]
# One attachment, a quoted ASCII name without a bare quote, and at most one percent-encoded
# UTF-8 name.
SAFE = re.compile(r"""attachment; filename="(?:[^"\\]|\\.)*"(?:; filename\*=UTF-8''[^\s"';]+)?""")


@pytest.mark.parametrize("name", NAMES)
def test_the_download_names_the_file_in_one_safe_header(world, client, name):
    criteria = world.resources.criteria
    upload = ResourceFileField().clean(pdf("criteria.pdf"))
    upload.name = name
    services.add_file(criteria, "ko", upload)
    with translation.override("en"):
        url = reverse("resources:download", args=[criteria.slug, "ko"])

    response = client.get(url)

    assert response.status_code == 200
    assert SAFE.fullmatch(response["Content-Disposition"]), response["Content-Disposition"]
