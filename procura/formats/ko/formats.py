"""Korean dates and times as one clock everywhere: 2027년 3월 3일 오후 6:00."""

DATETIME_FORMAT = "Y년 n월 j일 A g:i"
SHORT_DATETIME_FORMAT = "Y-n-j A g:i"
