"""gunicorn's configuration for the portal, given with `--config` wherever gunicorn serves
it: the image's command and the benchmarks."""

from gunicorn.http import wsgi

# gunicorn names itself and its version in every response's Server header and has no
# setting to stop it; its response writer reads these names at each response, in the
# workers forked after this file is read.
wsgi.SERVER = wsgi.SERVER_SOFTWARE = "procura"
