"""The demo's pictures, drawn here since it ships no photographs: green landscapes with a city
for covers and galleries, and round emblems with initials for logos. Each is drawn from a
seed, so that loading the demo again draws the same pictures."""

import math
from io import BytesIO
from random import Random

from PIL import Image, ImageDraw, ImageFont

# Skies and the hills' greens, one set per picture.
SKIES = [
    ("#dff1e6", "#9fd3b4"),
    ("#fdf1d6", "#f6c77d"),
    ("#e3eef8", "#a9c8e6"),
    ("#f3e8f1", "#d5b3cf"),
    ("#e8f3ee", "#7fbf9b"),
]
HILLS = ["#2e7d4f", "#1f6f43", "#14502f"]
CITY = "#35654b"


def png(image: Image.Image, kind: str = "PNG") -> BytesIO:
    picture = BytesIO()
    image.save(picture, kind)
    picture.seek(0)
    return picture


def illustration(seed: int, size: tuple[int, int] = (1200, 675)) -> BytesIO:
    """A landscape: a sky, a sun, a city between rolling green hills."""
    random, (width, height) = Random(seed), size
    top, bottom = SKIES[seed % len(SKIES)]
    sky = Image.linear_gradient("L").resize(size)
    image = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), sky)
    draw = ImageDraw.Draw(image)
    sun_x, sun_y, radius = random.randrange(width // 5, width * 4 // 5), height // 4, height // 9
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill="#fff6d8")
    # The city: towers of random heights on the middle of the horizon, with lit windows.
    x = width // 4 + random.randrange(-60, 60)
    while x < width * 3 // 4:
        tower, rise = random.randrange(40, 90), random.randrange(height // 6, height // 2)
        draw.rectangle((x, height * 2 // 3 - rise, x + tower, height), fill=CITY)
        for window_y in range(height * 2 // 3 - rise + 14, height * 2 // 3, 24):
            for window_x in range(x + 10, x + tower - 12, 18):
                if random.random() < 0.45:
                    draw.rectangle((window_x, window_y, window_x + 6, window_y + 9), fill="#cde8d6")
        x += tower + random.randrange(4, 20)
    for layer, colour in enumerate(HILLS):
        base, wave = height * (0.62 + 0.12 * layer), height * 0.05
        phase, length = random.random() * math.tau, width / (1.2 + random.random())
        outline = [
            (step, base + wave * math.sin(phase + step / length * math.tau))
            for step in range(0, width + 20, 20)
        ]
        draw.polygon([*outline, (width, height), (0, height)], fill=colour)
    return png(image)


def emblem(initials: str, seed: int, side: int = 480) -> BytesIO:
    """A round emblem with the initials, on a transparent ground: a stand-in for a logo."""
    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    colour = HILLS[seed % len(HILLS)]
    draw.ellipse((8, 8, side - 8, side - 8), fill=colour)
    draw.ellipse((36, 36, side - 36, side - 36), outline="#ffffff", width=10)
    font = ImageFont.load_default(size=side // 3)
    draw.text((side / 2, side / 2), initials, font=font, fill="#ffffff", anchor="mm")
    return png(image)


def initials(name: str) -> str:
    """The first letters of a name's first two words: "Guizhou Province" -> "GP"."""
    words = [word for word in name.replace(",", " ").split() if word[0].isalpha()]
    return "".join(word[0] for word in words[:2]).upper()
