"""The stylesheet as a browser applies it: a form's second choice looks second."""

FORM = """<link rel="stylesheet" href="{css}"><form>
<button type="submit" id="main">Save my scores</button>
<button type="submit" id="draft" class="button-secondary">Save as a draft</button>
</form>"""


def test_a_secondary_submit_button_is_outlined_beside_the_main_one(page, live_server):
    page.goto(live_server.url + "/en/about/")  # the stylesheet then loads from the same origin
    css = live_server.url + "/static/procura/site.css"
    page.set_content(FORM.format(css=css), wait_until="load")

    def style(button: str, prop: str) -> str:
        return page.eval_on_selector(button, f"b => getComputedStyle(b).{prop}")

    assert style("#main", "backgroundColor") != "rgb(255, 255, 255)"
    assert style("#draft", "backgroundColor") == "rgb(255, 255, 255)"
    assert style("#draft", "color") == style("#main", "backgroundColor")
    assert style("#draft", "height") == style("#main", "height")
