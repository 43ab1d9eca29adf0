"""Small helpers for reading pages and signing in like a person would."""

import functools
import re
import struct
import threading
import time
import zlib
from contextlib import contextmanager
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from PIL import Image


def totp_code(secret: str) -> str:
    """The code an authenticator app shows right now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


class Page(HTMLParser):
    """The elements of a rendered page, as (tag, attributes, text) triples."""

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict, str]] = []
        self._open: list[int] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), ""))
        if tag not in {"meta", "link", "img", "input", "br", "hr"}:
            self._open.append(len(self.elements) - 1)

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        for index in self._open:
            tag, attrs, text = self.elements[index]
            self.elements[index] = (tag, attrs, text + data)

    def find_all(self, tag, **attrs):
        return [
            (attributes, text.strip())
            for name, attributes, text in self.elements
            if name == tag and all(attributes.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def html_lang(self) -> str:
        return self.find_all("html")[0][0]["lang"]

    def switcher(self) -> dict[str, str]:
        """Label -> href of the language switcher."""
        return {
            text: attrs["href"] for attrs, text in self.find_all("a") if "data-language" in attrs
        }


def page(response) -> Page:
    return Page(response.content.decode())


def visible_text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def form_data(response) -> dict[str, str]:
    """What a browser would submit from the page's form, as the visitor sees it filled in."""
    data, select = {}, None
    for tag, attrs, text in page(response).elements:
        name = attrs.get("name")
        if tag == "select":
            select = name
        elif tag == "option" and "selected" in attrs:
            data[select] = attrs.get("value", text)
        elif tag == "textarea":
            data[name] = text.removeprefix("\n")
        elif tag == "input" and attrs.get("type") not in {"submit", "button", "file"}:
            if attrs.get("type") not in {"checkbox", "radio"}:
                data[name] = attrs.get("value", "")
            elif "checked" in attrs:
                data[name] = attrs.get("value", "on")
    # Fields of a <template> (an empty form that scripts copy) are not sent.
    return {name: value for name, value in data.items() if name and "__prefix__" not in name}


def image_file(size=(1200, 800), kind="PNG", name="logo.png", **options) -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", size, "#1f6f43").save(buffer, kind, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{kind.lower()}")


@functools.cache
def _single_colour_png(side: int) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (side, side), "#1f6f43").save(buffer, "PNG")
    return buffer.getvalue()


def large_png(side: int = 6000, name: str = "chart.png") -> SimpleUploadedFile:
    """A real single-colour PNG of side × side pixels that weighs little (120 KB at 6000)."""
    return SimpleUploadedFile(name, _single_colour_png(side), content_type="image/png")


def too_many_megapixels(language: str, megapixels: int) -> str:
    """The refusal of a request whose images have `megapixels` in all, in `language`."""
    message = in_language(
        language,
        "These images have %(pixels)s megapixels in all; one save may carry at most "
        "%(limit)s megapixels of images. Upload fewer or smaller images at a time.",
    )
    with translation.override(language):
        return message % {
            "pixels": number_format(megapixels, force_grouping=True),
            "limit": number_format(100, force_grouping=True),
        }


def media_files(root) -> list[str]:
    """The files stored under MEDIA_ROOT."""
    return sorted(str(path.relative_to(root)) for path in Path(root).rglob("*") if path.is_file())


def png_claiming(width: int, height: int) -> SimpleUploadedFile:
    """A small, valid PNG whose header announces a huge picture: a decompression bomb."""
    content = bytearray(image_file((1, 1)).read())
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(content[24:29])
    content[16:33] = header[4:] + struct.pack(">I", zlib.crc32(header))
    return SimpleUploadedFile("bomb.png", bytes(content), content_type="image/png")


def in_language(language: str, message: str) -> str:
    """`message` as the catalogue of `language` has it; it must be translated."""
    with translation.override(language):
        translated = gettext(message)
    assert language == "en" or translated != message, f"{message!r} is not translated"
    return translated


@contextmanager
def locked_elsewhere(queryset):
    """For the block, the rows of `queryset` are locked by another database connection, as
    another worker holds what it is sending. Needs a transactional test database."""
    locked, done = threading.Event(), threading.Event()

    def other_worker():
        with transaction.atomic():
            list(queryset.select_for_update())
            locked.set()
            done.wait(10)
        connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    locked.wait(10)
    try:
        yield
    finally:
        done.set()
        thread.join()
