"""Japanese date and time apart: 2027年3月3日 18:00."""

DATETIME_FORMAT = "Y年n月j日 G:i"
SHORT_DATETIME_FORMAT = "Y/m/d G:i"
