"""Text that staff and officials write in Markdown, turned into HTML that is safe to show.

Everything outside a short list of tags is removed: scripts, styles, iframes, event
handlers, style attributes and javascript: links never reach a page or a mail."""

import markdown
import nh3

TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code"}


def sanitized_markdown(text: str) -> str:
    return nh3.clean(
        markdown.markdown(text or ""),
        tags=TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
